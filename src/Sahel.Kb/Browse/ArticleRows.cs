using System.Data.Common;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Browse;

/// <summary>The article's own columns, as the article page reads them.</summary>
public sealed record OwnArticleRow(int Id, string Slug, string Title, ArticleKind Kind, string KindEvidence, string Summary, string PlainSummary, bool MissingFromSeeds, DateTime UpdatedAt, DateTime CreatedAt);

/// <summary>An article listed on a seed page, at its position (0: the page's subject).</summary>
public sealed record PageMember(int ArticleId, string Page, int Position);

/// <summary>A mention in this article's summary of another article, as written.</summary>
public sealed record MentionOut(int TargetArticleId, string Text);

/// <summary>A mention of this article in another's summary, with its sentence.</summary>
public sealed record MentionIn(int SourceArticleId, string Text, string Sentence);

/// <summary>A name this article's summary gives that has no article yet.</summary>
public sealed record WantedOut(string Name, string Key);

/// <summary>A statement of this article (<see cref="OtherArticleId"/> its object) or about it (its subject).</summary>
public sealed record StatementRow(string Property, int? OtherArticleId, string ObjectName, string Qualifiers, string Evidence, string Source);

/// <summary>What the article page knows of its own article before it looks at other articles, and the version it read it at.</summary>
public sealed record ArticleRows(
    ContentVersion Version,
    OwnArticleRow Article,
    List<string> Aliases,
    List<ArticleDate> Dates,
    List<PageMember> PageMembers,
    List<int> ListedWith,
    List<MentionOut> Mentions,
    List<MentionIn> MentionedBy,
    List<WantedOut> Wanted,
    List<StatementRow> StatementsOut,
    List<StatementRow> StatementsIn)
{
    /// <summary>At most this many articles on the same seed pages are read.</summary>
    public const int SamePageLimit = 1000;

    private const string Id = """(SELECT "Id" FROM "Articles" WHERE "Slug" = {0})""";

    /// <summary>
    /// The page's queries, in one round trip: the version first, so what follows is at least as
    /// new as it says. Every one finds its rows through an index (QueryPlanTests).
    /// </summary>
    private static readonly string Sql = $$"""
        {{ContentVersion.Sql}}
        SELECT "Id", "Slug", "Title", "Kind", "KindEvidence", "Summary", "PlainSummary", "MissingFromSeeds", "UpdatedAt", "CreatedAt"
        FROM "Articles" WHERE "Slug" = {0};
        SELECT "Name" FROM "Aliases" WHERE "ArticleId" = {{Id}};
        SELECT "Label", "Value", "Precision", "Words", "Qualifier", "Event", "Pages" FROM "Dates" WHERE "ArticleId" = {{Id}};
        SELECT "s"."ArticleId", "s"."Page", "s"."Position" FROM "Sources" AS "s"
        WHERE "s"."Page" IN (SELECT "o"."Page" FROM "Sources" AS "o" WHERE "o"."ArticleId" = {{Id}})
        ORDER BY "s"."ArticleId" <> {{Id}}, "s"."ArticleId" LIMIT {{SamePageLimit}};
        SELECT "RelatedArticleId" FROM "RelatedItems" WHERE "ArticleId" = {{Id}}
        UNION SELECT "ArticleId" FROM "RelatedItems" WHERE "RelatedArticleId" = {{Id}};
        SELECT "TargetArticleId", "Text" FROM "Mentions" WHERE "SourceArticleId" = {{Id}};
        SELECT "SourceArticleId", "Text", "Sentence" FROM "Mentions" WHERE "TargetArticleId" = {{Id}}
        ORDER BY "SourceArticleId", "Position";
        SELECT "Name", "Key" FROM "WantedNames" WHERE "ArticleId" = {{Id}};
        SELECT "Property", "ObjectArticleId", "ObjectName", "Qualifiers", "Evidence", "Source" FROM "Statements" WHERE "SubjectArticleId" = {{Id}} AND NOT "Removed";
        SELECT "Property", "SubjectArticleId", '', "Qualifiers", "Evidence", "Source" FROM "Statements" WHERE "ObjectArticleId" = {{Id}} AND NOT "Removed";
        """;

    /// <summary>The rows of the article at <paramref name="slug"/>, or null when there is none.</summary>
    public static async Task<ArticleRows?> ReadAsync(KbDbContext db, string slug, CancellationToken cancellationToken)
    {
        await using var result = await db.ReadAsync(Sql, [slug], cancellationToken);
        var reader = result.DbDataReader;
        var version = (await reader.RowsAsync(ContentVersion.FromRow, cancellationToken)).Single();
        var article = (await reader.RowsAsync(
            r => new OwnArticleRow(
                r.GetInt32(0), r.GetString(1), r.GetString(2), ArticleKinds.Parse(r.GetString(3)), r.GetString(4), r.GetString(5),
                r.GetString(6), r.GetBoolean(7), r.GetDateTime(8), r.GetDateTime(9)),
            cancellationToken)).SingleOrDefault();
        if (article is null)
        {
            return null;
        }

        return new ArticleRows(
            version,
            article,
            await reader.RowsAsync(r => r.GetString(0), cancellationToken),
            await reader.RowsAsync(
                r => new ArticleDate
                {
                    ArticleId = article.Id,
                    Label = Enum.Parse<DateLabel>(r.GetString(0), ignoreCase: true),
                    Value = r.GetString(1),
                    Precision = Enum.Parse<DatePrecision>(r.GetString(2), ignoreCase: true),
                    Words = r.GetString(3),
                    Qualifier = r.IsDBNull(4) ? null : r.GetString(4),
                    Event = r.IsDBNull(5) ? null : r.GetString(5),
                    Pages = r.GetString(6),
                },
                cancellationToken),
            await reader.RowsAsync(r => new PageMember(r.GetInt32(0), r.GetString(1), r.GetInt32(2)), cancellationToken),
            await reader.RowsAsync(r => r.GetInt32(0), cancellationToken),
            await reader.RowsAsync(r => new MentionOut(r.GetInt32(0), r.GetString(1)), cancellationToken),
            await reader.RowsAsync(r => new MentionIn(r.GetInt32(0), r.GetString(1), r.GetString(2)), cancellationToken),
            await reader.RowsAsync(r => new WantedOut(r.GetString(0), r.GetString(1)), cancellationToken),
            await reader.RowsAsync(StatementOf, cancellationToken),
            await reader.RowsAsync(StatementOf, cancellationToken));
    }

    private static StatementRow StatementOf(DbDataReader r) =>
        new(r.GetString(0), r.IsDBNull(1) ? null : r.GetInt32(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5));
}
