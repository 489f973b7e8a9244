using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;
using Sahel.Kb.Export;
using Sahel.Kb.Import;
using Sahel.Kb.Tests.Support;

namespace Sahel.Kb.Tests.Import;

public abstract class SeedImportTests(DatabaseProvider provider) : IDisposable
{
    private readonly TestDatabase _database = new(provider);

    public void Dispose()
    {
        _database.Dispose();
        GC.SuppressFinalize(this);
    }

    [DatabaseFact]
    public async Task The_seed_imports_into_the_expected_articles()
    {
        var report = await _database.ImportAsync(Files.Seed);

        Assert.Equal((13, 0, 0), (report.Created, report.Updated, report.Unchanged));
        var expected = await File.ReadAllTextAsync(Files.Fixture("expected/kidal-offensive.export.json"));
        Assert.Equal(expected, await _database.ExportJsonAsync());
    }

    [DatabaseFact]
    public async Task Invisible_characters_are_dropped_and_a_look_alike_title_is_imported_with_a_warning()
    {
        await _database.ImportAsync(Files.Seed);
        // A title with a right-to-left override, and "Kidal Region" written with a Cyrillic о.
        var page = Files.Write("spoofed.txt", string.Join('\n',
            "Ansar \u202Eenid\u202C Front", "   HOME", "",
            "Ansar \u202Eenid\u202C Front", "The Ansar \u202Eenid\u202C Front is an armed group founded in 2016 in Kidal Regi\u043En.", "",
            "Kidal Regi\u043En", "Kidal Regi\u043En is a region of Mali.") + "\n");

        var report = await _database.ImportAsync(page);

        var titles = (await _database.ExportAsync()).Articles.Select(a => a.Title).ToList();
        Assert.Contains("Ansar enid Front", titles);
        Assert.DoesNotContain(titles, t => t.Any(c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format));
        Assert.Contains("Kidal Regiоn", titles);
        var warning = Assert.Single(report.Warnings, w => w.Contains("looks like", StringComparison.Ordinal));
        Assert.Contains("\"Kidal Region\" (kidal-region)", warning, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task A_title_another_page_gives_an_article_is_one_of_its_names_and_the_report_names_its_line()
    {
        // testou.txt titles "Battle Of Testou" (line 8) and "Isaac Testé" (line 14) what testa-offensive.txt
        // titles "Battle Of Testou (2022)" and "Yacouba Isaac Testé": the same day, the same year of birth.
        var report = await _database.ImportAsync([.. SameArticlePages()]);

        Assert.Contains("Battle of Testou", (await _database.ArticleAsync("battle-of-testou-2022")).Aliases);
        Assert.Contains("Isaac Testé", (await _database.ArticleAsync("yacouba-isaac-teste")).Aliases);
        Assert.Equal(
            ["testou.txt: line 8: \"Battle Of Testou\" is read as \"Battle of Testou (2022)\" (battle-of-testou-2022)", "testou.txt: line 14: \"Isaac Testé\" is read as \"Yacouba Isaac Testé\" (yacouba-isaac-teste)"],
            report.Warnings.Where(w => w.Contains(" is read as ", StringComparison.Ordinal)).Select(w => w[..w.IndexOf(", which", StringComparison.Ordinal)]));
    }

    [DatabaseFact]
    public async Task An_article_stored_before_keeps_its_address_when_a_later_page_titles_it_otherwise()
    {
        var pages = SameArticlePages();
        await _database.ImportAsync(pages[1]);

        var report = await _database.ImportAsync(pages[0]);

        var slugs = (await _database.ExportAsync()).Articles.Select(a => a.Slug).ToList();
        Assert.Contains("battle-of-testou", slugs);
        Assert.DoesNotContain("battle-of-testou-2022", slugs);
        var battle = await _database.ArticleAsync("battle-of-testou");
        Assert.Equal(["testa-offensive.txt", "testou.txt"], battle.Sources);
        // The longer snippet gives the title, as it does among one title's snippets; the address stays.
        Assert.Equal("Battle of Testou (2022)", battle.Title);
        Assert.Contains("Battle of Testou", battle.Aliases);
        Assert.Contains(report.Warnings, w => w.StartsWith("testa-offensive.txt: line 14: \"Battle Of Testou (2022)\" is read as \"Battle of Testou\" (battle-of-testou)", StringComparison.Ordinal));
    }

    [DatabaseFact]
    public async Task Sides_another_page_numbers_otherwise_are_numbered_as_the_summary_numbers_them()
    {
        // The summary (testa-offensive.txt's, the longer): "between the Malian Armed Forces and the Test Front";
        // testou.txt's: "the Test Front attacked an army camp", which alone would make the Test Front side 1.
        await _database.ImportAsync([.. SameArticlePages()]);

        var sides = (await _database.ArticleAsync("battle-of-testou-2022")).Statements
            .Where(s => s.Label == "participant")
            .Select(s => $"{s.Name} {s.Qualifiers.GetValueOrDefault("side")}");
        Assert.Equal(["Malian Armed Forces 1", "Test Front 2"], sides.Order(StringComparer.Ordinal));
    }

    [DatabaseFact]
    public async Task A_name_spelt_the_british_or_the_american_way_or_an_accord_called_an_agreement_is_one_name()
    {
        var first = Files.Write("first.txt", Page("Testa Accords", "The Testa Accords were a peace agreement signed on 15 May 2015 in Testa.",
            "Testa Defence Force", "The Testa Defence Force is a militia founded on 2 March 2017 in Testa."));
        var second = Files.Write("second.txt", Page("Testa Agreement", "The Testa Agreement is a peace agreement signed in Testa on 15 May 2015 by the government and the rebels of the north.",
            "Testa Defense Force", "The Testa Defense Force is an armed group founded on 2 March 2017 in Testa by the herders of the region."));

        await _database.ImportAsync(first, second);

        // The longer snippets, the second page's, give the titles.
        Assert.Equal(["testa-agreement", "testa-defense-force"], (await _database.ExportAsync()).Articles.Select(a => a.Slug));
        Assert.Contains("Testa Accords", (await _database.ArticleAsync("testa-agreement")).Aliases);
        Assert.Contains("Testa Defence Force", (await _database.ArticleAsync("testa-defense-force")).Aliases);
    }

    /// <summary>A page in the mirror's text form: its first item its subject.</summary>
    private static string Page(params string[] titlesAndSummaries) =>
        string.Join('\n', titlesAndSummaries.Take(1).Append("   HOME").Append("")
            .Concat(titlesAndSummaries.Chunk(2).SelectMany(item => (string[])[item[0], item[1], "[...More Info...]", ""]))) + "\n";

    /// <summary>The spec's two pages that title one battle and one officer each their own way.</summary>
    private static string[] SameArticlePages() => [SameArticlePage("testa-offensive.txt"), SameArticlePage("testou.txt")];

    private static string SameArticlePage(string name) => Path.Combine(Files.RepositoryRoot, "tests", "Sahel.Kb.Tests", "Specs", "one-article-two-titles", name);

    [DatabaseFact]
    public async Task Related_items_hang_on_the_subject_the_pages_title_names_not_on_its_first_item()
    {
        // subject-not-first.html: <title> MINUSMA; its items are Kidal Region, MINUSMA, Tessalit.
        await _database.ImportAsync(Files.Fixture("subject-not-first.html"));

        Assert.Equal(["kidal-region", "tessalit"], (await _database.ArticleAsync("minusma")).Related);
        Assert.Equal(["minusma"], (await _database.ArticleAsync("kidal-region")).Related);
        Assert.Equal(["minusma"], (await _database.ArticleAsync("tessalit")).Related);
        // "established on 25 April 2013 by United Nations Security Council Resolution 2100": 2100 is the resolution's number.
        Assert.Equal(["founded 2013-04-25"], (await _database.ArticleAsync("minusma")).Dates.Select(d => $"{d.Label} {d.Value}"));
    }

    [DatabaseFact]
    public async Task A_shorter_snippet_on_another_page_takes_nothing_from_the_article()
    {
        await _database.ImportAsync(Files.Seed);
        var before = await _database.ArticleAsync("minusma");

        // minusma-short.txt says only "MINUSMA was a United Nations operation in Mali that ended in 2023."
        var report = await _database.ImportAsync(Files.Fixture("minusma-short.txt"));

        var after = await _database.ArticleAsync("minusma");
        Assert.Equal((before.Kind, before.Summary), (after.Kind, after.Summary));
        Assert.Equal(before.Aliases, after.Aliases);
        Assert.Equal(["founded 2013-04-25", "dissolved 2023-06-30"], after.Dates.Select(d => $"{d.Label} {d.Value}"));
        Assert.Equal(["000_93b557a858d81a10.txt", "minusma-short.txt"], after.Sources);
        Assert.Equal(0, report.Created);
    }

    [DatabaseFact]
    public async Task An_alias_a_shorter_snippet_states_is_kept_beside_the_longer_snippets_summary()
    {
        await _database.ImportAsync(Files.Seed);

        // minusma-alias.txt: "MINUSMA, also known as the Blue Helmets of Mali, was a United Nations operation in Mali."
        await _database.ImportAsync(Files.Fixture("minusma-alias.txt"));

        var minusma = await _database.ArticleAsync("minusma");
        Assert.StartsWith("The United Nations Multidimensional Integrated Stabilization Mission in Mali", minusma.Summary, StringComparison.Ordinal);
        Assert.Contains("Blue Helmets of Mali", minusma.Aliases);
    }

    [DatabaseFact]
    public async Task A_fact_only_a_shorter_snippet_states_is_the_articles_too_with_that_page_as_its_source()
    {
        await _database.ImportAsync(Files.Seed);

        // coup-short.txt: "The 2021 Malian coup d'état was a coup during the Mali War, the third in ten years."
        await _database.ImportAsync(Files.Fixture("coup-short.txt"));

        var coup = await _database.ArticleAsync("2021-malian-coup-detat");
        Assert.StartsWith("On the night of 24 May 2021", coup.Summary, StringComparison.Ordinal);
        var partOf = Assert.Single(coup.Statements, s => s.Label == "part_of");
        Assert.Equal(("Mali War", "coup-short.txt"), (partOf.Name, partOf.Source));
        Assert.Contains(coup.Statements, s => s.Label == "perpetrator" && s.Source == "000_93b557a858d81a10.txt");
    }

    [DatabaseFact]
    public async Task Two_pages_that_disagree_on_a_date_keep_both_with_their_pages()
    {
        // The seed: "The CMA was founded on 28 October 2014"; conflicting-dates.txt: "It was founded on 9 June 2014 in Algiers."
        await _database.ImportAsync(Files.Seed);
        await _database.ImportAsync(Files.Fixture("conflicting-dates.txt"));

        var founded = (await _database.ArticleAsync("coordination-of-azawad-movements")).Dates.Where(d => d.Label == "founded").ToList();

        Assert.Equal(["2014-06-09 conflicting-dates.txt", "2014-10-28 000_93b557a858d81a10.txt"], founded.Select(d => $"{d.Value} {string.Join(",", d.Sources)}"));
    }

    [DatabaseFact]
    public async Task Pages_imported_one_at_a_time_in_any_order_give_what_importing_them_together_gives()
    {
        string[] pages =
        [
            Files.Seed, Files.Fixture("minusma-short.txt"), Files.Fixture("conflicting-dates.txt"),
            Files.Fixture("wagner-group.txt"), Files.Fixture("subject-not-first.html"), Files.Fixture("kidal-offensive.html"),
        ];
        await _database.ImportAsync(pages);
        var together = await _database.ExportJsonAsync();

        // A few orders, one of them reversed: the merge must not care.
        foreach (var order in new[] { pages.Reverse().ToArray(), [.. pages.OrderBy(p => p.GetHashCode(StringComparison.Ordinal))], [pages[2], pages[0], pages[5], pages[1], pages[4], pages[3]] })
        {
            using var oneByOne = new TestDatabase(_database.Provider);
            foreach (var page in order)
            {
                await oneByOne.ImportAsync(page);
            }

            Assert.Equal(together, await oneByOne.ExportJsonAsync());
        }
    }

    [DatabaseFact]
    public async Task The_seed_gives_each_article_its_kind()
    {
        await _database.ImportAsync(Files.Seed);

        var kinds = (await _database.ExportAsync()).Articles.ToDictionary(a => a.Slug, a => a.Kind);
        var expected = new Dictionary<string, string>
        {
            ["kidal-offensive"] = "event",
            ["battle-of-kidal-2023"] = "event",
            ["2021-malian-coup-detat"] = "event",
            ["kidal-region"] = "region",
            ["jamaat-nasr-al-islam-wal-muslimin"] = "group",
            ["coordination-of-azawad-movements"] = "group",
            ["minusma"] = "group",
            ["permanent-strategic-framework-for-peace-security-and-development"] = "group",
            ["algiers-accords-2015"] = "agreement",
            ["iyad-ag-ghaly"] = "person",
            ["hassan-ag-fagaga"] = "person",
            ["fahad-ag-almahmoud"] = "person",
            ["mohamed-ag-najem"] = "person",
        };
        Assert.Equal(expected.OrderBy(k => k.Key), kinds.OrderBy(k => k.Key));
    }

    [DatabaseFact]
    public async Task The_seed_gives_acronyms_short_titles_and_link_labels_as_aliases()
    {
        await _database.ImportAsync(Files.Seed);

        Assert.Superset(new HashSet<string> { "JNIM", "GSIM" }, (await _database.ArticleAsync("jamaat-nasr-al-islam-wal-muslimin")).Aliases.ToHashSet());
        Assert.Contains("CMA", (await _database.ArticleAsync("coordination-of-azawad-movements")).Aliases);
        Assert.Superset(new HashSet<string> { "CSP-PSD", "CSP-DPA" }, (await _database.ArticleAsync("permanent-strategic-framework-for-peace-security-and-development")).Aliases.ToHashSet());
        Assert.Superset(new HashSet<string> { "Algiers Accords", "Algiers Agreement" }, (await _database.ArticleAsync("algiers-accords-2015")).Aliases.ToHashSet());
        Assert.Contains("United Nations Multidimensional Integrated Stabilization Mission in Mali", (await _database.ArticleAsync("minusma")).Aliases);
    }

    [DatabaseFact]
    public async Task Titles_take_the_casing_the_summary_confirms()
    {
        await _database.ImportAsync(Files.Seed);

        Assert.Equal("Battle of Kidal (2023)", (await _database.ArticleAsync("battle-of-kidal-2023")).Title);
        Assert.Equal("Kidal offensive", (await _database.ArticleAsync("kidal-offensive")).Title);
        Assert.Equal("2021 Malian coup d'état", (await _database.ArticleAsync("2021-malian-coup-detat")).Title);
        Assert.Equal("Jama'at Nasr Al-Islam Wal Muslimin", (await _database.ArticleAsync("jamaat-nasr-al-islam-wal-muslimin")).Title);
    }

    [DatabaseFact]
    public async Task Mentions_and_related_items_cross_link_the_seed()
    {
        await _database.ImportAsync(Files.Seed);

        var offensive = await _database.ArticleAsync("kidal-offensive");
        Assert.Equal(12, offensive.Related.Count);
        Assert.Equal(["algiers-accords-2015", "battle-of-kidal-2023", "kidal-region", "minusma", "permanent-strategic-framework-for-peace-security-and-development"], offensive.Mentions);
        var battle = await _database.ArticleAsync("battle-of-kidal-2023");
        Assert.Equal(["kidal-offensive"], battle.Related);
        Assert.Contains("kidal-offensive", battle.Mentions);
        Assert.Contains("kidal-offensive", battle.MentionedBy);
        Assert.Contains("iyad-ag-ghaly", (await _database.ArticleAsync("hassan-ag-fagaga")).Mentions);
    }

    [DatabaseFact]
    public async Task Reimporting_the_same_seed_changes_nothing()
    {
        await _database.ImportAsync(Files.Seed);
        var before = await _database.ExportJsonAsync();

        var report = await _database.ImportAsync(Files.Seed);

        Assert.Equal((0, 0, 13, 0), (report.Created, report.Updated, report.Unchanged, report.Relinked));
        Assert.Equal(before, await _database.ExportJsonAsync());
    }

    private static ExportedArticle WithoutPageNames(ExportedArticle article) => article with
    {
        Sources = [],
        Dates = [.. article.Dates.Select(d => d with { Sources = [] })],
        Statements = [.. article.Statements.Select(s => s with { Source = "" })],
    };

    [DatabaseFact]
    public async Task The_html_form_of_a_page_gives_the_same_articles()
    {
        await _database.ImportAsync(Files.Fixture("kidal-offensive.html"));
        using var textForm = new TestDatabase();
        await textForm.ImportAsync(Files.Seed);

        // The same articles, but for the page's name.
        var fromHtml = (await _database.ExportAsync()).Articles.Select(WithoutPageNames);
        var fromText = (await textForm.ExportAsync()).Articles.Select(WithoutPageNames);
        Assert.Equal(Serialize(fromText), Serialize(fromHtml));
    }

    [DatabaseFact]
    public async Task An_item_on_two_pages_is_one_article_with_both_sources()
    {
        var second = Files.CopyAs(Files.Seed, "001_second_page.txt");

        var report = await _database.ImportAsync(Files.Seed, second);

        Assert.Equal(13, report.Created);
        Assert.Equal(["000_93b557a858d81a10.txt", "001_second_page.txt"], (await _database.ArticleAsync("minusma")).Sources);
    }

    [DatabaseFact]
    public async Task A_changed_snippet_updates_its_article_only()
    {
        await _database.ImportAsync(Files.Seed);
        var changed = Files.CopyAs(Files.Seed, "000_93b557a858d81a10.txt",
            text => text.Replace("the UN's deadliest peacekeeping mission", "the UN's most dangerous peacekeeping mission", StringComparison.Ordinal));

        var report = await _database.ImportAsync(changed);

        Assert.Equal((0, 1, 12), (report.Created, report.Updated, report.Unchanged));
        Assert.Contains("most dangerous", (await _database.ArticleAsync("minusma")).Summary, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task A_failing_file_leaves_the_database_as_it_was()
    {
        await _database.ImportAsync(Files.Seed);
        var before = await _database.ExportJsonAsync();
        var changed = Files.CopyAs(Files.Seed, "000_93b557a858d81a10.txt", text => text.Replace("Kidal", "Qidal", StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<ImportException>(() => _database.ImportAsync(changed, Files.Fixture("not-a-seed.txt")));

        Assert.StartsWith("not-a-seed.txt", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _database.ExportJsonAsync());
        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.ImportRuns.CountAsync());
    }

    [DatabaseFact]
    public async Task A_dry_run_reports_and_writes_nothing()
    {
        var report = await _database.ImportAsync(true, Files.Seed);

        Assert.True(report.DryRun);
        Assert.Equal(13, report.Created);
        Assert.Empty((await _database.ExportAsync()).Articles);
        await using var db = _database.CreateContext();
        Assert.Equal(0, await db.ImportRuns.CountAsync());
    }

    [DatabaseFact]
    public async Task A_later_import_relinks_older_articles_to_its_new_names()
    {
        await _database.ImportAsync(Files.Seed);
        await using (var db = _database.CreateContext())
        {
            Assert.True(await db.WantedNames.AnyAsync(w => w.Name == "Operation Serval"));
        }

        var report = await _database.ImportAsync(Files.Fixture("no-link-lines.txt"));

        Assert.True(report.Relinked > 0);
        Assert.Contains("algiers-accords-2015", (await _database.ArticleAsync("operation-serval")).MentionedBy);
        await using var after = _database.CreateContext();
        Assert.False(await after.WantedNames.AnyAsync(w => w.Name == "Operation Serval"));
    }

    [DatabaseFact]
    public async Task An_import_never_overwrites_a_field_an_editor_owns()
    {
        await _database.ImportAsync(Files.Seed);
        await using (var db = _database.CreateContext())
        {
            var article = await db.Articles.SingleAsync(a => a.Slug == "kidal-offensive");
            article.Title = "Kidal offensive (2023)";
            article.TitleOrigin = FieldOrigin.Editor;
            article.Kind = ArticleKind.Group;
            article.KindOrigin = FieldOrigin.Editor;
            await db.SaveChangesAsync();
        }

        await _database.ImportAsync(Files.Seed);

        var offensive = await _database.ArticleAsync("kidal-offensive");
        Assert.Equal(("Kidal offensive (2023)", "group"), (offensive.Title, offensive.Kind));
    }

    [DatabaseFact]
    public async Task The_export_has_the_documented_shape()
    {
        await _database.ImportAsync(Files.Seed);

        using var json = JsonDocument.Parse(await _database.ExportJsonAsync());

        var article = json.RootElement.GetProperty("articles")[0];
        Assert.Equal(
            ["slug", "title", "kind", "aliases", "summary", "dates", "related", "mentions", "mentionedBy", "sources", "statements"],
            article.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["label", "value", "precision", "sources"], article.GetProperty("dates")[0].EnumerateObject().Select(p => p.Name));
        var slugs = json.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("slug").GetString()).ToList();
        Assert.Equal(slugs.Order(StringComparer.Ordinal), slugs);
    }

    [DatabaseFact]
    public async Task One_article_exports_exactly_as_in_the_whole_export()
    {
        await _database.ImportAsync(Files.Seed);
        var whole = await _database.ArticleAsync("battle-of-kidal-2023");

        await using var db = _database.CreateContext();
        var one = await Sahel.Kb.Export.ArticleExport.LoadOneAsync(db, "battle-of-kidal-2023");

        Assert.NotNull(one);
        Assert.Equal(Serialize(whole), Serialize(one));
        Assert.NotEmpty(one.MentionedBy);
        Assert.Null(await Sahel.Kb.Export.ArticleExport.LoadOneAsync(db, "no-such-article"));
    }

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value);
}

public sealed class SeedImportOnSqliteTests() : SeedImportTests(DatabaseProvider.Sqlite);

/// <summary>The same import on PostgreSQL: the same articles, and the export byte for byte the same.</summary>
public sealed class SeedImportOnPostgresTests() : SeedImportTests(DatabaseProvider.Postgres);
