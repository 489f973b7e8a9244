using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sahel.Kb.Import;
using Sahel.Kb.Tests.Support;
using Sahel.Kb.Web.Prepared;
using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests.Postgres;

/// <summary>
/// The app on PostgreSQL, beside the same app on SQLite, both importing the seeds at start, on one
/// wall clock stopped at the fixture's start: their imports, seconds apart, may fall on either side
/// of a minute, which pages show ("Last updated"). It is today's time, so sign-in cookies are valid
/// for the client and for a second instance on the real clock.
/// </summary>
public sealed class BothProviders : IDisposable
{
    public BothProviders()
    {
        // One clock for both, stopped until a test moves it: both stamp the same "last updated".
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        Sqlite = new KbAppFactory { Clock = clock };
        Postgres = new PostgresAppFactory { Clock = clock };
    }

    public KbAppFactory Sqlite { get; }

    public KbAppFactory Postgres { get; }

    public void Dispose()
    {
        Sqlite.Dispose();
        Postgres.Dispose();
    }
}

/// <summary>Nothing a reader sees changes with the database engine: the same pages, the same answers.</summary>
public sealed class PostgresAppTests(BothProviders apps) : IClassFixture<BothProviders>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/articles")]
    [InlineData("/articles/kidal-offensive")]
    [InlineData("/articles/minusma")]
    [InlineData("/articles/JNIM")]
    [InlineData("/articles/kidal-ofensive")]
    [InlineData("/kinds/group")]
    [InlineData("/timeline")]
    [InlineData("/wanted")]
    [InlineData("/search?q=algiers+agreement&kind=agreement")]
    [InlineData("/api/articles/minusma")]
    [InlineData("/api/suggest?q=kid")]
    [InlineData("/api/suggest?q=menaka")]
    public async Task A_page_is_the_same_on_both_providers(string path)
    {
        using var sqlite = apps.Sqlite.CreateClient(new() { AllowAutoRedirect = false });
        using var postgres = apps.Postgres.CreateClient(new() { AllowAutoRedirect = false });

        using var expected = await sqlite.GetAsync(new Uri(path, UriKind.Relative));
        using var actual = await postgres.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(expected.StatusCode, actual.StatusCode);
        Assert.Equal(expected.Headers.Location, actual.Headers.Location);
        Assert.Equal(await expected.Content.ReadAsStringAsync(), await actual.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_article_page_is_prepared_and_served_as_rendered_live_on_both_providers(bool postgres)
    {
        var app = postgres ? apps.Postgres : apps.Sqlite;
        using var client = app.CreateClient();
        (await client.GetAsync(new Uri("/", UriKind.Relative))).Dispose();
        await app.Services.GetRequiredService<PagePreparer>().PrepareDueAsync(CancellationToken.None);
        using var liveApp = app.WithWebHostBuilder(b => b.UseSetting("Kb:PreparedPages:Enabled", "false"));
        using var live = liveApp.CreateClient();

        using var prepared = await client.GetAsync(new Uri("/articles/kidal-region", UriKind.Relative));
        var expected = await live.GetStringAsync(new Uri("/articles/kidal-region", UriKind.Relative));

        Assert.NotNull(prepared.Headers.ETag);
        Assert.Equal(expected, await prepared.Content.ReadAsStringAsync());
    }

    /// <summary>BM25 and ts_rank order the articles matched only in their text differently; the matches are the same.</summary>
    [Theory]
    [InlineData("kidal")]
    [InlineData("menaka")]
    [InlineData("wagner")]
    [InlineData("GOÏTA")]
    [InlineData("algiers agreement")]
    [InlineData("tessal")]
    public async Task A_search_finds_the_same_articles_on_both_providers(string query)
    {
        using var sqlite = apps.Sqlite.CreateClient();
        using var postgres = apps.Postgres.CreateClient();
        var path = new Uri($"/api/search?q={Uri.EscapeDataString(query)}", UriKind.Relative);

        var expected = System.Text.Json.JsonDocument.Parse(await sqlite.GetStringAsync(path)).RootElement.EnumerateArray().Select(h => h.GetProperty("slug").GetString()).ToList();
        var actual = System.Text.Json.JsonDocument.Parse(await postgres.GetStringAsync(path)).RootElement.EnumerateArray().Select(h => h.GetProperty("slug").GetString()).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), actual.Order());
    }

    [Fact]
    public async Task An_import_through_one_instance_shows_on_another_within_a_second()
    {
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        using var second = KbAppFactory.SharingDatabaseWith(apps.Postgres, clock);
        using var reader = second.CreateClient();
        var before = await reader.GetStringAsync(new Uri("/articles/minusma", UriKind.Relative));
        Assert.DoesNotContain("most dangerous", before, StringComparison.Ordinal);
        var changed = Files.CopyAs(Files.Seed, "000_93b557a858d81a10.txt",
            text => text.Replace("the UN's deadliest peacekeeping mission", "the UN's most dangerous peacekeeping mission", StringComparison.Ordinal));

        await using (var scope = apps.Postgres.Services.CreateAsyncScope())
        {
            var report = await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportAsync([changed]);
            Assert.Equal(1, report.Updated);
        }

        // The second instance looks at the knowledge base's version once an interval has passed on its clock.
        clock.Advance(ContentWatch.Interval);
        var after = await reader.GetStringAsync(new Uri("/articles/minusma", UriKind.Relative));

        Assert.Contains("most dangerous", after, StringComparison.Ordinal);
        Assert.True(ContentWatch.Interval <= TimeSpan.FromSeconds(1), $"the interval is {ContentWatch.Interval}");
    }

    [Fact]
    public async Task Two_imports_at_once_on_two_instances_run_one_after_the_other()
    {
        using var second = KbAppFactory.SharingDatabaseWith(apps.Postgres);
        second.CreateClient().Dispose();
        var page = Files.Write("mopti.txt", "Mopti Region\n   HOME\n\n\nMopti Region\nMopti Region is one of the regions of Mali, on the Niger river.\n[...More Info...]\n\n");

        async Task<ImportReport> ImportAsync(KbAppFactory app)
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportAsync([page]);
        }

        // At once, both would find no Mopti Region and both insert it: the second would break the unique slug.
        var reports = await Task.WhenAll(ImportAsync(apps.Postgres), ImportAsync(second));

        Assert.Equal([0, 1], reports.Select(r => r.Created).Order());
        using var client = second.CreateClient();
        using var response = await client.GetAsync(new Uri("/articles/mopti-region", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_admin_signed_in_on_one_instance_is_signed_in_on_another()
    {
        using var second = KbAppFactory.SharingDatabaseWith(apps.Postgres);
        await apps.Postgres.AddAdminAsync("roaming-admin", Forms.AdminPassword);
        var cookie = await CookieHeaderAsync(apps.Postgres, "roaming-admin");

        using var other = second.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/admin", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        using var response = await other.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The keys live in the shared database, not in a folder of one machine.
        await using var scope = second.Services.CreateAsyncScope();
        Assert.NotEmpty(scope.ServiceProvider.GetRequiredService<Sahel.Kb.Data.KbDbContext>().DataProtectionKeys);
    }

    /// <summary>The sign-in cookie a browser would keep, from signing in by the form.</summary>
    private static async Task<string> CookieHeaderAsync(KbAppFactory app, string name)
    {
        using var client = app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        using var page = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        var antiforgeryCookie = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        var token = document.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/sign-in", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("UserName", name), new("Password", Forms.AdminPassword), new("__RequestVerificationToken", token)]),
        };
        post.Headers.Add("Cookie", antiforgeryCookie);
        using var signedIn = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return string.Join("; ", signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }
}
