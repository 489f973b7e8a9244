using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;
using Sahel.Kb.Web.Pages.Shared;

namespace Sahel.Kb.Web.Pages.Kinds;

/// <summary>Every article of one kind, in A–Z order.</summary>
public sealed class ShowModel(KbDbContext db) : PageModel
{
    public ArticleKind Kind { get; private set; }

    public IReadOnlyList<ArticleRow> Rows { get; private set; } = [];

    public Paging Paging { get; private set; } = new(1, Paging.DefaultPageSize, 0, new Dictionary<string, object?>());

    public async Task<IActionResult> OnGetAsync(string kind, [FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        if (!ArticleKinds.TryParse(kind, out var parsed))
        {
            // "/kinds/Events", "/kinds/people": the plural a reader may type names the same list.
            var plural = ArticleKinds.All.Where(k => string.Equals(k.PluralLabel(), kind, StringComparison.OrdinalIgnoreCase)).ToList();
            return plural.Count == 1 ? RedirectToPagePermanent("/Kinds/Show", new { kind = plural[0].Name() }) : NotFound();
        }

        if (kind != parsed.Name())
        {
            return RedirectToPagePermanent("/Kinds/Show", new { kind = parsed.Name() });
        }

        Kind = parsed;
        var articles = db.Articles.AsNoTracking().Where(a => a.Kind == parsed);
        var total = await articles.CountAsync(cancellationToken);
        Paging = new Paging(Paging.Clamp(pageNumber, total), Paging.DefaultPageSize, total, new Dictionary<string, object?>());
        Rows = await ArticleRow.LoadAsync(articles.OrderBy(a => a.Slug), Paging.Skip, Paging.PageSize, cancellationToken);
        return Page();
    }
}
