using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sahel.Kb.Import;
using Sahel.Kb.Web.Admin;

namespace Sahel.Kb.Web.Pages.Admin;

/// <summary>"Re-run seed import": the whole seed set, one import at a time; a dry run shows the changes and writes nothing.</summary>
public sealed class ImportModel(SeedImporter importer, SeedSet seeds, ImportGate gate) : PageModel
{
    public ReportView? Report { get; private set; }

    public string? Problem { get; private set; }

    public IActionResult OnGet() => RedirectToPage("/Admin/Index");

    public async Task<IActionResult> OnPostAsync(bool dryRun, CancellationToken cancellationToken)
    {
        try
        {
            var settings = new ImportSettings(DryRun: dryRun, CompleteSet: true, StartedBy: User.Identity?.Name ?? "admin", Progress: gate);
            var (ran, report) = await gate.TryRunAsync(() => importer.ImportAsync(seeds.Paths, settings, cancellationToken));
            if (!ran)
            {
                Problem = "An import is already running. Wait for it to finish, then look at its report under Imports.";
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }

            if (report!.DryRun)
            {
                Report = ReportView.From(report);
                return Page();
            }

            return RedirectToPage("/Admin/Imports/Show", new { id = report.RunId });
        }
        catch (ImportException e)
        {
            Problem = $"Nothing was imported: {e.Message}";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
    }
}
