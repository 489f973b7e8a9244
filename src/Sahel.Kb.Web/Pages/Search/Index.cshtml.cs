using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sahel.Kb.Browse;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;
using Sahel.Kb.Search;
using Sahel.Kb.Web.Pages.Shared;

namespace Sahel.Kb.Web.Pages.Search;

/// <summary>Search results: the exact match first if any, then matches with marked snippets, by kind, in pages.</summary>
public sealed class IndexModel(KbDbContext db, LinkGraphs graphs) : PageModel
{
    public const int PageSize = 20;
    public const int MaxQueryLength = 500;

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    [FromQuery(Name = "kind")]
    public string? KindFilter { get; set; }

    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    /// <summary>The query as searched: trimmed and cut to <see cref="MaxQueryLength"/>.</summary>
    public string Text { get; private set; } = "";

    public ArticleKind? Kind { get; private set; }

    public SearchResults Results { get; private set; } = new([], 0, new Dictionary<ArticleKind, int>(), null);

    public Paging Paging { get; private set; } = new(1, PageSize, 0, new Dictionary<string, object?>());

    /// <summary>"Did you mean …": the query with its misspelt words corrected from the titles and aliases, when it finds few articles.</summary>
    public string? DidYouMean { get; private set; }

    /// <summary>Fewer matches than this, and the page offers a corrected query if there is one.</summary>
    public const int FewMatches = 3;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Text = (Query ?? "").Trim();
        if (Text.Length > MaxQueryLength)
        {
            Text = Text[..MaxQueryLength];
        }

        Kind = ArticleKinds.TryParse(KindFilter, out var kind) ? kind : null;
        var query = new Dictionary<string, object?> { ["q"] = Text, ["kind"] = Kind?.Name() };
        var first = await ArticleSearcher.SearchAsync(db, Text, Kind, 0, PageSize, cancellationToken: cancellationToken);
        var page = Paging.Clamp(PageNumber, first.Total, PageSize);
        Results = page == 1 ? first : await ArticleSearcher.SearchAsync(db, Text, Kind, (page - 1) * PageSize, PageSize, cancellationToken: cancellationToken);
        Paging = new Paging(page, PageSize, Results.Total, query);
        if (Results.Total < FewMatches && Results.Exact is null && Text.Length > 0)
        {
            var graph = await graphs.AtAsync(await ContentVersion.ReadAsync(db, cancellationToken), db, cancellationToken);
            DidYouMean = (await graph.SpellingAsync(db)).Correct(Text);
        }
    }

    /// <summary>The route values of this search narrowed to one kind, or to every kind.</summary>
    public RouteValueDictionary ValuesFor(ArticleKind? kind) => new() { ["q"] = Text, ["kind"] = kind?.Name() };
}
