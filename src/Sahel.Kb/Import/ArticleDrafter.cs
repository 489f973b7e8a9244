using System.Security.Cryptography;
using System.Text;
using Sahel.Kb.Domain;
using Sahel.Kb.Text;

namespace Sahel.Kb.Import;

/// <summary>One page's item, ready to keep as a <see cref="Snippet"/>: the summary already as escaped Markdown.</summary>
public sealed record SnippetDraft(string Slug, string Page, int Position, int Line, string Title, string Text, bool HasPicture)
{
    /// <summary>SHA-256 of the title and text, hex.</summary>
    public string Hash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{Title}\n{Text}")));

    public static SnippetDraft Of(string slug, Snippet snippet) =>
        new(slug, snippet.Page, snippet.Position, snippet.Line, snippet.Title, snippet.Text, snippet.HasPicture);
}

/// <summary>A seed page lists <see cref="RelatedSlug"/> among the related items of <see cref="SubjectSlug"/>.</summary>
public sealed record RelationDraft(string SubjectSlug, string RelatedSlug, string Page);

/// <summary>Everything one import read: each page's snippets and related items, ready to merge and write.</summary>
public sealed record ImportPlan(
    IReadOnlyList<string> Pages,
    IReadOnlyList<SnippetDraft> Snippets,
    IReadOnlyList<RelationDraft> Relations,
    IReadOnlyList<string> Warnings);

/// <summary>
/// Stage 3: every item of every page becomes a snippet of the article its title names (its
/// summary as escaped Markdown), and every page's related items hang on its subject. An item a
/// page lists twice keeps its longer text.
/// </summary>
public static class ArticleDrafter
{
    public static ImportPlan Draft(IReadOnlyList<SeedPage> pages)
    {
        var snippets = new List<SnippetDraft>();
        var relations = new List<RelationDraft>();
        var warnings = pages.SelectMany(p => p.Warnings).ToList();

        foreach (var page in pages)
        {
            var subject = Article.CreateSlug(page.Subject.Title);
            var onPage = new Dictionary<string, SnippetDraft>(StringComparer.Ordinal);
            for (var position = 0; position < page.Items.Count; position++)
            {
                var item = page.Items[position];
                var slug = Article.CreateSlug(item.Title);
                if (slug.Length == 0)
                {
                    warnings.Add($"{page.Name}: line {item.Line}: the title \"{item.Title}\" has no letters or digits; skipped");
                    continue;
                }

                var snippet = new SnippetDraft(slug, page.Name, position, item.Line, item.Title, SummarySections.ToMarkdown(SummaryCleaner.Clean(item.Summary)), item.HasPicture);
                if (!onPage.TryGetValue(slug, out var earlier) || snippet.Text.Length > earlier.Text.Length)
                {
                    onPage[slug] = snippet;
                }

                if (slug != subject && subject.Length > 0)
                {
                    relations.Add(new RelationDraft(subject, slug, page.Name));
                }
            }

            snippets.AddRange(onPage.Values.OrderBy(s => s.Position));
        }

        return new ImportPlan(pages.Select(p => p.Name).ToList(), snippets, relations.Distinct().ToList(), warnings);
    }
}
