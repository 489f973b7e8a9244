using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;
using Sahel.Kb.Web.Pages.Shared;

namespace Sahel.Kb.Web.Pages.Articles;

/// <summary>The A–Z index: every article in slug order (accents and case folded), by initial.</summary>
public sealed class IndexModel(KbDbContext db) : PageModel
{
    /// <summary>The initial of titles that start with a digit.</summary>
    public const string Digits = "0-9";

    [FromQuery(Name = "letter")]
    public string? Letter { get; set; }

    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    public IReadOnlyList<string> Initials { get; private set; } = [];

    public IReadOnlyList<ArticleRow> Rows { get; private set; } = [];

    public Paging Paging { get; private set; } = new(1, Paging.DefaultPageSize, 0, new Dictionary<string, object?>());

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var initials = await db.Articles.AsNoTracking().Select(a => a.Slug.Substring(0, 1)).Distinct().ToListAsync(cancellationToken);
        Initials = initials.Select(InitialOf).Distinct().Order(StringComparer.Ordinal).ToList();

        var articles = db.Articles.AsNoTracking();
        if (Letter is not null)
        {
            Letter = Letter.ToLowerInvariant();
            // Every letter has a page, empty or not; anything else is no initial.
            if (!AllInitials.Contains(Letter))
            {
                return NotFound();
            }

            var next = ((char)(Letter[0] + 1)).ToString();

            // Slugs are lowercase ASCII, so an initial is a range of the slug index.
            articles = Letter == Digits
                ? articles.Where(a => a.Slug.CompareTo("a") < 0)
                : articles.Where(a => a.Slug.CompareTo(Letter) >= 0 && a.Slug.CompareTo(next) < 0);
        }

        var total = await articles.CountAsync(cancellationToken);
        Paging = new Paging(Paging.Clamp(PageNumber, total), Paging.DefaultPageSize, total, new Dictionary<string, object?> { ["letter"] = Letter });
        Rows = await ArticleRow.LoadAsync(articles.OrderBy(a => a.Slug), Paging.Skip, Paging.PageSize, cancellationToken);
        return Page();
    }

    /// <summary>"0-9" and a to z: the index offers each, with or without articles.</summary>
    public static readonly IReadOnlyList<string> AllInitials = [Digits, .. Enumerable.Range('a', 26).Select(c => ((char)c).ToString())];

    public static string InitialOf(string slug) => slug.Length > 0 && char.IsAsciiLetterLower(slug[0]) ? slug[..1] : Digits;
}
