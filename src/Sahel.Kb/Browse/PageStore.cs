using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;

namespace Sahel.Kb.Browse;

/// <summary>A prepared page as a reader gets it: the version it was made from and its gzip-compressed HTML.</summary>
public sealed record StoredPage(long Version, byte[] Html);

/// <summary>An article whose page is due to be prepared.</summary>
public sealed record DuePage(int ArticleId, string Slug);

/// <summary>
/// Article pages rendered once when the knowledge changes (<see cref="PreparedPage"/>), and what
/// says they are stale. A change marks, in its own transaction, the pages it touches
/// (<see cref="MarkAroundAsync"/>) or all of them (<see cref="MarkAllAsync"/>); a page is
/// written only if the knowledge base is still at the version it was rendered from, so a page
/// older than the knowledge it shows is never stored, and never served.
/// </summary>
public static class PageStore
{
    /// <summary>Whether a prepared page (alias <c>p</c>) is still current: no change it shows came after it.</summary>
    private const string Current = """
        "p"."Version" >= (SELECT "PagesValidFrom" FROM "KnowledgeVersion" WHERE "Id" = 1)
        AND "p"."Version" >= COALESCE((SELECT "c"."Version" FROM "PageChanges" AS "c" WHERE "c"."ArticleId" = "p"."ArticleId"), 0)
        """;

    private const string Number = """(SELECT "Number" FROM "KnowledgeVersion" WHERE "Id" = 1)""";

    /// <summary>The query of <see cref="ReadAsync"/>, its parameters written <c>{0}</c> (slug), <c>{1}</c> (language), <c>{2}</c> (build), <c>{3}</c> (origin).</summary>
    internal const string ReadSql = $$"""
        SELECT "p"."Version", "p"."Html" FROM "PreparedPages" AS "p"
        WHERE "p"."Slug" = {0} AND "p"."Language" = {1} AND "p"."Build" = {2} AND "p"."Origin" = {3} AND {{Current}}
        """;

    /// <summary>The current page at <paramref name="slug"/> in <paramref name="language"/> made by <paramref name="build"/> for <paramref name="origin"/>, or null.</summary>
    public static async Task<StoredPage?> ReadAsync(KbDbContext db, string slug, string language, string build, string origin, CancellationToken cancellationToken)
    {
        await using var result = await db.ReadAsync(ReadSql, [slug, language, build, origin], cancellationToken);
        var rows = await result.DbDataReader.RowsAsync(Row, cancellationToken);
        return rows.FirstOrDefault();
    }

    internal static StoredPage Row(System.Data.Common.DbDataReader reader) => new(reader.GetInt64(0), (byte[])reader.GetValue(1));

    /// <summary>
    /// Stores pages rendered from <see cref="PreparedPage.Version"/>, each only if the knowledge
    /// base is still at that version; returns how many were stored.
    /// </summary>
    public static async Task<int> WriteAsync(KbDbContext db, IReadOnlyList<PreparedPage> pages, CancellationToken cancellationToken)
    {
        var written = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var page in pages)
        {
            // A renamed article's page under its old address goes with the new one.
            await db.Database.ExecuteSqlAsync(
                $"""DELETE FROM "PreparedPages" WHERE "ArticleId" = {page.ArticleId} AND "Language" = {page.Language} AND "Slug" <> {page.Slug}""",
                cancellationToken);
            written += await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO "PreparedPages" ("ArticleId", "Language", "Slug", "Origin", "Build", "Version", "Html")
                SELECT {page.ArticleId}, {page.Language}, {page.Slug}, {page.Origin}, {page.Build}, {page.Version}, {page.Html}
                WHERE (SELECT "Number" FROM "KnowledgeVersion" WHERE "Id" = 1) = {page.Version}
                ON CONFLICT ("ArticleId", "Language") DO UPDATE SET
                    "Slug" = excluded."Slug", "Origin" = excluded."Origin", "Build" = excluded."Build",
                    "Version" = excluded."Version", "Html" = excluded."Html"
                """,
                cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    /// <summary>Articles after <paramref name="afterId"/>, in order, whose page in <paramref name="language"/> is missing, stale, or made by another build or for another origin.</summary>
    public static Task<List<DuePage>> DueAsync(KbDbContext db, string language, string build, string origin, int afterId, int limit, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<DuePage>(
            $$"""
            SELECT "a"."Id" AS "ArticleId", "a"."Slug" AS "Slug" FROM "Articles" AS "a"
            WHERE "a"."Id" > {3} AND NOT EXISTS (
                SELECT 1 FROM "PreparedPages" AS "p"
                WHERE "p"."ArticleId" = "a"."Id" AND "p"."Language" = {0} AND "p"."Slug" = "a"."Slug"
                AND "p"."Build" = {1} AND "p"."Origin" = {2} AND {{Current}})
            ORDER BY "a"."Id"
            LIMIT {4}
            """,
            language,
            build,
            origin,
            afterId,
            limit).ToListAsync(cancellationToken);

    /// <summary>How many articles there are, and how many of their pages in <paramref name="language"/> are current.</summary>
    public static async Task<(int Articles, int Prepared)> CountAsync(KbDbContext db, string language, string build, string origin, CancellationToken cancellationToken)
    {
        var articles = await db.Articles.CountAsync(cancellationToken);
        var prepared = await db.Database.SqlQueryRaw<int>(
            $$"""
            SELECT COUNT(*) AS "Value" FROM "PreparedPages" AS "p"
            WHERE "p"."Language" = {0} AND "p"."Build" = {1} AND "p"."Origin" = {2} AND {{Current}}
            """,
            language,
            build,
            origin).SingleAsync(cancellationToken);
        return (articles, prepared);
    }

    /// <summary>Every prepared page is stale from the current version on: an import or a restore.</summary>
    public static Task MarkAllAsync(KbDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync($"""UPDATE "KnowledgeVersion" SET "PagesValidFrom" = "Number" WHERE "Id" = 1""", cancellationToken);

    /// <summary>The pages of <paramref name="articleIds"/> themselves are stale from the current version on: a fact between them changed.</summary>
    public static Task<int> MarkAsync(KbDbContext db, IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken) =>
        Upsert(db, $"""SELECT "Id" FROM "Articles" WHERE "Id" IN ({string.Join(", ", articleIds)})""", cancellationToken);

    /// <summary>
    /// The page of <paramref name="articleId"/> and every page that shows it are stale from the
    /// current version on: pages it links to or is linked from, whose facts name it, that share a
    /// seed page with it, and — through their related items and graph — the pages of their links.
    /// Run before a change (the pages that showed it) and after (those that will); returns how many.
    /// </summary>
    public static Task<int> MarkAroundAsync(KbDbContext db, int articleId, CancellationToken cancellationToken)
    {
        var id = articleId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Upsert(
            db,
            $"""
            WITH "linked" ("Id") AS (
                SELECT {id}
                UNION SELECT "RelatedArticleId" FROM "RelatedItems" WHERE "ArticleId" = {id}
                UNION SELECT "ArticleId" FROM "RelatedItems" WHERE "RelatedArticleId" = {id}
                UNION SELECT "TargetArticleId" FROM "Mentions" WHERE "SourceArticleId" = {id}
                UNION SELECT "SourceArticleId" FROM "Mentions" WHERE "TargetArticleId" = {id}
            )
            SELECT "Id" FROM "linked"
            UNION SELECT "RelatedArticleId" FROM "RelatedItems" WHERE "ArticleId" IN (SELECT "Id" FROM "linked")
            UNION SELECT "ArticleId" FROM "RelatedItems" WHERE "RelatedArticleId" IN (SELECT "Id" FROM "linked")
            UNION SELECT "TargetArticleId" FROM "Mentions" WHERE "SourceArticleId" IN (SELECT "Id" FROM "linked")
            UNION SELECT "SourceArticleId" FROM "Mentions" WHERE "TargetArticleId" IN (SELECT "Id" FROM "linked")
            UNION SELECT "ObjectArticleId" FROM "Statements" WHERE "SubjectArticleId" = {id} AND "ObjectArticleId" IS NOT NULL
            UNION SELECT "SubjectArticleId" FROM "Statements" WHERE "ObjectArticleId" = {id}
            UNION SELECT "s"."ArticleId" FROM "Sources" AS "s" WHERE "s"."Page" IN (SELECT "Page" FROM "Sources" WHERE "ArticleId" = {id})
            """,
            cancellationToken);
    }

    /// <summary>Marks the articles <paramref name="articleIds"/> (a query of integers only) at the current version; returns how many.</summary>
    private static Task<int> Upsert(KbDbContext db, string articleIds, CancellationToken cancellationToken)
    {
        var sql = $"""
            INSERT INTO "PageChanges" ("ArticleId", "Version")
            SELECT "t"."Id", {Number} FROM ({articleIds}) AS "t" WHERE TRUE
            ON CONFLICT ("ArticleId") DO UPDATE SET "Version" = excluded."Version"
            """;
        return db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }
}
