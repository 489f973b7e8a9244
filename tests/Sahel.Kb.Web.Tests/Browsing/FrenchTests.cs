using System.Net;
using System.Text.RegularExpressions;
using Sahel.Kb.Domain;
using Sahel.Kb.Tests.Support;
using Sahel.Kb.Web.Localization;
using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests.Browsing;

/// <summary>The interface in French for a reader whose browser asks for it, or who chooses it; the articles as imported.</summary>
public sealed partial class FrenchTests(KbAppFactory factory) : IClassFixture<KbAppFactory>
{
    private HttpClient French()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9,en;q=0.5");
        return client;
    }

    [Fact]
    public async Task A_browser_that_asks_for_french_gets_the_interface_in_french_and_the_article_as_imported()
    {
        using var client = French();
        var page = await client.GetDocumentAsync("/articles/2021-malian-coup-detat");

        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Événements", page.QuerySelectorAll("header.site nav a").Select(a => a.Text()));
        Assert.Equal("Articles liés", page.QuerySelector("#related")!.Text());
        Assert.Equal("Faits", page.QuerySelector("#facts")!.Text());
        // "On the night of 24 May 2021": the date the French way, the summary in English and marked so.
        var facts = page.QuerySelectorAll(".infobox dt").ToDictionary(dt => dt.Text(), dt => dt.NextElementSibling!.Text().Trim());
        Assert.Equal("24 mai 2021", facts["Date"]);
        Assert.Equal("en", page.QuerySelector(".summary-text")!.GetAttribute("lang"));
        Assert.StartsWith("On the night of 24 May 2021", page.QuerySelector(".summary-text p")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_facts_side_is_written_in_french_too()
    {
        using var client = French();
        var page = await client.GetDocumentAsync("/articles/battle-of-kidal-2023");

        // "between the CSP-PSD and the Malian Armed Forces and allied Wagner Group mercenaries": two sides.
        var participants = page.QuerySelectorAll(".infobox dt").Single(dt => dt.Text() == "Participants").NextElementSibling!;
        Assert.Equal(["(camp 1)", "(camp 2)", "(camp 2)"], participants.QuerySelectorAll("li > .reason").Select(r => r.Text().Trim()));
    }

    [Fact]
    public async Task The_switch_overrides_the_browser_and_is_remembered_and_the_cache_keeps_the_languages_apart()
    {
        using var english = factory.CreateClient();
        Assert.Equal("Related items", (await english.GetDocumentAsync("/articles/minusma")).QuerySelector("#related")!.Text());
        using var french = French();
        Assert.Equal("Articles liés", (await french.GetDocumentAsync("/articles/minusma")).QuerySelector("#related")!.Text());

        using var chooser = factory.CreateClientWithoutRedirects();
        chooser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var link = (await chooser.GetDocumentAsync("/articles/minusma")).QuerySelector("nav.languages a[lang=en]")!.GetAttribute("href")!;
        using var chosen = await chooser.GetAsync(new Uri(link, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("/articles/minusma", chosen.Headers.Location?.OriginalString);
        var cookie = chosen.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/articles/minusma");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        request.Headers.AcceptLanguage.ParseAdd("fr");
        using var remembered = await chooser.SendAsync(request);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await remembered.Content.ReadAsStringAsync());
        Assert.Equal("Related items", page.QuerySelector("#related")!.Text());
    }

    [Theory]
    [InlineData("/", "h2#kinds", "Parcourir")]
    [InlineData("/search?q=kidl", "p.did-you-mean", "Vouliez-vous dire kidal\u202F?")]
    [InlineData("/timeline", "h1", "Chronologie")]
    [InlineData("/articles/no-such-article", "h1", "Page introuvable")]
    public async Task Reader_pages_speak_french(string path, string selector, string text)
    {
        using var client = French();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(text, page.QuerySelector(selector)!.Text());
    }

    [Fact]
    public async Task French_pages_are_valid_html5()
    {
        using var client = French();
        var pages = new List<(string, string)>();
        foreach (var path in (string[])["/", "/articles/kidal-offensive", "/kinds/event", "/search?q=kidl", "/timeline", "/wanted"])
        {
            pages.Add((path, await client.GetStringAsync(new Uri(path, UriKind.Relative))));
        }

        Assert.Empty(await NuHtmlChecker.ErrorsAsync(pages));
    }

    [Fact]
    public async Task A_switch_back_to_a_page_elsewhere_goes_home()
    {
        using var client = factory.CreateClientWithoutRedirects();
        using var response = await client.GetAsync(new Uri("/language/fr?returnUrl=https%3A%2F%2Fevil.example%2F", UriKind.Relative));

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public void Every_phrase_the_pages_ask_for_and_every_fact_and_kind_name_has_its_french()
    {
        var pages = Path.Combine(Files.RepositoryRoot, "src", "Sahel.Kb.Web", "Pages");
        var asked = Directory.GetFiles(pages, "*.cshtml", SearchOption.AllDirectories).Concat(Directory.GetFiles(pages, "*.cs", SearchOption.AllDirectories))
            .SelectMany(file => Phrase().Matches(File.ReadAllText(file)).Select(m => m.Groups["phrase"].Value))
            .Concat(StatementProperties.All.SelectMany(p => new[] { p.Name, p.InverseName }))
            .Concat(ArticleKinds.All.SelectMany(k => new[] { k.Label(), k.PluralLabel(), new Pages.Wanted.WantedEntry("", "", [], k, []).KindGuess! }))
            .Concat(Sahel.Kb.Browse.GraphRelations.All.Select(Sahel.Kb.Browse.GraphRelations.Name))
            .Distinct()
            .ToList();

        Assert.True(asked.Count > 60, $"only {asked.Count} phrases found");
        var untranslated = asked.Where(phrase => !Ui.French.ContainsKey(phrase)).ToList();
        Assert.True(untranslated.Count == 0, $"no French for: {string.Join(" | ", untranslated)}");
    }

    /// <summary>A phrase asked of the localizer: <c>T["…"]</c> in a page, <c>text["…"]</c> in its code.</summary>
    [GeneratedRegex(@"\b(?:T|text)\[""(?<phrase>(?:[^""\\]|\\.)+)""")]
    private static partial Regex Phrase();
}
