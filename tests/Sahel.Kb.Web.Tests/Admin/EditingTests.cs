using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sahel.Kb.Data;
using Sahel.Kb.Import;
using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests.Admin;

public sealed class EditingTests : IDisposable
{
    private readonly KbAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static async Task EditAsync(HttpClient client, string slug, Dictionary<string, string> fields)
    {
        using var response = await client.SubmitAsync($"/admin/articles/{slug}/edit", "main form", fields, "Save");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"saving answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal($"/articles/{slug}", response.Headers.Location?.OriginalString);
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> RerunAsync(HttpClient client)
    {
        using var response = await client.SubmitAsync("/admin", "form[action='/admin/import']", []);
        return await client.FollowAsync(response);
    }

    [Fact]
    public async Task An_admin_takes_a_statement_back_and_adds_one_and_readers_see_both_at_once()
    {
        using var client = await _factory.SignInAdminAsync();
        var edit = await client.GetDocumentAsync("/admin/articles/battle-of-kidal-2023/edit");
        var malIWar = edit.QuerySelectorAll("ul.statements li").Single(li => li.QuerySelector(".object").Text() == "Mali War");

        using var takenBack = await client.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)malIWar.QuerySelector("form")!, [], null, "/admin/articles/battle-of-kidal-2023/edit");
        using var added = await client.SubmitAsync("/admin/articles/battle-of-kidal-2023/edit", "form[action*='AddStatement']", new()
        {
            ["property"] = "location",
            ["object"] = "kidal-region",
            ["evidence"] = "The battle was fought for the regional capital of Kidal Region.",
        });

        Assert.Equal(HttpStatusCode.Redirect, takenBack.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        using var reader = _factory.CreateClient();
        var facts = (await reader.GetDocumentAsync("/articles/battle-of-kidal-2023")).QuerySelector(".infobox")!;
        var partOf = facts.QuerySelectorAll("dt").Single(dt => dt.Text() == "Part of").NextElementSibling!;
        Assert.Equal(["/articles/kidal-offensive"], partOf.QuerySelectorAll("li > a").Select(a => a.GetAttribute("href")));
        var location = facts.QuerySelectorAll("dt").Single(dt => dt.Text() == "Location").NextElementSibling!;
        Assert.Equal("/articles/kidal-region", location.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("regional capital of Kidal Region", location.QuerySelector("blockquote").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_started_server_has_read_the_names_the_first_edit_sieves_and_kept_nothing_of_its_rehearsal()
    {
        using var reader = _factory.CreateClient();
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KbDbContext>();
        var version = await KnowledgeVersion.ReadAsync(db);

        var names = _factory.Services.GetRequiredService<RecentEdits>().At(version);

        Assert.Equal(await db.Articles.CountAsync(), names?.Count);
        Assert.Empty(await db.Revisions.ToListAsync());
    }

    [Fact]
    public async Task A_statement_that_cannot_be_is_refused_on_the_edit_page()
    {
        using var client = await _factory.SignInAdminAsync();

        using var refused = await client.SubmitAsync("/admin/articles/battle-of-kidal-2023/edit", "form[action*='AddStatement']", new() { ["property"] = "participant", ["object"] = "Wagner Group", ["side"] = "7" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("A side is 1 or 2.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_preview_renders_the_markdown_without_saving_it()
    {
        using var client = await _factory.SignInAdminAsync();

        using var response = await client.SubmitAsync("/admin/articles/minusma/edit", "main form", new() { ["Summary"] = "**Bold** and <script>alert(1)</script>" }, "Preview");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<strong>Bold</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Bold", (await client.GetDocumentAsync("/articles/minusma")).QuerySelector(".summary").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_shows_at_once_with_its_links_recomputed_and_is_a_revision()
    {
        using var client = await _factory.SignInAdminAsync();

        await EditAsync(client, "kidal-region", new()
        {
            ["Title"] = "Kidal Region",
            ["Summary"] = "Kidal Region is a region of Mali. The Algiers Accords of 2015 gave its armed groups a say.",
            ["Aliases"] = "Kidal\nRégion de Kidal",
            ["Kind"] = "Region",
        });

        var article = await client.GetDocumentAsync("/articles/kidal-region");
        Assert.Equal("/articles/algiers-accords-2015", article.QuerySelector(".summary a[href='/articles/algiers-accords-2015']")?.GetAttribute("href"));
        Assert.Contains("Région de Kidal", article.QuerySelector(".infobox").Text(), StringComparison.Ordinal);
        var algiers = await client.GetDocumentAsync("/articles/algiers-accords-2015");
        Assert.Contains(algiers.QuerySelectorAll("section[aria-labelledby=backlinks] li > a"), a => a.Text() == "Kidal Region");
        using var anonymous = _factory.CreateClientWithoutRedirects();
        using var alias = await anonymous.GetAsync(new Uri("/articles/R%C3%A9gion%20de%20Kidal", UriKind.Relative));
        Assert.Equal("/articles/kidal-region", alias.Headers.Location?.OriginalString);

        var history = await client.GetDocumentAsync("/admin/articles/kidal-region/history");
        Assert.Equal(["Revision 2", "Revision 1"], history.QuerySelectorAll("main section h2").Select(h => h.Text()));
        Assert.Contains($"edited by {Forms.AdminName}", history.QuerySelector("main section p").Text(), StringComparison.Ordinal);
        Assert.NotEmpty(history.QuerySelectorAll("main section ins"));
    }

    [Fact]
    public async Task A_later_import_keeps_the_edit_records_a_conflict_and_the_admin_can_take_the_seeds_version()
    {
        using var client = await _factory.SignInAdminAsync();
        await EditAsync(client, "minusma", new() { ["Summary"] = "MINUSMA was the UN peacekeeping mission in Mali, as our editors describe it." });
        var seed = Directory.GetFiles(_factory.SeedFolder).Single();
        await File.WriteAllTextAsync(seed, (await File.ReadAllTextAsync(seed)).Replace("the UN's deadliest peacekeeping", "the UN's most dangerous peacekeeping", StringComparison.Ordinal));

        var report = await RerunAsync(client);

        Assert.Equal("1", report.QuerySelectorAll("dl.report div").Single(d => d.QuerySelector("dt").Text() == "conflicts").QuerySelector("dd").Text());
        Assert.Contains("as our editors describe it", report.QuerySelector("p.version").Text(), StringComparison.Ordinal);
        Assert.Contains("as our editors describe it", (await client.GetDocumentAsync("/articles/minusma")).QuerySelector(".summary").Text(), StringComparison.Ordinal);

        var conflicts = await client.GetDocumentAsync("/admin/conflicts");
        Assert.Contains("most dangerous", string.Concat(conflicts.QuerySelectorAll("main section ins").Select(i => i.Text())), StringComparison.Ordinal);
        using var take = await client.SubmitAsync("/admin/conflicts", "main section form", [], "Take the seed's version");
        Assert.Equal(HttpStatusCode.Redirect, take.StatusCode);

        var summary = (await client.GetDocumentAsync("/articles/minusma")).QuerySelector(".summary").Text();
        Assert.Contains("most dangerous", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("as our editors describe it", summary, StringComparison.Ordinal);
        Assert.Contains("No open conflicts", (await client.GetDocumentAsync("/admin/conflicts")).QuerySelector("main p").Text(), StringComparison.Ordinal);

        // The summary follows the seeds again: the next seed change simply updates it.
        await File.WriteAllTextAsync(seed, (await File.ReadAllTextAsync(seed)).Replace("most dangerous", "most perilous", StringComparison.Ordinal));
        var next = await RerunAsync(client);
        Assert.Equal("0", next.QuerySelectorAll("dl.report div").Single(d => d.QuerySelector("dt").Text() == "conflicts").QuerySelector("dd").Text());
        Assert.Contains("most perilous", (await client.GetDocumentAsync("/articles/minusma")).QuerySelector(".summary").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keeping_the_edit_settles_the_conflict_and_an_unchanged_seed_raises_none()
    {
        using var client = await _factory.SignInAdminAsync();
        await EditAsync(client, "kidal-offensive", new() { ["Title"] = "Kidal offensive (2023)" });

        var unchanged = await RerunAsync(client);
        Assert.Equal("0", unchanged.QuerySelectorAll("dl.report div").Single(d => d.QuerySelector("dt").Text() == "conflicts").QuerySelector("dd").Text());

        var seed = Directory.GetFiles(_factory.SeedFolder).Single();
        var text = await File.ReadAllTextAsync(seed);
        var at = text.IndexOf("\nKidal Offensive\nThe Kidal", StringComparison.Ordinal);
        // Same slug, new seed title.
        await File.WriteAllTextAsync(seed, text[..at] + "\nKidal-Offensive\nThe Kidal" + text[(at + "\nKidal Offensive\nThe Kidal".Length)..]);
        await RerunAsync(client);
        using var keep = await client.SubmitAsync("/admin/conflicts", "main section form", [], "Keep the edit");

        Assert.Equal(HttpStatusCode.Redirect, keep.StatusCode);
        Assert.Contains("No open conflicts", (await client.GetDocumentAsync("/admin/conflicts")).QuerySelector("main p").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restoring_a_revision_brings_its_fields_back_as_a_new_revision()
    {
        using var client = await _factory.SignInAdminAsync();
        await EditAsync(client, "iyad-ag-ghaly", new() { ["Title"] = "Iyad ag Ghali" });
        await EditAsync(client, "iyad-ag-ghaly", new() { ["Title"] = "Iyad Ag Ghaly (militant)", ["Kind"] = "Group" });

        using var restore = await client.SubmitAsync("/admin/articles/iyad-ag-ghaly/history", "form:has(input[name=number][value='1'])", []);

        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        var article = await client.GetDocumentAsync("/articles/iyad-ag-ghaly");
        Assert.Equal("Iyad Ag Ghaly", article.QuerySelector("h1").Text());
        Assert.Equal("Person", article.QuerySelector(".article > header .kind").Text());
        var history = await client.GetDocumentAsync("/admin/articles/iyad-ag-ghaly/history");
        Assert.Equal("Revision 4", history.QuerySelector("main section h2").Text());
        Assert.Contains("restored revision 1", history.QuerySelector("main section p").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_admin_page_is_valid_html5()
    {
        using var client = await _factory.SignInAdminAsync();
        await EditAsync(client, "minusma", new() { ["Summary"] = "Edited <b>summary</b> of MINUSMA." });
        var seed = Directory.GetFiles(_factory.SeedFolder).Single();
        await File.WriteAllTextAsync(seed, (await File.ReadAllTextAsync(seed)).Replace("the UN's deadliest peacekeeping", "the UN's most dangerous peacekeeping", StringComparison.Ordinal));
        await RerunAsync(client);
        using var dryRun = await client.SubmitAsync("/admin", "form[action='/admin/import']", new() { ["dryRun"] = "true" });

        var pages = new List<(string, string)> { ("dry run", await dryRun.Content.ReadAsStringAsync()) };
        foreach (var path in (string[])["/admin", "/admin/imports", "/admin/imports/2", "/admin/conflicts", "/admin/articles/minusma/edit", "/admin/articles/minusma/history", "/articles/minusma"])
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            pages.Add((path, await response.Content.ReadAsStringAsync()));
        }

        Assert.Contains("would", pages[0].Item2, StringComparison.Ordinal);
        Assert.Empty(await NuHtmlChecker.ErrorsAsync(pages));
    }
}
