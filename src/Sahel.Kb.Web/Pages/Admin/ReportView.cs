using Sahel.Kb.Domain;
using Sahel.Kb.Import;

namespace Sahel.Kb.Web.Pages.Admin;

/// <summary>An import's report as the admin pages show it, from a run on record or from a dry run.</summary>
public sealed record ReportView(
    int? RunId,
    bool DryRun,
    IReadOnlyList<string> Files,
    int Created,
    int Updated,
    int Unchanged,
    int Removed,
    int Conflicts,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<ArticleChange> Changes)
{
    public static ReportView From(ImportReport report) =>
        new(report.RunId, report.DryRun, report.Files, report.Created, report.Updated, report.Unchanged, report.Removed, report.Conflicts, report.Warnings, report.Changes);

    public static ReportView From(ImportRun run) =>
        new(
            run.Id,
            false,
            Lines(run.Files),
            run.Created,
            run.Updated,
            run.Unchanged,
            run.Removed,
            run.Conflicts,
            Lines(run.Warnings),
            run.Changes.OrderBy(c => c.Id).Select(c => new ArticleChange(c.Slug, c.Title, c.Change, c.Field, c.OldValue, c.NewValue)).ToList());

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
