namespace Sahel.Kb.Import;

/// <summary>
/// How to write an import. <see cref="CompleteSet"/>: the pages read are every seed page there
/// is (the seed folder), so a page missing from them is gone and so are its listings.
/// <see cref="Progress"/> is told each stage and how far through it the import is.
/// </summary>
public sealed record ImportSettings(bool DryRun = false, bool CompleteSet = false, string StartedBy = "command line", IProgress<ImportProgress>? Progress = null);

/// <summary>How far an import is: its stage ("reading", "merging"…) and, where it counts, how far through it.</summary>
public sealed record ImportProgress(string Stage, int Done, int Total);
