namespace Sahel.Kb.Domain;

/// <summary>
/// An import met a field an editor owns whose seed value changed: the edit stands until an admin
/// takes the seed's version or keeps the edit.
/// </summary>
public sealed class Conflict
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public int ImportRunId { get; set; }

    /// <summary>"title", "kind" or "summary".</summary>
    public required string Field { get; set; }

    public required string SeedValue { get; set; }

    public required string EditorValue { get; set; }

    public DateTime CreatedAt { get; set; }

    public ConflictResolution? Resolution { get; set; }

    public string? ResolvedBy { get; set; }

    public DateTime? ResolvedAt { get; set; }
}

public enum ConflictResolution
{
    KeptEdit,
    TookSeed,
}
