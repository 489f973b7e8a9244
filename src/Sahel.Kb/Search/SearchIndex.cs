using System.Text;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;

namespace Sahel.Kb.Search;

/// <summary>
/// The full-text index of titles, aliases and summaries, on either engine: SQLite's FTS5 table
/// (BM25) or PostgreSQL's <c>tsvector</c> columns with GIN indexes (<c>ts_rank</c>). Both read
/// words without accents and in any case, weigh a title over an alias over the text, and take
/// the last word typed as a prefix. Every method takes the query's <see cref="SearchQuery.Terms"/>
/// (at least one), so nothing a reader types is ever query syntax.
/// </summary>
internal static class SearchIndex
{
    private const string NameColumns = "{title names} : ";

    /// <summary>The article ids matching every term (in titles and aliases only, when <paramref name="namesOnly"/>), best first.</summary>
    public static Task<List<int>> RankAsync(KbDbContext db, List<List<string>> terms, bool namesOnly, string? kindName, int take, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            var query = ToTsQuery(terms);
            return (namesOnly
                    ? db.Database.SqlQuery<int>($$"""
                        SELECT s."ArticleId" AS "Value" FROM "ArticleSearch" s JOIN "Articles" a ON a."Id" = s."ArticleId"
                        WHERE s."NameVector" @@ to_tsquery('simple', kb_unaccent({{query}})) AND ({{kindName}}::text IS NULL OR a."Kind" = {{kindName}})
                        ORDER BY ts_rank('{0.1, 0.2, 0.6, 1.0}', s."NameVector", to_tsquery('simple', kb_unaccent({{query}}))) DESC, s."ArticleId"
                        LIMIT {{take}}
                        """)
                    : db.Database.SqlQuery<int>($$"""
                        SELECT s."ArticleId" AS "Value" FROM "ArticleSearch" s JOIN "Articles" a ON a."Id" = s."ArticleId"
                        WHERE s."Vector" @@ to_tsquery('simple', kb_unaccent({{query}})) AND ({{kindName}}::text IS NULL OR a."Kind" = {{kindName}})
                        ORDER BY ts_rank('{0.1, 0.2, 0.6, 1.0}', s."Vector", to_tsquery('simple', kb_unaccent({{query}}))) DESC, s."ArticleId"
                        LIMIT {{take}}
                        """))
                .ToListAsync(cancellationToken);
        }

        var match = namesOnly ? NameColumns + "(" + SearchQuery.ToMatch(terms) + ")" : SearchQuery.ToMatch(terms)!;
        return (kindName is null
                ? db.Database.SqlQuery<int>($"""
                    SELECT rowid AS Value FROM ArticleSearch
                    WHERE ArticleSearch MATCH {match}
                    ORDER BY bm25(ArticleSearch, 10.0, 6.0, 1.0), rowid
                    LIMIT {take}
                    """)
                : db.Database.SqlQuery<int>($"""
                    SELECT s.rowid AS Value
                    FROM ArticleSearch s JOIN Articles a ON a.Id = s.rowid
                    WHERE ArticleSearch MATCH {match} AND a.Kind = {kindName}
                    ORDER BY bm25(ArticleSearch, 10.0, 6.0, 1.0), s.rowid
                    LIMIT {take}
                    """))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Articles whose title or an alias matches, best first, then the shorter title: the suggestions of a search box.</summary>
    public static Task<List<int>> SuggestAsync(KbDbContext db, List<List<string>> terms, int take, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            var query = ToTsQuery(terms);
            return db.Database.SqlQuery<int>($$"""
                    SELECT s."ArticleId" AS "Value" FROM "ArticleSearch" s JOIN "Articles" a ON a."Id" = s."ArticleId"
                    WHERE s."NameVector" @@ to_tsquery('simple', kb_unaccent({{query}}))
                    ORDER BY ts_rank('{0.1, 0.2, 0.6, 1.0}', s."NameVector", to_tsquery('simple', kb_unaccent({{query}}))) DESC, length(a."Title"), a."Slug"
                    LIMIT {{take}}
                    """)
                .ToListAsync(cancellationToken);
        }

        var match = NameColumns + "(" + SearchQuery.ToMatch(terms) + ")";
        return db.Database.SqlQuery<int>($"""
                SELECT a.Id AS Value
                FROM ArticleSearch s JOIN Articles a ON a.Id = s.rowid
                WHERE ArticleSearch MATCH {match}
                ORDER BY bm25(ArticleSearch, 10.0, 6.0, 1.0), length(a.Title), a.Slug
                LIMIT {take}
                """)
            .ToListAsync(cancellationToken);
    }

    /// <summary>How many articles match every term, by kind name.</summary>
    public static Task<List<KindCount>> CountByKindAsync(KbDbContext db, List<List<string>> terms, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            var query = ToTsQuery(terms);
            return db.Database.SqlQuery<KindCount>($$"""
                    SELECT a."Kind" AS "Kind", count(*)::int AS "Count"
                    FROM "ArticleSearch" s JOIN "Articles" a ON a."Id" = s."ArticleId"
                    WHERE s."Vector" @@ to_tsquery('simple', kb_unaccent({{query}}))
                    GROUP BY a."Kind"
                    """)
                .ToListAsync(cancellationToken);
        }

        var match = SearchQuery.ToMatch(terms)!;
        return db.Database.SqlQuery<KindCount>($"""
                SELECT a.Kind AS Kind, count(*) AS Count
                FROM ArticleSearch s JOIN Articles a ON a.Id = s.rowid
                WHERE ArticleSearch MATCH {match}
                GROUP BY a.Kind
                """)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Articles whose title or an alias has a word starting with one of <paramref name="starts"/>, best first.</summary>
    public static Task<List<int>> NameStartsAsync(KbDbContext db, IReadOnlyList<string> starts, int take, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            var query = string.Join(" | ", starts.Select(s => Quote(s) + ":*"));
            return db.Database.SqlQuery<int>($$"""
                    SELECT "ArticleId" AS "Value" FROM "ArticleSearch"
                    WHERE "NameVector" @@ to_tsquery('simple', kb_unaccent({{query}}))
                    ORDER BY ts_rank('{0.1, 0.2, 0.6, 1.0}', "NameVector", to_tsquery('simple', kb_unaccent({{query}}))) DESC, "ArticleId"
                    LIMIT {{take}}
                    """)
                .ToListAsync(cancellationToken);
        }

        var match = NameColumns + "(" + string.Join(" OR ", starts.Select(s => $"\"{s}\" *")) + ")";
        return db.Database.SqlQuery<int>($"""
                SELECT rowid AS Value FROM ArticleSearch
                WHERE ArticleSearch MATCH {match}
                ORDER BY bm25(ArticleSearch, 10.0, 6.0, 1.0), rowid
                LIMIT {take}
                """)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The terms as a <c>tsquery</c>: the words of a term follow each other (<c>&lt;-&gt;</c>),
    /// every term must match (<c>&amp;</c>), the last word also as a prefix (<c>:*</c>).
    /// </summary>
    internal static string ToTsQuery(List<List<string>> terms)
    {
        var query = new StringBuilder();
        for (var i = 0; i < terms.Count; i++)
        {
            if (i > 0)
            {
                query.Append(" & ");
            }

            query.Append('(').AppendJoin(" <-> ", terms[i].Select(Quote)).Append(i == terms.Count - 1 ? ":*)" : ")");
        }

        return query.ToString();
    }

    /// <summary>A word as a <c>tsquery</c> lexeme: lower case, quoted (words hold letters, digits and marks only).</summary>
    private static string Quote(string word) => "'" + word.ToLowerInvariant() + "'";

    internal sealed record KindCount(string Kind, int Count);
}
