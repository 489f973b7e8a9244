using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Web.Pages.Admin.Imports;

/// <summary>One import run: its report and every article it changed, with a diff of old and new.</summary>
public sealed class ShowModel(KbDbContext db) : PageModel
{
    public ImportRun Run { get; private set; } = null!;

    public ReportView Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var run = await db.ImportRuns.AsNoTracking().Include(r => r.Changes).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (run is null)
        {
            return NotFound();
        }

        (Run, Report) = (run, ReportView.From(run));
        return Page();
    }
}
