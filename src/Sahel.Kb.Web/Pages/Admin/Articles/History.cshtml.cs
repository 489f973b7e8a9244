using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;
using Sahel.Kb.Editing;

namespace Sahel.Kb.Web.Pages.Admin.Articles;

/// <summary>An article's revisions, newest first, each with what it changed; any can be restored (as a new revision).</summary>
public sealed class HistoryModel(KbDbContext db, ArticleEditor editor) : PageModel
{
    /// <summary>A revision beside the one before it.</summary>
    public sealed record Step(Revision Revision, Revision? Previous);

    public string Slug { get; private set; } = "";

    public string Title { get; private set; } = "";

    public IReadOnlyList<Step> Steps { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Slug == slug).Select(a => new { a.Id, a.Title }).SingleOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        var revisions = await db.Revisions.AsNoTracking().Where(r => r.ArticleId == article.Id).OrderBy(r => r.Number).ToListAsync(cancellationToken);
        (Slug, Title) = (slug, article.Title);
        Steps = revisions.Select((r, i) => new Step(r, i > 0 ? revisions[i - 1] : null)).Reverse().ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(string slug, int number, CancellationToken cancellationToken)
    {
        try
        {
            await editor.RestoreAsync(slug, number, User.Identity?.Name ?? "admin", cancellationToken);
            return RedirectToPage(new { slug });
        }
        catch (EditException)
        {
            return NotFound();
        }
    }
}
