using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Domain;
using Sahel.Kb.Text;

namespace Sahel.Kb.Web.Pages.Shared;

/// <summary>One line of a list: the article's title, kind and first sentence.</summary>
public sealed record ArticleRow(string Slug, string Title, ArticleKind Kind, string Lead)
{
    public static ArticleRow Create(string slug, string title, ArticleKind kind, string plainSummary) =>
        new(slug, title, kind, Sentences.Lead(plainSummary));

    /// <summary>One page of a list, in the order given: one query, only the columns a row shows.</summary>
    public static async Task<List<ArticleRow>> LoadAsync(IQueryable<Article> articles, int skip, int take, CancellationToken cancellationToken) =>
        (await articles
            .Skip(skip).Take(take)
            .Select(a => new { a.Slug, a.Title, a.Kind, a.PlainSummary })
            .ToListAsync(cancellationToken))
        .Select(a => Create(a.Slug, a.Title, a.Kind, a.PlainSummary))
        .ToList();
}

/// <summary>Where a list is in its pages, and the query values that select the list.</summary>
public sealed record Paging(int Page, int PageSize, int Total, IReadOnlyDictionary<string, string?> Query)
{
    public const int DefaultPageSize = 200;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int Skip => (Page - 1) * PageSize;

    /// <summary>A page number from the query string, kept within the pages there are.</summary>
    public static int Clamp(int? page, int total, int pageSize = DefaultPageSize) =>
        Math.Clamp(page ?? 1, 1, Math.Max(1, (total + pageSize - 1) / pageSize));

    /// <summary>The route values of another page of the same list.</summary>
    public RouteValueDictionary ValuesFor(int page)
    {
        var values = new RouteValueDictionary(Query);
        values["page"] = page == 1 ? null : page;
        return values;
    }
}
