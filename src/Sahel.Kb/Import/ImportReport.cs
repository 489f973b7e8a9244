namespace Sahel.Kb.Import;

/// <summary>What an import did (or, for a dry run, would do).</summary>
public sealed record ImportReport(
    IReadOnlyList<string> Files,
    int Created,
    int Updated,
    int Unchanged,
    int Relinked,
    IReadOnlyList<string> Warnings,
    bool DryRun)
{
    public override string ToString() =>
        $"{(DryRun ? "dry run: would import" : "imported")} {Files.Count} file(s): " +
        $"created {Created}, updated {Updated}, unchanged {Unchanged}, relinked {Relinked}, warnings {Warnings.Count}";
}
