namespace Sahel.Kb.Domain;

/// <summary>What an import changed in one article: it was created, a field changed, it went missing, or a seed change met an edit.</summary>
public sealed class ImportChange
{
    public int Id { get; set; }

    public int ImportRunId { get; set; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    public ChangeKind Change { get; set; }

    /// <summary>"title", "kind", "summary", "dates", "aliases", "sources"; empty for a whole article.</summary>
    public string Field { get; set; } = "";

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }
}

public enum ChangeKind
{
    Created,
    Updated,
    Removed,
    Conflict,
}
