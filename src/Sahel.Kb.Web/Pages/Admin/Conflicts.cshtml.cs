using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;
using Sahel.Kb.Editing;

namespace Sahel.Kb.Web.Pages.Admin;

/// <summary>Seed changes that met an admin's edit: both versions, and one click to take the seed's or keep the edit.</summary>
public sealed class ConflictsModel(KbDbContext db, ArticleEditor editor) : PageModel
{
    public sealed record OpenConflict(int Id, string Slug, string Title, string Field, string SeedValue, string EditorValue, int RunId, DateTime CreatedAt);

    public IReadOnlyList<OpenConflict> Open { get; private set; } = [];

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(int id, string resolution, CancellationToken cancellationToken)
    {
        try
        {
            var how = resolution == "seed" ? ConflictResolution.TookSeed : ConflictResolution.KeptEdit;
            await editor.ResolveAsync(id, how, User.Identity?.Name ?? "admin", cancellationToken);
            return RedirectToPage();
        }
        catch (EditException e)
        {
            Problem = e.Message;
            Response.StatusCode = StatusCodes.Status409Conflict;
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Open = (await db.Conflicts.AsNoTracking()
                .Where(c => c.Resolution == null)
                .Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new { Conflict = c, a.Slug, a.Title })
                .OrderBy(c => c.Slug).ThenBy(c => c.Conflict.Id)
                .ToListAsync(cancellationToken))
            .Select(c => new OpenConflict(c.Conflict.Id, c.Slug, c.Title, c.Conflict.Field, c.Conflict.SeedValue, c.Conflict.EditorValue, c.Conflict.ImportRunId, c.Conflict.CreatedAt))
            .ToList();
}
