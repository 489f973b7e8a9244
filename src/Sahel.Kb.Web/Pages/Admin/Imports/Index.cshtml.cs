using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;
using Sahel.Kb.Web.Pages.Shared;

namespace Sahel.Kb.Web.Pages.Admin.Imports;

/// <summary>Every import run, newest first, with its report's counts.</summary>
public sealed class IndexModel(KbDbContext db) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<ImportRun> Runs { get; private set; } = [];

    public Paging Paging { get; private set; } = new(1, PageSize, 0, new Dictionary<string, object?>());

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        var total = await db.ImportRuns.CountAsync(cancellationToken);
        Paging = new Paging(Paging.Clamp(pageNumber, total, PageSize), PageSize, total, new Dictionary<string, object?>());
        Runs = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).Skip(Paging.Skip).Take(PageSize).ToListAsync(cancellationToken);
    }
}
