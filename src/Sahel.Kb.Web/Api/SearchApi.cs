using Sahel.Kb.Data;
using Sahel.Kb.Domain;
using Sahel.Kb.Export;
using Sahel.Kb.Search;

namespace Sahel.Kb.Web.Api;

/// <summary>One result of <c>GET /api/search</c>: the snippet is plain text.</summary>
public sealed record SearchResult(string Slug, string Title, string Kind, string Snippet);

/// <summary>
/// <c>GET /api/search?q=</c>: the best matches first, as the search page ranks them.
/// <c>GET /api/suggest?q=</c>: titles whose title or an alias starts with what was typed, for the search box.
/// </summary>
public static class SearchApi
{
    public const int MaxResults = 50;
    public const int MaxSuggestions = 8;
    public const int MaxQueryLength = 500;

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", async (string? q, KbDbContext db, CancellationToken cancellationToken) =>
        {
            var results = await ArticleSearcher.SearchAsync(db, Cut(q), kind: null, skip: 0, take: MaxResults, countByKind: false, cancellationToken);
            return TypedResults.Json(results.Hits.Select(h => new SearchResult(h.Slug, h.Title, h.Kind.Name(), h.PlainSnippet)).ToList(), ApiJson.Options);
        });
        app.MapGet("/api/suggest", async (string? q, KbDbContext db, CancellationToken cancellationToken) =>
        {
            var hits = await ArticleSearcher.SuggestAsync(db, Cut(q), MaxSuggestions, cancellationToken);
            return TypedResults.Json(hits.Select(h => new ArticleSummary(h.Slug, h.Title, h.Kind.Name())).ToList(), ApiJson.Options);
        });
        return app;
    }

    private static string? Cut(string? q) => q is { Length: > MaxQueryLength } ? q[..MaxQueryLength] : q;
}
