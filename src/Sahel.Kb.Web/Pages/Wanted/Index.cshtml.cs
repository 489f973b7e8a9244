using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;
using Sahel.Kb.Web.Pages.Shared;

namespace Sahel.Kb.Web.Pages.Wanted;

/// <summary>Names that summaries mention but that have no article yet, the most mentioned first, with where.</summary>
public sealed class IndexModel(KbDbContext db) : PageModel
{
    public const int PageSize = 100;

    public IReadOnlyList<WantedEntry> Entries { get; private set; } = [];

    public Paging Paging { get; private set; } = new(1, PageSize, 0, new Dictionary<string, object?>());

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        var names = db.WantedNames.AsNoTracking().GroupBy(w => w.Key);
        var total = await names.CountAsync(cancellationToken);
        Paging = new Paging(Paging.Clamp(pageNumber, total, PageSize), PageSize, total, new Dictionary<string, object?>());
        var keys = await names
            .Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key)
            .Skip(Paging.Skip).Take(PageSize)
            .Select(g => g.Key)
            .ToListAsync(cancellationToken);
        Entries = await WantedEntry.LoadAsync(db, keys, cancellationToken);
    }
}
