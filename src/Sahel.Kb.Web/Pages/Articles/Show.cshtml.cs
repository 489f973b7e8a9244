using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sahel.Kb.Browse;
using Sahel.Kb.Data;

namespace Sahel.Kb.Web.Pages.Articles;

/// <summary>An article; any other way of writing its title or an alias redirects here for good; a name several articles share, to the page that lists them.</summary>
public sealed class ShowModel(KbDbContext db, LinkGraphs graphs, Localization.Ui text) : PageModel
{
    public ArticlePage Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var article = await ArticlePage.LoadAsync(db, graphs, slug, ArticleUrls.From(Url), text, cancellationToken);
        if (article is null)
        {
            if (await ArticleLookup.CanonicalSlugAsync(db, slug, cancellationToken) is { } canonical)
            {
                return RedirectToPagePermanent("/Articles/Show", new { slug = canonical });
            }

            // "Kidal": the region, the offensive and the battle all answer to it; a page lists them (not for good: an article may take the name).
            var referents = await ArticleLookup.ReferentsAsync(db, slug, cancellationToken);
            return referents.Count > 1 ? RedirectToPage("/Names/Show", new { name = slug }) : NotFound();
        }

        Article = article;
        Prepared.PageRenderer.Rendered(HttpContext, article.Version);
        return Page();
    }

    /// <summary>Why an article is related, naming what it refers to: "both linked with Kidal Region, MINUSMA and 2 more", in the reader's language.</summary>
    public static string Reasons(RelatedReasons reasons, string title, IReadOnlyList<string> sharedNeighbours, IStringLocalizer text)
    {
        var words = new List<string>();
        if (reasons.HasFlag(RelatedReasons.SameSeedPage))
        {
            words.Add(text["listed with {0} on a related-items page", title]);
        }

        if (reasons.HasFlag(RelatedReasons.MentionsIt))
        {
            words.Add(text["mentions {0}", title]);
        }

        if (reasons.HasFlag(RelatedReasons.MentionedByIt))
        {
            words.Add(text["mentioned in {0}", title]);
        }

        if (reasons.HasFlag(RelatedReasons.SharesNeighbours) && sharedNeighbours.Count > 0)
        {
            const int named = 3;
            var names = string.Join(", ", sharedNeighbours.Take(named));
            words.Add(sharedNeighbours.Count > named
                ? text["both linked with {0} and {1} more", names, sharedNeighbours.Count - named]
                : text["both linked with {0}", JoinWithAnd(sharedNeighbours, text["and"])]);
        }

        return string.Join("; ", words);
    }

    private static string JoinWithAnd(IReadOnlyList<string> names, string and) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} {and} {names[^1]}";
}
