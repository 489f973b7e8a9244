namespace Sahel.Kb.Import;

/// <summary>
/// How to write an import. <see cref="CompleteSet"/>: the pages read are every seed page there
/// is (the seed folder), so a page missing from them is gone and so are its listings.
/// </summary>
public sealed record ImportSettings(bool DryRun = false, bool CompleteSet = false, string StartedBy = "command line");
