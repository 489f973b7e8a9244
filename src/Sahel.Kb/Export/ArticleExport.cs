using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Export;

/// <summary>
/// A date as exported, with the seed pages that give it: <see cref="Qualifier"/> ("early",
/// "mid", "late") and, for an event's step, <see cref="Event"/> (what happened) only where the
/// text gives them.
/// </summary>
public sealed record ExportedDate(
    string Label,
    string Value,
    string Precision,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Qualifier,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Event,
    IReadOnlyList<string> Sources);

/// <summary>One article as the <c>export</c> verb and <c>GET /api/articles/{slug}</c> show it. Every list is sorted.</summary>
public sealed record ExportedArticle(
    string Slug,
    string Title,
    string Kind,
    IReadOnlyList<string> Aliases,
    string Summary,
    IReadOnlyList<ExportedDate> Dates,
    IReadOnlyList<string> Related,
    IReadOnlyList<string> Mentions,
    IReadOnlyList<string> MentionedBy,
    IReadOnlyList<string> Sources,
    IReadOnlyList<ExportedStatement> Statements);

/// <summary>
/// A statement as exported: its property's Wikidata id and label, the object's slug (null for a
/// name without an article) and its name as written, qualifiers, the sentence that states it and
/// the seed page it came from.
/// </summary>
public sealed record ExportedStatement(
    string Property,
    string Label,
    string? Object,
    string Name,
    IReadOnlyDictionary<string, string> Qualifiers,
    string Evidence,
    string Source)
{
    /// <summary>The export's order: by property, then by the object's slug or name.</summary>
    public static readonly IComparer<ExportedStatement> Order = Comparer<ExportedStatement>.Create((a, b) =>
        string.CompareOrdinal(a.Property, b.Property) is var byProperty && byProperty != 0 ? byProperty
        : string.CompareOrdinal(a.Object ?? a.Name, b.Object ?? b.Name) is var byObject && byObject != 0 ? byObject
        : string.CompareOrdinal(a.Evidence, b.Evidence));

    public static ExportedStatement From(Statement statement, string? objectSlug)
    {
        var property = StatementProperties.Find(statement.Property);
        return new ExportedStatement(
            statement.Property, property?.Label ?? statement.Property, objectSlug, statement.ObjectName, Statement.QualifiersOf(statement.Qualifiers), statement.Evidence, statement.Source);
    }
}

public sealed record KnowledgeBaseExport(IReadOnlyList<ExportedArticle> Articles);

/// <summary>
/// The whole knowledge base, or one article, as plain records: a fixed handful of queries
/// whatever the size, and identical output for identical content.
/// </summary>
public static class ArticleExport
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static async Task<KnowledgeBaseExport> LoadAllAsync(KbDbContext db, CancellationToken cancellationToken = default) =>
        new(await LoadAsync(db, db.Articles, cancellationToken));

    public static async Task<ExportedArticle?> LoadOneAsync(KbDbContext db, string slug, CancellationToken cancellationToken = default) =>
        (await LoadAsync(db, db.Articles.Where(a => a.Slug == slug), cancellationToken)).SingleOrDefault();

    public static async Task WriteAsync(KbDbContext db, Stream output, CancellationToken cancellationToken = default)
    {
        var export = await LoadAllAsync(db, cancellationToken);
        await JsonSerializer.SerializeAsync(output, export, JsonOptions, cancellationToken);
        await output.WriteAsync("\n"u8.ToArray(), cancellationToken);
    }

    private static async Task<List<ExportedArticle>> LoadAsync(KbDbContext db, IQueryable<Article> selection, CancellationToken cancellationToken)
    {
        var articles = await selection.AsNoTracking()
            .Select(a => new { a.Id, a.Slug, a.Title, a.Kind, a.Summary })
            .ToListAsync(cancellationToken);
        var ids = articles.Select(a => a.Id).ToList();
        var aliases = (await db.Aliases.AsNoTracking().Where(a => ids.Contains(a.ArticleId)).Select(a => new { a.ArticleId, a.Name }).ToListAsync(cancellationToken))
            .ToLookup(a => a.ArticleId, a => a.Name);
        var dates = (await db.Dates.AsNoTracking().Where(d => ids.Contains(d.ArticleId)).ToListAsync(cancellationToken))
            .ToLookup(d => d.ArticleId);
        var sources = (await db.Snippets.AsNoTracking().Where(s => ids.Contains(s.ArticleId)).Select(s => new { s.ArticleId, s.Page }).ToListAsync(cancellationToken))
            .ToLookup(s => s.ArticleId, s => s.Page);
        var related = (await db.RelatedItems.AsNoTracking()
                .Where(r => ids.Contains(r.ArticleId) || ids.Contains(r.RelatedArticleId))
                .Select(r => new { r.ArticleId, r.RelatedArticleId })
                .ToListAsync(cancellationToken))
            .SelectMany(r => new[] { (Id: r.ArticleId, Other: r.RelatedArticleId), (Id: r.RelatedArticleId, Other: r.ArticleId) })
            .ToLookup(r => r.Id, r => r.Other);
        var mentions = await db.Mentions.AsNoTracking()
            .Where(m => ids.Contains(m.SourceArticleId) || ids.Contains(m.TargetArticleId))
            .Select(m => new { m.SourceArticleId, m.TargetArticleId })
            .Distinct()
            .ToListAsync(cancellationToken);
        var mentionsOf = mentions.ToLookup(m => m.SourceArticleId, m => m.TargetArticleId);
        var statements = (await db.Statements.AsNoTracking().Where(s => ids.Contains(s.SubjectArticleId) && !s.Removed).ToListAsync(cancellationToken))
            .ToLookup(s => s.SubjectArticleId);
        var slugs = articles.ToDictionary(a => a.Id, a => a.Slug);
        var others = related.SelectMany(r => r).Concat(mentions.SelectMany(m => new[] { m.SourceArticleId, m.TargetArticleId }))
            .Concat(statements.SelectMany(g => g).Select(s => s.ObjectArticleId).OfType<int>())
            .Where(id => !slugs.ContainsKey(id)).Distinct().ToList();
        if (others.Count > 0)
        {
            // One article (the API): look up only the slugs it links to, not every article's.
            foreach (var other in await db.Articles.AsNoTracking().Where(a => others.Contains(a.Id)).Select(a => new { a.Id, a.Slug }).ToListAsync(cancellationToken))
            {
                slugs[other.Id] = other.Slug;
            }
        }
        var mentionedBy = mentions.ToLookup(m => m.TargetArticleId, m => m.SourceArticleId);

        List<string> SlugsOf(IEnumerable<int> articleIds) => articleIds.Select(id => slugs[id]).Distinct().Order(StringComparer.Ordinal).ToList();

        return articles
            .OrderBy(a => a.Slug, StringComparer.Ordinal)
            .Select(a => new ExportedArticle(
                a.Slug,
                a.Title,
                a.Kind.Name(),
                aliases[a.Id].Order(StringComparer.Ordinal).ToList(),
                a.Summary,
                dates[a.Id]
                    .OrderBy(d => d.Value, StringComparer.Ordinal).ThenBy(d => d.Label).ThenBy(d => d.Event, StringComparer.Ordinal)
                    .Select(d => new ExportedDate(d.Label.ToString().ToLowerInvariant(), d.Value, d.Precision.ToString().ToLowerInvariant(), d.Qualifier, d.Event, d.Pages.Split('\n', StringSplitOptions.RemoveEmptyEntries)))
                    .ToList(),
                SlugsOf(related[a.Id]),
                SlugsOf(mentionsOf[a.Id]),
                SlugsOf(mentionedBy[a.Id]),
                sources[a.Id].Order(StringComparer.Ordinal).ToList(),
                statements[a.Id].Select(s => ExportedStatement.From(s, s.ObjectArticleId is { } id ? slugs[id] : null)).Order(ExportedStatement.Order).ToList()))
            .ToList();
    }
}
