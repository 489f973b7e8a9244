using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;
using Sahel.Kb.Domain;
using Sahel.Kb.Text;

namespace Sahel.Kb.Web.Pages.Shared;

/// <summary>One line of a list: the article's title, kind and first sentence, and for a list in time, when it began.</summary>
public sealed record ArticleRow(string Slug, string Title, ArticleKind Kind, string Lead, string? When = null)
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

/// <summary>Where a list is in its pages, and the query values that select the list (a value may be an array: one parameter each).</summary>
public sealed record Paging(int Page, int PageSize, int Total, IReadOnlyDictionary<string, object?> Query)
{
    public const int DefaultPageSize = 200;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int Skip => (Page - 1) * PageSize;

    /// <summary>A page number from the query string, kept within the pages there are.</summary>
    public static int Clamp(int? page, int total, int pageSize = DefaultPageSize) =>
        Math.Clamp(page ?? 1, 1, Math.Max(1, (total + pageSize - 1) / pageSize));

    /// <summary>
    /// The address of another page of the same list, its filters kept. Written by hand, not by
    /// <c>Url.Page</c>: to Razor Pages a "page" route value names the page, not a page number.
    /// </summary>
    public string Href(HttpRequest request, int page)
    {
        var pairs = Query
            .Where(q => q.Value is not null)
            .Select(q => KeyValuePair.Create(q.Key, q.Value is string[] many ? new StringValues(many) : new StringValues(Convert.ToString(q.Value, CultureInfo.InvariantCulture))))
            .Where(q => !StringValues.IsNullOrEmpty(q.Value))
            .ToList();
        if (page > 1)
        {
            pairs.Add(KeyValuePair.Create("page", new StringValues(page.ToString(CultureInfo.InvariantCulture))));
        }

        return $"{request.PathBase}{request.Path}{QueryString.Create(pairs)}";
    }
}
