using Sahel.Kb.Domain;

namespace Sahel.Kb.Import;

/// <summary>One change an import made (or, for a dry run, would make) to one article.</summary>
public sealed record ArticleChange(string Slug, string Title, ChangeKind Change, string Field, string? Old, string? New);

/// <summary>What an import did (or, for a dry run, would do), and the run it was recorded as.</summary>
public sealed record ImportReport(
    IReadOnlyList<string> Files,
    int Created,
    int Updated,
    int Unchanged,
    int Removed,
    int Relinked,
    int Conflicts,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<ArticleChange> Changes,
    bool DryRun)
{
    public int? RunId { get; init; }

    public override string ToString() =>
        $"{(DryRun ? "dry run: would import" : "imported")} {Files.Count} file(s): " +
        $"created {Created}, updated {Updated}, unchanged {Unchanged}, removed {Removed}, conflicts {Conflicts}, relinked {Relinked}, warnings {Warnings.Count}";
}
