using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Browse;
using Sahel.Kb.Data;
using Sahel.Kb.Web.Pages.Shared;

namespace Sahel.Kb.Web.Pages.Names;

/// <summary>
/// A name several articles answer to ("Kidal": the region, the offensive, the battle), as an
/// encyclopedia's disambiguation page lists them: each with its kind and first sentence.
/// </summary>
public sealed class ShowModel(KbDbContext db) : PageModel
{
    public string Name { get; private set; } = "";

    public IReadOnlyList<ArticleRow> Referents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken)
    {
        var referents = await ArticleLookup.ReferentsAsync(db, name, cancellationToken);
        if (referents.Count == 0)
        {
            return NotFound();
        }

        if (referents.Count == 1)
        {
            return RedirectToPage("/Articles/Show", new { slug = referents[0].Slug });
        }

        Name = name.Replace('-', ' ').Replace('_', ' ');
        var slugs = referents.Select(r => r.Slug).ToList();
        var rows = await ArticleRow.LoadAsync(db.Articles.AsNoTracking().Where(a => slugs.Contains(a.Slug)).OrderBy(a => a.Slug), 0, slugs.Count, cancellationToken);
        Referents = [.. rows.OrderBy(r => r.Kind).ThenBy(r => r.Title, StringComparer.CurrentCulture)];
        return Page();
    }
}
