using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Sahel.Kb.Import;
using Sahel.Kb.Web.Admin;

namespace Sahel.Kb.Web.Pages.Admin;

/// <summary>
/// "Re-run seed import": the whole seed set, one import at a time; a dry run shows the changes
/// and writes nothing. The import runs in the background: one that ends within a couple of seconds
/// (<see cref="KbOptions.ShowImportProgressAfter"/>) answers with its report at once, a longer one
/// with this page showing how far it is until it ends.
/// </summary>
public sealed class ImportModel(IServiceScopeFactory scopes, SeedSet seeds, ImportGate gate, IOptions<KbOptions> options, TimeProvider time) : PageModel
{
    public ReportView? Report { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>How far the running import is, while it runs: "merging [####…] 7,500 of 20,000 (38 %)".</summary>
    public string? Running { get; private set; }

    /// <summary>While an import runs, how far it is; then its outcome.</summary>
    public IActionResult OnGet()
    {
        if (gate.RunningSince is not null)
        {
            Running = gate.Progress is { } progress ? Cli.ConsoleProgress.Line(progress.Stage, progress.Done, progress.Total, TimeSpan.Zero) : "starting…";
            return Page();
        }

        return gate.Last is { } last ? Outcome(last) : RedirectToPage("/Admin/Index");
    }

    public async Task<IActionResult> OnPostAsync(bool dryRun)
    {
        var settings = new ImportSettings(DryRun: dryRun, CompleteSet: true, StartedBy: User.Identity?.Name ?? "admin");
        var paths = seeds.Paths;
        var started = gate.TryStart(
            async progress =>
            {
                // The import outlives this request when it takes long: it has a scope of its own.
                await using var scope = scopes.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportAsync(paths, settings with { Progress = progress });
            },
            out var running);
        if (!started)
        {
            Problem = "An import is already running. Wait for it to finish, then look at its report under Imports.";
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        return await Task.WhenAny(running, Task.Delay(options.Value.ShowImportProgressAfter, time)) == running
            ? Outcome(await running)
            : RedirectToPage();
    }

    private IActionResult Outcome(ImportOutcome outcome)
    {
        if (outcome.Problem is { } problem)
        {
            Problem = problem;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        if (outcome.Report!.DryRun)
        {
            Report = ReportView.From(outcome.Report);
            return Page();
        }

        return RedirectToPage("/Admin/Imports/Show", new { id = outcome.Report.RunId });
    }
}
