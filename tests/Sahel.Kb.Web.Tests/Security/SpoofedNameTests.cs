using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests.Security;

/// <summary>The app with a seed page whose titles hide a bidi override and a Cyrillic letter.</summary>
public sealed class SpoofedNamesAppFactory : KbAppFactory
{
    public SpoofedNamesAppFactory() =>
        File.WriteAllLines(Path.Combine(SeedFolder, "spoofed.txt"),
        [
            "Ansar \u202Eenid\u202C Front", "   HOME", "",
            "Ansar \u202Eenid\u202C Front", "The Ansar \u202Eenid\u202C Front is an armed group founded in 2016 in Kidal Regi\u043En.", "",
            "Kidal Regi\u043En", "Kidal Regi\u043En is a region of Mali.",
        ]);
}

/// <summary>Readers see names as they are; admins are shown the titles a reader cannot tell apart.</summary>
public sealed class SpoofedNameTests(SpoofedNamesAppFactory factory) : IClassFixture<SpoofedNamesAppFactory>
{
    [Fact]
    public async Task A_bidi_override_never_reaches_a_page()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/articles/ansar-enid-front", UriKind.Relative));
        var list = await client.GetStringAsync(new Uri("/articles", UriKind.Relative));

        Assert.Contains("<h1>Ansar enid Front</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', html);
        Assert.DoesNotContain('\u202E', list);
    }

    [Fact]
    public async Task Admins_are_shown_titles_that_look_alike()
    {
        using var admin = await factory.SignInAdminAsync();

        var page = await admin.GetDocumentAsync("/admin");

        var group = Assert.Single(page.QuerySelectorAll(".look-alikes li"));
        Assert.Equal(["/admin/articles/kidal-regi-n/edit", "/admin/articles/kidal-region/edit"], group.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Kidal Regi\u043En", group.TextContent, StringComparison.Ordinal);
    }
}
