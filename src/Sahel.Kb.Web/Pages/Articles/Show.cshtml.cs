using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sahel.Kb.Browse;
using Sahel.Kb.Data;

namespace Sahel.Kb.Web.Pages.Articles;

/// <summary>An article; any other way of writing its title or an alias redirects here for good.</summary>
public sealed class ShowModel(KbDbContext db, PreparedReads reads, LinkGraphs graphs) : PageModel
{
    public ArticlePage Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var article = await ArticlePage.LoadAsync(reads, graphs, slug, ArticleUrls.From(Url), cancellationToken);
        if (article is null)
        {
            var canonical = await ArticleLookup.CanonicalSlugAsync(db, slug, cancellationToken);
            return canonical is null ? NotFound() : RedirectToPagePermanent("/Articles/Show", new { slug = canonical });
        }

        Article = article;
        return Page();
    }

    public static string Reasons(RelatedReasons reasons, int sharedNeighbours)
    {
        var words = new List<string>();
        if (reasons.HasFlag(RelatedReasons.SameSeedPage))
        {
            words.Add("on the same seed page");
        }

        if (reasons.HasFlag(RelatedReasons.MentionsIt))
        {
            words.Add("mentions this article");
        }

        if (reasons.HasFlag(RelatedReasons.MentionedByIt))
        {
            words.Add("mentioned in this article");
        }

        if (reasons.HasFlag(RelatedReasons.SharesNeighbours))
        {
            words.Add($"shares {sharedNeighbours} linked articles");
        }

        return string.Join("; ", words);
    }
}
