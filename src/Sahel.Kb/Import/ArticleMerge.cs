using Sahel.Kb.Domain;
using Sahel.Kb.Text;

namespace Sahel.Kb.Import;

/// <summary>A date as the merged article gives it, with every page that gives it.</summary>
public sealed record DraftDate(ExtractedDate Date, IReadOnlyList<string> Pages);

/// <summary>An article as all of its snippets describe it, before it meets the database.</summary>
public sealed record ArticleDraft(
    string Slug,
    string Title,
    KindDecision Kind,
    string Summary,
    bool HasPicture,
    IReadOnlyList<DraftDate> Dates,
    IReadOnlyList<string> Sources,
    string SummaryPage,
    int Line);

/// <summary>
/// Stage 4: derives an article from every snippet the pages give of it — one pure function of
/// the set of snippets, so the order in which pages were imported never matters:
/// <list type="bullet">
/// <item>the summary (and the title's casing) of the most complete snippet: the longest text, then the first in ordinal order;</item>
/// <item>the kind that snippet's evidence gives, or when it has none the kind most snippets give;</item>
/// <item>every date any snippet gives, with its pages: two pages that disagree keep both, a coarser date another page refines ("2014", "28 October 2014") goes;</item>
/// <item>a picture when any page has one; every page as a source.</item>
/// </list>
/// </summary>
public static class ArticleMerge
{
    public static ArticleDraft Merge(string slug, IReadOnlyCollection<SnippetDraft> snippets)
    {
        if (snippets.Count == 0)
        {
            throw new ArgumentException($"{slug}: an article needs at least one snippet", nameof(snippets));
        }

        var read = snippets
            .Select(s => (Snippet: s, Plain: SummaryText.ToPlain(s.Text)))
            .Select(s => (s.Snippet, s.Plain, Kind: KindClassifier.Classify(s.Snippet.Title, s.Plain)))
            .OrderByDescending(s => s.Plain.Length)
            .ThenBy(s => s.Snippet.Text, StringComparer.Ordinal)
            .ThenBy(s => s.Snippet.Title, StringComparer.Ordinal)
            .ThenBy(s => s.Snippet.Page, StringComparer.Ordinal)
            .ToList();
        var best = read[0];
        var kind = best.Kind.IsFallback && read.Where(r => !r.Kind.IsFallback).ToList() is { Count: > 0 } decided
            ? decided.GroupBy(r => r.Kind.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().First().Kind
            : best.Kind;
        var dates = read
            .SelectMany(r => DateExtractor.Extract(kind.Kind, r.Plain).Select(d => (Date: d, r.Snippet.Page)))
            .GroupBy(d => (d.Date.Label, d.Date.Value, d.Date.Precision, d.Date.Qualifier, d.Date.Event))
            .Select(g => g.OrderBy(d => d.Page, StringComparer.Ordinal).ToList())
            .Select(g => new DraftDate(g[0].Date, [.. g.Select(d => d.Page).Distinct().Order(StringComparer.Ordinal)]))
            .ToList();
        dates.RemoveAll(coarse => dates.Any(fine => Refines(fine.Date, coarse.Date)));

        return new ArticleDraft(
            slug,
            TitleCaser.Naturalize(best.Snippet.Title, best.Plain),
            kind,
            best.Snippet.Text,
            snippets.Any(s => s.HasPicture),
            [.. dates.OrderBy(d => d.Date.Value, StringComparer.Ordinal).ThenBy(d => d.Date.Label).ThenBy(d => d.Date.Event, StringComparer.Ordinal)],
            [.. snippets.Select(s => s.Page).Distinct().Order(StringComparer.Ordinal)],
            best.Snippet.Page,
            best.Snippet.Line);
    }

    /// <summary>"founded 28 October 2014" refines "founded 2014": the same label, finer, and agreeing.</summary>
    private static bool Refines(ExtractedDate fine, ExtractedDate coarse) =>
        fine.Label == coarse.Label && fine.Precision > coarse.Precision && fine.Event == coarse.Event
        && fine.Value.StartsWith(coarse.Value, StringComparison.Ordinal) && coarse.Label != DateLabel.Step;
}
