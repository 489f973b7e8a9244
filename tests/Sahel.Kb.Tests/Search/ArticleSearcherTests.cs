using Sahel.Kb.Data;
using Sahel.Kb.Domain;
using Sahel.Kb.Search;
using Sahel.Kb.Tests.Support;

namespace Sahel.Kb.Tests.Search;

/// <summary>The seed page and a second page on the Wagner Group, imported once for every case.</summary>
public abstract class SearchCorpus(DatabaseProvider provider) : IAsyncLifetime, IDisposable
{
    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The corpus was not made: its tests are skipped.");

    public async Task InitializeAsync()
    {
        // Without a PostgreSQL server the tests on it are skipped; the fixture is still made, so it makes nothing.
        if (provider == DatabaseProvider.Postgres && !TestPostgres.Available)
        {
            return;
        }

        _database = new TestDatabase(provider);
        await _database.ImportAsync(Files.Seed, Files.Fixture("wagner-group.txt"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _database?.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteSearchCorpus() : SearchCorpus(DatabaseProvider.Sqlite);

public sealed class PostgresSearchCorpus() : SearchCorpus(DatabaseProvider.Postgres);

/// <summary>SQLite's FTS5 index with BM25.</summary>
public sealed class ArticleSearcherOnSqliteTests(SqliteSearchCorpus corpus) : ArticleSearcherTests(corpus), IClassFixture<SqliteSearchCorpus>;

/// <summary>PostgreSQL's tsvector index with unaccent: the same answers to the same cases.</summary>
public sealed class ArticleSearcherOnPostgresTests(PostgresSearchCorpus corpus) : ArticleSearcherTests(corpus), IClassFixture<PostgresSearchCorpus>;

public abstract class ArticleSearcherTests(SearchCorpus corpus)
{
    private async Task<SearchResults> SearchAsync(string text, ArticleKind? kind = null)
    {
        await using var db = corpus.Database.CreateContext();
        return await ArticleSearcher.SearchAsync(db, text, kind, skip: 0, take: 20);
    }

    [DatabaseTheory]
    [InlineData("goita", "assimi-goita")]
    [InlineData("GOÏTA", "assimi-goita")]
    [InlineData("menaka", "menaka-region")]
    [InlineData("tinzao", "battle-of-tinzaouaten")]
    [InlineData("wagner", "wagner-group")]
    [InlineData("algiers agreement", "algiers-accords-2015")]
    [InlineData("JNIM", "jamaat-nasr-al-islam-wal-muslimin")]
    [InlineData("ag ghali", "iyad-ag-ghaly")]
    [InlineData("coup d'etat", "2021-malian-coup-detat")]
    public async Task The_article_a_reader_means_comes_first(string text, string expected) =>
        Assert.Equal(expected, (await SearchAsync(text)).Hits[0].Slug);

    [DatabaseFact]
    public async Task A_hyphenated_acronym_is_found_whole()
    {
        var results = await SearchAsync("CSP-DPA");

        Assert.Equal("permanent-strategic-framework-for-peace-security-and-development", results.Hits[0].Slug);
        var psd = await SearchAsync("CSP-PSD");
        Assert.DoesNotContain(psd.Hits, h => h.Slug == "battle-of-tinzaouaten");
        Assert.Contains(results.Hits, h => h.Slug == "battle-of-tinzaouaten");
    }

    [DatabaseFact]
    public async Task A_title_or_alias_match_ranks_above_a_match_in_body_text()
    {
        var results = await SearchAsync("kidal");

        var kinds = results.Hits.Select(h => h.Title.Contains("Kidal", StringComparison.Ordinal)).ToList();
        Assert.Equal(kinds.OrderByDescending(inTitle => inTitle), kinds);
        Assert.Contains(results.Hits, h => !h.Title.Contains("Kidal", StringComparison.Ordinal));
    }

    [DatabaseFact]
    public async Task The_snippet_marks_the_matched_words_and_the_counts_go_by_kind()
    {
        var results = await SearchAsync("wagner");

        var tinzaouaten = results.Hits.Single(h => h.Slug == "battle-of-tinzaouaten");
        Assert.Contains("<mark>Wagner</mark>", tinzaouaten.SnippetHtml, StringComparison.Ordinal);
        Assert.Equal(results.Hits.Count, results.Total);
        Assert.Equal(results.Total, results.ByKind.Values.Sum());

        var events = await SearchAsync("wagner", ArticleKind.Event);
        Assert.All(events.Hits, h => Assert.Equal(ArticleKind.Event, h.Kind));
        Assert.Equal(results.ByKind[ArticleKind.Event], events.Total);
    }

    [DatabaseFact]
    public async Task An_exact_title_or_alias_is_named_as_such()
    {
        Assert.Equal("algiers-accords-2015", (await SearchAsync("Algiers Agreement")).Exact?.Slug);
        Assert.Null((await SearchAsync("algiers")).Exact);
    }

    [DatabaseTheory]
    [InlineData("\"")]
    [InlineData("(kidal")]
    [InlineData("*")]
    [InlineData("AND")]
    [InlineData("kidal OR")]
    [InlineData("-")]
    [InlineData("NEAR(a b)")]
    [InlineData("title:kidal")]
    [InlineData("{title}: x")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("'; DROP TABLE Articles; --")]
    public async Task Any_query_answers_without_an_error(string text)
    {
        var results = await SearchAsync(text);

        // What it found adds up, kind by kind, and is no more than the page shows.
        Assert.Equal(results.Total, results.ByKind.Values.Sum());
        Assert.True(results.Hits.Count <= results.Total, $"{results.Hits.Count} hits of {results.Total}");
        await using var db = corpus.Database.CreateContext();
        Assert.Equal(17, db.Articles.Count());
    }

    [DatabaseFact]
    public async Task A_very_long_query_answers_too() =>
        Assert.Empty((await SearchAsync(string.Concat(Enumerable.Repeat("zq ", 700)))).Hits);

    [DatabaseFact]
    public async Task An_edit_is_searchable_at_once_because_the_index_follows_every_write()
    {
        using var database = new TestDatabase(corpus.Database.Provider);
        await database.ImportAsync(Files.Fixture("wagner-group.txt"));
        await using (var db = database.CreateContext())
        {
            var article = db.Articles.Single(a => a.Slug == "menaka-region");
            article.SetSummary("Ménaka Region borders the Tillabéri Region of Niger.");
            db.Aliases.Add(new Alias { ArticleId = article.Id, Name = "Menaka cercle", Key = "menaka-cercle", Origin = AliasOrigin.Editor });
            await db.SaveChangesAsync();
        }

        await using var reader = database.CreateContext();
        Assert.Equal("menaka-region", (await ArticleSearcher.SearchAsync(reader, "tillaberi", null, 0, 20)).Hits.Single().Slug);
        Assert.Equal("menaka-region", (await ArticleSearcher.SearchAsync(reader, "cercle", null, 0, 20)).Hits.Single().Slug);
        Assert.DoesNotContain((await ArticleSearcher.SearchAsync(reader, "capital", null, 0, 20)).Hits, h => h.Slug == "menaka-region");
    }
}

public class SearchQueryTests
{
    [DatabaseTheory]
    [InlineData("tinzao", "\"tinzao\" *")]
    [InlineData("algiers agreement", "\"algiers\" \"agreement\" *")]
    [InlineData("CSP-DPA", "\"CSP DPA\" *")]
    [InlineData("\"a\" OR (b*", "\"a\" \"OR\" \"b\" *")]
    [InlineData(" - * () ", null)]
    public void Only_words_reach_the_index_each_quoted_and_the_last_a_prefix(string text, string? expected) =>
        Assert.Equal(expected, SearchQuery.ToMatch(text));
}

public class SearchSnippetTests
{
    [DatabaseFact]
    public void The_snippet_marks_whole_words_folded_the_last_as_a_prefix_and_phrases_together()
    {
        var snippet = SearchSnippet.Make(
            "Assimi Goïta met the CSP-DPA and the CSP-PSD near Tinzaouaten; goitas are no match.",
            SearchQuery.Terms("goita CSP-DPA tinzao"));

        var marked = snippet.Split(ArticleSearcher.MarkStart).Skip(1).Select(part => part[..part.IndexOf(ArticleSearcher.MarkEnd, StringComparison.Ordinal)]).ToList();
        Assert.Equal(["Goïta", "CSP", "DPA", "Tinzaouaten"], marked);
    }

    [DatabaseFact]
    public void A_long_summary_is_cut_around_the_first_match()
    {
        var text = string.Join(' ', Enumerable.Range(1, 100).Select(i => i == 60 ? "Kidal" : $"word{i}"));

        var snippet = SearchSnippet.Make(text, SearchQuery.Terms("kidal"));

        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains(ArticleSearcher.MarkStart + "Kidal" + ArticleSearcher.MarkEnd, snippet, StringComparison.Ordinal);
        Assert.True(snippet.Split(' ').Length <= SearchSnippet.Words + 1);
    }
}
