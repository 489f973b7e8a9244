using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;
using Sahel.Kb.Export;

namespace Sahel.Kb.Web.Api;

/// <summary>One line of <c>GET /api/statements</c>: a statement as the export writes it, with its subject.</summary>
public sealed record SubjectStatement(
    string Subject,
    string Property,
    string Label,
    string? Object,
    string Name,
    IReadOnlyDictionary<string, string> Qualifiers,
    string Evidence,
    string Source);

/// <summary>
/// <c>GET /api/statements?property=P710[&amp;subject=slug][&amp;object=slug]</c>: the statements of one
/// property (its Wikidata id or its label), of one subject or about one object if asked, in
/// subject order. An unknown property is a 400 problem; an unknown article gives no statements.
/// </summary>
public static class StatementsApi
{
    public const int MaxResults = 5_000;

    public static IEndpointRouteBuilder MapStatementsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/statements", ListAsync).WithName("ListStatements");
        return app;
    }

    private static async Task<Results<JsonHttpResult<List<SubjectStatement>>, ProblemHttpResult>> ListAsync(
        string? property, string? subject, string? @object, KbDbContext db, CancellationToken cancellationToken)
    {
        if (property is null || StatementProperties.Find(property) is not { } known)
        {
            return TypedResults.Problem(
                $"'{property}' is not a property; the properties are {string.Join(", ", StatementProperties.All.Select(p => $"{p.Id} ({p.Label})"))}.",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Unknown property");
        }

        var statements = db.Statements.AsNoTracking().Where(s => s.Property == known.Id && !s.Removed);
        if (subject is not null)
        {
            statements = statements.Where(s => db.Articles.Any(a => a.Id == s.SubjectArticleId && a.Slug == subject));
        }

        if (@object is not null)
        {
            statements = statements.Where(s => db.Articles.Any(a => a.Id == s.ObjectArticleId && a.Slug == @object));
        }

        var rows = await statements
            .Join(db.Articles, s => s.SubjectArticleId, a => a.Id, (s, a) => new { Statement = s, Subject = a.Slug })
            .Take(MaxResults)
            .ToListAsync(cancellationToken);
        var objectIds = rows.Select(r => r.Statement.ObjectArticleId).OfType<int>().Distinct().ToList();
        var slugs = await db.Articles.AsNoTracking().Where(a => objectIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Slug, cancellationToken);
        var list = rows
            .Select(r => (r.Subject, Statement: ExportedStatement.From(r.Statement, r.Statement.ObjectArticleId is { } id ? slugs[id] : null)))
            .OrderBy(r => r.Subject, StringComparer.Ordinal)
            .ThenBy(r => r.Statement, ExportedStatement.Order)
            .Select(r => new SubjectStatement(r.Subject, r.Statement.Property, r.Statement.Label, r.Statement.Object, r.Statement.Name, r.Statement.Qualifiers, r.Statement.Evidence, r.Statement.Source))
            .ToList();
        return TypedResults.Json(list, ApiJson.Options);
    }
}
