using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sahel.Kb.Tests.Support;
using Sahel.Kb.Web.Admin;
using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests.Admin;

public sealed class ImportFromBrowserTests : IDisposable
{
    private readonly KbAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static Dictionary<string, string> ReportOf(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("dl.report div").ToDictionary(d => d.QuerySelector("dt").Text(), d => d.QuerySelector("dd").Text());

    [Fact]
    public async Task Re_running_the_seed_import_from_the_admin_page_shows_the_runs_report()
    {
        using var client = await _factory.SignInAdminAsync();

        var admin = await client.GetDocumentAsync("/admin");
        Assert.Equal("Re-run seed import", admin.QuerySelector("form[action='/admin/import'] button").Text());
        using var response = await client.SubmitAsync("/admin", "form[action='/admin/import']", []);
        var report = await client.FollowAsync(response);

        Assert.StartsWith("Import run", report.QuerySelector("h1").Text(), StringComparison.Ordinal);
        Assert.Equal(
            new Dictionary<string, string> { ["created"] = "0", ["updated"] = "0", ["unchanged"] = "13", ["removed"] = "0", ["conflicts"] = "0", ["warnings"] = "0" },
            ReportOf(report));
        Assert.Contains(Forms.AdminName, report.QuerySelector("main p").Text(), StringComparison.Ordinal);
        var runs = await client.GetDocumentAsync("/admin/imports");
        Assert.Equal(2, runs.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task A_page_gone_from_the_seed_folder_flags_its_articles_as_removed_and_keeps_them()
    {
        using var client = await _factory.SignInAdminAsync();
        var seed = Directory.GetFiles(_factory.SeedFolder).Single();
        var text = await File.ReadAllTextAsync(seed);
        var cut = text.IndexOf("\nMohamed Ag Najem\n", StringComparison.Ordinal);
        await File.WriteAllTextAsync(seed, text[..cut]);

        using var response = await client.SubmitAsync("/admin", "form[action='/admin/import']", []);
        var report = await client.FollowAsync(response);

        Assert.Equal("1", ReportOf(report)["removed"]);
        Assert.Contains(report.QuerySelectorAll("section.change h3"), h => h.Text().StartsWith("Mohamed Ag Najem", StringComparison.Ordinal));
        var article = await client.GetDocumentAsync("/articles/mohamed-ag-najem");
        Assert.Contains("No seed page lists this article any more", article.QuerySelector(".notice").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_is_dry_run_with_a_diff_and_imported_only_when_confirmed()
    {
        using var client = await _factory.SignInAdminAsync();
        var page = await File.ReadAllBytesAsync(Files.Fixture("wagner-group.txt"));

        using var dryRun = await client.UploadSeedPageAsync("wagner-group.txt", page, dryRun: true);
        Assert.Equal(HttpStatusCode.OK, dryRun.StatusCode);
        using var preview = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await dryRun.Content.ReadAsStringAsync());
        Assert.Equal("4", ReportOf(preview)["created"]);
        Assert.Contains(preview.QuerySelectorAll("section.change h3"), h => h.Text().StartsWith("Assimi Goïta", StringComparison.Ordinal));
        using (var before = await client.GetAsync(new Uri("/articles/wagner-group", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        }

        var confirm = preview.QuerySelector("form[action*='handler=Confirm']") as AngleSharp.Html.Dom.IHtmlFormElement;
        using var imported = await client.SubmitAsync(confirm!, [], null, "/admin/upload");
        var report = await client.FollowAsync(imported);
        Assert.Equal("4", ReportOf(report)["created"]);
        Assert.Equal("Wagner Group", (await client.GetDocumentAsync("/articles/wagner-group")).QuerySelector("h1").Text());

        // The uploaded page joined the seed set: re-running the seed import keeps its articles.
        using var rerun = await client.SubmitAsync("/admin", "form[action='/admin/import']", []);
        Assert.Equal("0", ReportOf(await client.FollowAsync(rerun))["removed"]);
    }

    [Fact]
    public async Task A_long_import_answers_with_its_progress_and_then_with_its_report()
    {
        // The answer waits for no import here: every import is a long one.
        using var app = new KbAppFactory { Settings = new Dictionary<string, string> { ["Kb:ShowImportProgressAfter"] = "00:00:00" } };
        using var client = await app.SignInAdminAsync();

        // Another writer holds the database: the import waits for it, and runs while its page is read.
        await using (var writer = new SqliteConnection($"Data Source={app.DatabasePath};Pooling=False"))
        {
            await writer.OpenAsync();
            await using (var begin = writer.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE";
                await begin.ExecuteNonQueryAsync();
            }

            using var started = await client.SubmitAsync("/admin", "form[action='/admin/import']", []);
            var progress = await client.GetDocumentAsync("/admin/import");

            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
            Assert.Equal("/admin/import", started.Headers.Location?.OriginalString);
            Assert.StartsWith("The import is running", progress.QuerySelector("main p[role=status]")?.TextContent, StringComparison.Ordinal);
            Assert.NotNull(progress.QuerySelector("meta[http-equiv=refresh]"));
        }

        await app.Services.GetRequiredService<ImportGate>().Running;
        using var done = await client.GetAsync(new Uri("/admin/import", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.StartsWith("/admin/imports/", done.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_left_unconfirmed_expires_and_its_staged_page_is_deleted()
    {
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        using var app = new KbAppFactory { Clock = clock };
        using var client = await app.SignInAdminAsync();
        var page = await File.ReadAllBytesAsync(Files.Fixture("wagner-group.txt"));
        using var dryRun = await client.UploadSeedPageAsync("wagner-group.txt", page, dryRun: true);
        using var preview = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await dryRun.Content.ReadAsStringAsync());
        var confirm = (AngleSharp.Html.Dom.IHtmlFormElement)preview.QuerySelector("form[action*='handler=Confirm']")!;
        var staging = Path.Combine(app.DataFolder, "staging");
        Assert.Single(Directory.GetDirectories(staging));

        clock.Advance(SeedSet.StagedLifetime + TimeSpan.FromMinutes(1));
        using var late = await client.SubmitAsync(confirm, [], null, "/admin/upload");
        // The next upload sweeps what waited too long.
        using var next = await client.UploadSeedPageAsync("wagner-group.txt", page, dryRun: true);

        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        Assert.Contains("That upload has expired", WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Single(Directory.GetDirectories(staging));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/articles/wagner-group", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task An_upload_over_five_megabytes_or_of_another_type_is_refused_with_a_clear_message()
    {
        using var client = await _factory.SignInAdminAsync();

        using var large = await client.UploadSeedPageAsync("huge.txt", new byte[(5 * 1024 * 1024) + 1], dryRun: false);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Contains("huge.txt is 5,242,881 bytes, over the limit for a seed page of 5 MB (5,242,880 bytes). Nothing was imported.", WebUtility.HtmlDecode(await large.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        using var image = await client.UploadSeedPageAsync("map.png", [0x89, 0x50], dryRun: false);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, image.StatusCode);
        Assert.Contains("map.png is not a seed page", WebUtility.HtmlDecode(await image.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        using var broken = await client.UploadSeedPageAsync("broken.txt", Encoding.UTF8.GetBytes("Title\n   HOME\n\n").Concat(new byte[] { 0xff, 0xfe }).ToArray(), dryRun: false);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, broken.StatusCode);
        Assert.Contains("broken.txt: line 4: not valid UTF-8 text", WebUtility.HtmlDecode(await broken.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty(Directory.Exists(Path.Combine(_factory.DataFolder, "uploads")) ? Directory.GetFiles(Path.Combine(_factory.DataFolder, "uploads")) : []);
    }

    [Fact]
    public async Task A_second_import_while_one_runs_is_told_that_one_is_running()
    {
        using var client = await _factory.SignInAdminAsync();
        var gate = _factory.Services.GetRequiredService<ImportGate>();
        var release = new TaskCompletionSource<int>();
        var running = gate.TryRunAsync(() => release.Task);

        using var response = await client.SubmitAsync("/admin", "form[action='/admin/import']", []);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("An import is already running", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/articles/minusma", UriKind.Relative))).StatusCode);
        release.SetResult(0);
        Assert.True((await running).Ran);
    }
}
