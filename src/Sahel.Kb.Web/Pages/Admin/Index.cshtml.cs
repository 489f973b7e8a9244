using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;
using Sahel.Kb.Import;
using Sahel.Kb.Web.Admin;

namespace Sahel.Kb.Web.Pages.Admin;

/// <summary>The admin's desk: counts, the last import, re-running it, uploading a page, open conflicts.</summary>
public sealed class IndexModel(KbDbContext db, SeedSet seeds, ImportGate gate) : PageModel
{
    public int Articles { get; private set; }

    public int Missing { get; private set; }

    public int Wanted { get; private set; }

    public int OpenConflicts { get; private set; }

    public int Runs { get; private set; }

    public ImportRun? LastRun { get; private set; }

    /// <summary>Articles whose titles look the same though they differ (a homoglyph in one of them).</summary>
    public IReadOnlyList<IReadOnlyList<TitledArticle>> LookAlikes { get; private set; } = [];

    public string SeedFolder => seeds.SeedFolder;

    public DateTime? RunningSince => gate.RunningSince;

    /// <summary>How far the running import is: "merging 7,500 of 20,000 (38 %)".</summary>
    public string? RunningProgress => gate.Progress is { } progress
        ? Cli.ConsoleProgress.Line(progress.Stage, progress.Done, progress.Total, TimeSpan.Zero)
        : null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Articles = await db.Articles.CountAsync(cancellationToken);
        Missing = await db.Articles.CountAsync(a => a.MissingFromSeeds, cancellationToken);
        Wanted = await db.WantedNames.Select(w => w.Key).Distinct().CountAsync(cancellationToken);
        OpenConflicts = await db.Conflicts.CountAsync(c => c.Resolution == null, cancellationToken);
        Runs = await db.ImportRuns.CountAsync(cancellationToken);
        LastRun = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        LookAlikes = LookAlikeTitles.Find(await db.Articles.Select(a => new TitledArticle(a.Slug, a.Title)).ToListAsync(cancellationToken));
    }
}
