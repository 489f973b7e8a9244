using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sahel.Kb.Data;
using Sahel.Kb.Web.Pages.Shared;

namespace Sahel.Kb.Web.Pages.Changes;

/// <summary>Recent changes: imports and edits, newest first, in pages; the same as an Atom feed at <c>/changes.atom</c>.</summary>
public sealed class IndexModel(KbDbContext db) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<Change> Changes { get; private set; } = [];

    public Paging Paging { get; private set; } = new(1, PageSize, 0, new Dictionary<string, object?>());

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        var total = await RecentChanges.CountAsync(db, cancellationToken);
        Paging = new Paging(Paging.Clamp(pageNumber, total, PageSize), PageSize, total, new Dictionary<string, object?>());
        Changes = await RecentChanges.LoadAsync(db, Paging.Skip, PageSize, cancellationToken);
    }
}
