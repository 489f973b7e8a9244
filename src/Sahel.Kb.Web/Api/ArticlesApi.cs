using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Browse;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;
using Sahel.Kb.Export;

namespace Sahel.Kb.Web.Api;

/// <summary>One line of <c>GET /api/articles</c>.</summary>
public sealed record ArticleSummary(string Slug, string Title, string Kind);

/// <summary>
/// <c>GET /api/articles[?kind=]</c>: every article's slug, title and kind, in slug order.
/// <c>GET /api/articles/{slug}</c>: one article as the <c>export</c> verb writes it; an alias
/// redirects to the canonical slug, an unknown slug is a 404 problem.
/// </summary>
public static class ArticlesApi
{
    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/articles");
        api.MapGet("/", ListAsync).WithName("ListArticles");
        api.MapGet("/{slug}", GetAsync).WithName("GetArticle");
        return app;
    }

    private static async Task<Results<JsonHttpResult<List<ArticleSummary>>, ProblemHttpResult>> ListAsync(string? kind, KbDbContext db, CancellationToken cancellationToken)
    {
        var articles = db.Articles.AsNoTracking();
        if (kind is not null)
        {
            if (!ArticleKinds.TryParse(kind, out var parsed))
            {
                return TypedResults.Problem(
                    $"'{kind}' is not a kind; the kinds are {string.Join(", ", ArticleKinds.All.Select(k => k.Name()))}.",
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "Unknown kind");
            }

            articles = articles.Where(a => a.Kind == parsed);
        }

        var list = (await articles.OrderBy(a => a.Slug).Select(a => new { a.Slug, a.Title, a.Kind }).ToListAsync(cancellationToken))
            .Select(a => new ArticleSummary(a.Slug, a.Title, a.Kind.Name()))
            .ToList();
        return TypedResults.Json(list, ApiJson.Options);
    }

    private static async Task<Results<JsonHttpResult<ExportedArticle>, RedirectHttpResult, ProblemHttpResult>> GetAsync(
        string slug, KbDbContext db, LinkGenerator links, CancellationToken cancellationToken)
    {
        if (await ArticleExport.LoadOneAsync(db, slug, cancellationToken) is { } article)
        {
            return TypedResults.Json(article, ApiJson.Options);
        }

        if (await ArticleLookup.CanonicalSlugAsync(db, slug, cancellationToken) is { } canonical)
        {
            return TypedResults.Redirect(links.GetPathByName("GetArticle", new { slug = canonical })!, permanent: true);
        }

        return TypedResults.Problem($"There is no article '{slug}'.", statusCode: StatusCodes.Status404NotFound, title: "Article not found");
    }
}
