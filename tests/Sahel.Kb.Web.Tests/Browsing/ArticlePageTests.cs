using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests.Browsing;

public sealed class ArticlePageTests(KbAppFactory factory) : IClassFixture<KbAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<Dictionary<string, string>> FactsAsync(string slug)
    {
        var page = await _client.GetDocumentAsync($"/articles/{slug}");
        return page.QuerySelectorAll(".infobox dt").ToDictionary(dt => dt.Text(), dt => dt.NextElementSibling.Text());
    }

    [Fact]
    public async Task The_infobox_shows_the_kind_and_the_aliases_and_the_sources_stand_at_the_foot()
    {
        var page = await _client.GetDocumentAsync("/articles/jamaat-nasr-al-islam-wal-muslimin");
        var facts = page.QuerySelectorAll(".infobox dt").ToDictionary(dt => dt.Text(), dt => dt.NextElementSibling!.Text());

        // The classifier's reasoning and the seed file's name are not facts a reader needs.
        Assert.Equal("Group", facts["Kind"].Trim());
        Assert.Contains("JNIM", facts["Also known as"], StringComparison.Ordinal);
        Assert.Contains("GSIM", facts["Also known as"], StringComparison.Ordinal);
        Assert.DoesNotContain(".txt", page.QuerySelector(".infobox")!.TextContent, StringComparison.Ordinal);
        // The seed page is Kidal offensive's Related Items: it lists the offensive first.
        var source = page.QuerySelector("section[aria-labelledby=sources] li")!;
        Assert.StartsWith("Related Items of Kidal offensive", source.Text(), StringComparison.Ordinal);
        Assert.Equal("/articles/kidal-offensive", source.QuerySelector("a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("battle-of-kidal-2023", "Date", "10–14 November 2023")]
    [InlineData("2021-malian-coup-detat", "Date", "24 May 2021")]
    [InlineData("iyad-ag-ghaly", "Born", "1954")]
    [InlineData("fahad-ag-almahmoud", "Died", "1 December 2024")]
    [InlineData("kidal-region", "Founded", "1991")]
    // The offensive's steps, from "captured the town of Tessalit and its MINUSMA base in late October" after "by the end of 2023".
    [InlineData("kidal-offensive", "Late October 2023", "captured the town of Tessalit and its MINUSMA base")]
    [InlineData("kidal-offensive", "14 November 2023", "captured the regional capital of Kidal in the Battle of Kidal")]
    public async Task Dates_show_at_their_precision_and_a_start_and_end_as_one_range(string slug, string label, string expected) =>
        Assert.Equal(expected, (await FactsAsync(slug))[label]);

    [Fact]
    public async Task The_facts_box_lists_statements_with_their_evidence_and_those_about_the_article_the_other_way_round()
    {
        var battle = await _client.GetDocumentAsync("/articles/battle-of-kidal-2023");
        var offensive = await _client.GetDocumentAsync("/articles/kidal-offensive");

        var participants = battle.QuerySelectorAll(".infobox dt").Single(dt => dt.Text() == "Participants").NextElementSibling!;
        Assert.Equal(
            ["Permanent Strategic Framework for Peace, Security, and Development (side 1)", "Malian Armed Forces (side 2)", "Wagner Group (side 2)"],
            participants.QuerySelectorAll("li").Select(li => $"{li.QuerySelector("a").Text()} {li.QuerySelector(".reason").Text()}"));
        Assert.Equal("/wanted/wagner-group", participants.QuerySelectorAll("a.wanted")[^1].GetAttribute("href"));
        Assert.StartsWith("The battle of Kidal took place", participants.QuerySelector("details blockquote").Text(), StringComparison.Ordinal);
        // Stated on the battle, shown on the offensive as its part.
        var parts = offensive.QuerySelectorAll(".infobox dt").Single(dt => dt.Text() == "Parts").NextElementSibling!;
        Assert.Equal("/articles/battle-of-kidal-2023", parts.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Related_items_a_statement_names_come_first_by_relation_with_their_sentence()
    {
        var page = await _client.GetDocumentAsync("/articles/kidal-offensive");

        // "The battle of Kidal took place … during the Kidal offensive": the battle is a part of the offensive.
        var section = page.QuerySelector("section[aria-labelledby=related]")!;
        var relations = section.QuerySelectorAll("h3.relation").Select(h => h.Text()).ToList();
        Assert.Equal("Participants", relations[0]);
        Assert.Contains("Parts", relations);
        var parts = section.QuerySelectorAll("h3.relation").Single(h => h.Text() == "Parts").NextElementSibling!;
        Assert.Equal("/articles/battle-of-kidal-2023", parts.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("during the Kidal offensive", parts.QuerySelector(".reason").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_summary_the_mirror_cut_ends_with_an_ellipsis_and_a_link_to_read_on()
    {
        // The seed's summary of the Kidal offensive stops mid-word: "… and Agu ...".
        var offensive = await _client.GetDocumentAsync("/articles/kidal-offensive");

        Assert.EndsWith("and Agu…", offensive.QuerySelector(".summary p").Text(), StringComparison.Ordinal);
        var more = offensive.QuerySelector(".summary p.continue a")!;
        Assert.Equal("Continue reading on Wikipedia (external site)", more.Text());
        Assert.StartsWith("https://en.wikipedia.org/wiki/", more.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_mention_of_each_article_in_the_summary_links_to_it_and_wanted_names_are_marked()
    {
        var page = await _client.GetDocumentAsync("/articles/kidal-offensive");

        var links = page.QuerySelectorAll(".summary a").Where(a => a.Closest(".infobox") is null).Select(a => (Text: a.Text(), Href: a.GetAttribute("href"), Wanted: a.ClassList.Contains("wanted"))).ToList();
        // "… the rebel coalition Permanent Strategic Framework for Peace, Security, and Development (CSP-PSD) …": the full name
        // comes first and is the link; "CSP-PSD", there and twice later, stays text.
        Assert.Equal(
            [("Permanent Strategic Framework for Peace, Security, and Development", false)],
            links.Where(l => l.Href == "/articles/permanent-strategic-framework-for-peace-security-and-development").Select(l => (l.Text, l.Wanted)));
        Assert.Contains(("Algiers Agreement", "/articles/algiers-accords-2015", false), links);
        Assert.Contains(("Battle of Kidal", "/articles/battle-of-kidal-2023", false), links);
        // "MINUSMA camps in Kidal Region" and "its MINUSMA base": the first mention only is a link.
        Assert.Equal(1, links.Count(l => l.Href == "/articles/minusma"));
        Assert.Contains(("Wagner Group", "/wanted/wagner-group", true), links);
    }

    [Fact]
    public async Task Related_items_are_grouped_by_kind_ranked_and_each_says_why()
    {
        var page = await _client.GetDocumentAsync("/articles/kidal-offensive");

        var section = page.QuerySelector("section[aria-labelledby=related]")!;
        Assert.Equal(["Events", "Regions", "Groups", "People", "Agreements"], section.QuerySelectorAll("h3:not(.relation)").Select(h => h.Text()));
        var events = section.QuerySelectorAll("h3:not(.relation) + ul")[0].QuerySelectorAll("li").Select(li => li.QuerySelector("a").Text()).ToList();
        Assert.Equal(["Battle of Kidal (2023)", "2021 Malian coup d'état"], events);
        var battle = section.QuerySelectorAll("ul.rows:not(.relations) li").First(li => li.QuerySelector("a").Text() == "Battle of Kidal (2023)");
        // Each reason names what it refers to: this article, or the articles both are linked with.
        Assert.Contains("listed with Kidal offensive on a related-items page", battle.QuerySelector(".reason").Text(), StringComparison.Ordinal);
        Assert.Contains("mentions Kidal offensive", battle.QuerySelector(".reason").Text(), StringComparison.Ordinal);
        Assert.Contains("mentioned in Kidal offensive", battle.QuerySelector(".reason").Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(section.QuerySelectorAll(".reason"), reason => reason.Text().Contains("shares", StringComparison.Ordinal));
        Assert.Equal(12, section.QuerySelectorAll("ul.rows:not(.relations) li a").Length);
    }

    [Fact]
    public async Task What_links_here_lists_each_mentioning_article_by_kind_with_the_sentence_that_mentions_it()
    {
        var page = await _client.GetDocumentAsync("/articles/minusma");

        var section = page.QuerySelector("section[aria-labelledby=backlinks]")!;
        var kidalOffensive = section.QuerySelectorAll("ul.rows:not(.relations) li").Single(li => li.QuerySelector("a").Text() == "Kidal offensive");
        Assert.Equal("/articles/kidal-offensive", kidalOffensive.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(kidalOffensive.QuerySelectorAll("blockquote"), q => q.Text().Contains("seize control over MINUSMA camps", StringComparison.Ordinal));
        Assert.All(kidalOffensive.QuerySelectorAll("mark"), mark => Assert.Equal("MINUSMA", mark.Text()));
        Assert.Contains("Events", section.QuerySelectorAll("h3").Select(h => h.Text()));
    }

    [Fact]
    public async Task The_seed_outside_links_are_there_and_marked_external()
    {
        var page = await _client.GetDocumentAsync("/articles/kidal-region");

        var links = page.QuerySelectorAll("section[aria-labelledby=elsewhere] a").ToList();
        Assert.Equal(["https://en.wikipedia.org/wiki/Kidal_Region", "https://www.google.com/search?q=Kidal%20Region", "https://www.baidu.com/s?wd=Kidal%20Region"], links.Select(a => a.GetAttribute("href")));
        Assert.All(links, a => Assert.Contains("external", a.GetAttribute("rel"), StringComparison.Ordinal));
        Assert.All(links, a => Assert.Contains("(external site)", a.Text(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_head_has_the_title_a_description_from_the_summary_and_the_canonical_address()
    {
        var page = await _client.GetDocumentAsync("/articles/kidal-region");

        Assert.Equal("Kidal Region · Sahel KB", page.Title);
        Assert.StartsWith("Kidal Region (Bambara:", page.QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.EndsWith("/articles/kidal-region", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
    }
}
