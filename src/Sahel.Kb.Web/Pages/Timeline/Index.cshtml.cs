using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sahel.Kb.Browse;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;
using Sahel.Kb.Web.Pages.Shared;

namespace Sahel.Kb.Web.Pages.Timeline;

/// <summary>The timeline: dated articles in order, by year, filtered by kind and years.</summary>
public sealed class IndexModel(KbDbContext db) : PageModel
{
    public const int PageSize = 300;

    [FromQuery(Name = "kind")]
    public string[] KindFilter { get; set; } = [];

    [FromQuery(Name = "from")]
    public int? From { get; set; }

    [FromQuery(Name = "to")]
    public int? To { get; set; }

    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    public IReadOnlySet<ArticleKind> Kinds { get; private set; } = new HashSet<ArticleKind>();

    public IReadOnlyList<TimelineEntry> Entries { get; private set; } = [];

    public Paging Paging { get; private set; } = new(1, PageSize, 0, new Dictionary<string, object?>());

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var chosen = KindFilter.Select(k => ArticleKinds.TryParse(k, out var kind) ? kind : (ArticleKind?)null).OfType<ArticleKind>().ToHashSet();
        Kinds = chosen.Count > 0 ? chosen : ArticleKinds.All.ToHashSet();
        if (From > To)
        {
            (From, To) = (To, From);
        }

        var filter = new TimelineFilter(Kinds, From, To);
        var total = await Browse.Timeline.CountAsync(db, filter, cancellationToken);
        // Every kind chosen, so that the next page keeps the filter (kind=event&kind=person).
        var query = new Dictionary<string, object?>
        {
            ["kind"] = chosen.Count > 0 ? chosen.Order().Select(k => k.Name()).ToArray() : null,
            ["from"] = From?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = To?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        Paging = new Paging(Paging.Clamp(PageNumber, total, PageSize), PageSize, total, query);
        Entries = await Browse.Timeline.LoadAsync(db, filter, Paging.Skip, PageSize, cancellationToken);
    }
}
