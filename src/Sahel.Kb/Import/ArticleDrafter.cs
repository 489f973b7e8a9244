using Sahel.Kb.Domain;
using Sahel.Kb.Text;

namespace Sahel.Kb.Import;

/// <summary>An article as the seed pages describe it, before it meets the database.</summary>
public sealed record ArticleDraft(
    string Slug,
    string Title,
    KindDecision Kind,
    string Summary,
    bool HasPicture,
    IReadOnlyList<ExtractedDate> Dates,
    IReadOnlyList<string> Sources,
    int Line);

/// <summary>A seed page lists <see cref="RelatedSlug"/> among the related items of <see cref="SubjectSlug"/>.</summary>
public sealed record RelationDraft(string SubjectSlug, string RelatedSlug, string Page);

/// <summary>Everything one import read, ready to write.</summary>
public sealed record ImportPlan(
    IReadOnlyList<string> Pages,
    IReadOnlyList<ArticleDraft> Articles,
    IReadOnlyList<RelationDraft> Relations,
    IReadOnlyList<string> Warnings);

/// <summary>
/// Stages 3 and 4 for every item: natural title casing, kind, Markdown summary and dates. An
/// item on several pages becomes one draft with every page as a source.
/// </summary>
public static class ArticleDrafter
{
    public static ImportPlan Draft(IReadOnlyList<SeedPage> pages)
    {
        var drafts = new Dictionary<string, ArticleDraft>(StringComparer.Ordinal);
        var relations = new List<RelationDraft>();
        var warnings = pages.SelectMany(p => p.Warnings).ToList();

        foreach (var page in pages)
        {
            var subject = Article.CreateSlug(page.Subject.Title);
            foreach (var item in page.Items)
            {
                var slug = Article.CreateSlug(item.Title);
                if (slug.Length == 0)
                {
                    warnings.Add($"{page.Name}: line {item.Line}: the title \"{item.Title}\" has no letters or digits; skipped");
                    continue;
                }

                var draft = DraftItem(slug, item, page.Name);
                if (drafts.TryGetValue(slug, out var earlier))
                {
                    draft = Combine(earlier, draft);
                }

                drafts[slug] = draft;
                if (slug != subject && subject.Length > 0)
                {
                    relations.Add(new RelationDraft(subject, slug, page.Name));
                }
            }
        }

        foreach (var draft in drafts.Values.Where(d => d.Kind.IsFallback))
        {
            warnings.Add($"{draft.Sources[0]}: line {draft.Line}: \"{draft.Title}\": {draft.Kind.Evidence}");
        }

        return new ImportPlan(
            pages.Select(p => p.Name).ToList(),
            drafts.Values.OrderBy(d => d.Slug, StringComparer.Ordinal).ToList(),
            relations.Distinct().ToList(),
            warnings);
    }

    private static ArticleDraft DraftItem(string slug, SeedItem item, string page)
    {
        var summary = SummaryText.SeedToMarkdown(item.Summary);
        var plain = SummaryText.ToPlain(summary);
        var kind = KindClassifier.Classify(item.Title, plain);
        var title = TitleCaser.Naturalize(item.Title, plain);
        var dates = DateExtractor.Extract(kind.Kind, plain);
        return new ArticleDraft(slug, title, kind, summary, item.HasPicture, dates, [page], item.Line);
    }

    /// <summary>The same item on two pages: the longer summary (the less cut) wins; both pages are sources.</summary>
    private static ArticleDraft Combine(ArticleDraft earlier, ArticleDraft later)
    {
        var winner = later.Summary.Length > earlier.Summary.Length ? later : earlier;
        return winner with
        {
            HasPicture = earlier.HasPicture || later.HasPicture,
            Sources = earlier.Sources.Union(later.Sources).Order(StringComparer.Ordinal).ToList(),
        };
    }
}
