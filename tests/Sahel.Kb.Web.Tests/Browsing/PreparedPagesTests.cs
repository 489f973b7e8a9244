using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sahel.Kb.Browse;
using Sahel.Kb.Data;
using Sahel.Kb.Import;
using Sahel.Kb.Web.Prepared;
using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests.Browsing;

/// <summary>
/// Article pages prepared when the knowledge changes: a reader gets the page the live renderer
/// makes, from one stored row, and never a page older than the knowledge it shows. A prepared
/// page is told apart by its <c>ETag</c>, which only the prepared pages send.
/// </summary>
public sealed class PreparedPagesTests : IDisposable
{
    private readonly KbAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_prepared_page_is_the_live_page_sent_compressed_when_the_client_accepts_it()
    {
        using var liveApp = _factory.WithWebHostBuilder(b => b.UseSetting("Kb:PreparedPages:Enabled", "false"));
        using var live = liveApp.CreateClient();
        var expected = await live.GetStringAsync(new Uri("/articles/kidal-offensive", UriKind.Relative));
        using var reader = await PreparedAsync();

        using var plain = await GetAsync(reader, "/articles/kidal-offensive");
        using var gzipRequest = Request("/articles/kidal-offensive");
        gzipRequest.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var gzip = await reader.SendAsync(gzipRequest);
        await using var unzipped = new GZipStream(await gzip.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var text = new StreamReader(unzipped);

        Assert.NotNull(plain.Headers.ETag);
        Assert.Equal(expected, await plain.Content.ReadAsStringAsync());
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
        Assert.Equal(expected, await text.ReadToEndAsync());
        Assert.Contains("Accept-Encoding", gzip.Headers.Vary);
    }

    [Fact]
    public async Task A_reader_who_has_the_page_gets_a_304_and_one_who_asks_in_french_gets_the_french_page()
    {
        using var reader = await PreparedAsync();
        using var first = await GetAsync(reader, "/articles/minusma");

        using var again = Request("/articles/minusma");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await reader.SendAsync(again);
        using var french = Request("/articles/minusma");
        french.Headers.AcceptLanguage.ParseAdd("fr-FR");
        using var frenchPage = await reader.SendAsync(french);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.NotNull(frenchPage.Headers.ETag);
        Assert.NotEqual(first.Headers.ETag, frenchPage.Headers.ETag);
        Assert.Equal("fr", new HtmlParser().ParseDocument(await frenchPage.Content.ReadAsStringAsync()).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task An_edit_shows_at_once_on_the_article_and_on_every_page_that_shows_it()
    {
        using var reader = await PreparedAsync();
        var slugs = await SlugsAsync();
        var showingIt = new List<string>();
        foreach (var slug in slugs)
        {
            if ((await reader.GetStringAsync(new Uri($"/articles/{slug}", UriKind.Relative))).Contains("href=\"/articles/minusma\"", StringComparison.Ordinal))
            {
                showingIt.Add(slug);
            }
        }

        using var admin = await _factory.SignInAdminAsync();
        using var save = await admin.SubmitAsync("/admin/articles/minusma/edit", "main form", new() { ["Title"] = "MINUSMA (UN mission)" }, "Save");

        // Its own page is prepared again by the edit itself; the others follow in the background,
        // and until then are rendered live: none is the page from before the edit.
        using var own = await GetAsync(reader, "/articles/minusma");
        Assert.NotNull(own.Headers.ETag);
        Assert.Contains("<h1>MINUSMA (UN mission)</h1>", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(showingIt.Count >= 3, $"pages showing MINUSMA: {string.Join(", ", showingIt)}");
        foreach (var slug in showingIt)
        {
            Assert.Contains("MINUSMA (UN mission)", await reader.GetStringAsync(new Uri($"/articles/{slug}", UriKind.Relative)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_page_made_by_another_build_is_not_served_and_is_made_again()
    {
        // Held, as below: a background pass still due from the start would race the first read.
        using var app = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(WithoutBackgroundPreparing));
        using var reader = await PreparedAsync(app);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KbDbContext>();
            await db.Database.ExecuteSqlRawAsync("""UPDATE "PreparedPages" SET "Build" = 'an older build'""");
        }

        using var older = await GetAsync(reader, "/articles/minusma");
        var preparer = app.Services.GetRequiredService<PagePreparer>();
        await preparer.PrepareDueAsync(CancellationToken.None);
        await ForgetAnswersInMemoryAsync(app);
        using var again = await GetAsync(reader, "/articles/minusma");

        Assert.Null(older.Headers.ETag);
        Assert.NotNull(again.Headers.ETag);
        await using var counting = app.Services.CreateAsyncScope();
        foreach (var language in (string[])["en", "fr"])
        {
            var (articles, prepared) = await PageStore.CountAsync(counting.ServiceProvider.GetRequiredService<KbDbContext>(), language, PagePreparer.Build, preparer.Origin!, CancellationToken.None);
            Assert.Equal(articles, prepared);
        }
    }

    [Fact]
    public async Task An_import_makes_every_page_stale_until_it_is_prepared_again()
    {
        // The background pass the import's commit wakes would race the first read: this app has none.
        using var app = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(WithoutBackgroundPreparing));
        using var reader = await PreparedAsync(app);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportAsync(Directory.GetFiles(_factory.SeedFolder));
        }

        using var stale = await GetAsync(reader, "/articles/kidal-region");
        await app.Services.GetRequiredService<PagePreparer>().PrepareDueAsync(CancellationToken.None);
        await ForgetAnswersInMemoryAsync(app);
        using var prepared = await GetAsync(reader, "/articles/kidal-region");

        Assert.Null(stale.Headers.ETag);
        Assert.NotNull(prepared.Headers.ETag);
    }

    [Fact]
    public async Task A_page_rendered_before_a_change_is_not_stored()
    {
        using var reader = await PreparedAsync();
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KbDbContext>();
        var page = await db.PreparedPages.AsNoTracking().FirstAsync(p => p.Language == "en");
        await KnowledgeVersion.BumpAsync(db);

        var written = await PageStore.WriteAsync(db, [page], CancellationToken.None);

        Assert.Equal(0, written);
    }

    [Fact]
    public async Task A_signed_in_admin_gets_the_live_page()
    {
        using var reader = await PreparedAsync();
        using var admin = await _factory.SignInAdminAsync();

        using var page = await GetAsync(admin, "/articles/minusma");

        Assert.Null(page.Headers.ETag);
        Assert.Contains("admin-links", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>A reader's client, once every page is prepared (the first request tells the app its address).</summary>
    private Task<HttpClient> PreparedAsync() => PreparedAsync(_factory);

    private static async Task<HttpClient> PreparedAsync(WebApplicationFactory<Program> app)
    {
        var reader = app.CreateClient(new() { AllowAutoRedirect = false });
        (await reader.GetAsync(new Uri("/", UriKind.Relative))).Dispose();
        await app.Services.GetRequiredService<PagePreparer>().PrepareDueAsync(CancellationToken.None);
        return reader;
    }

    /// <summary>The preparer stays, for the test to call; its background pass (the one hosted service registered by a factory) goes.</summary>
    private static void WithoutBackgroundPreparing(IServiceCollection services) =>
        services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationFactory is not null));

    /// <summary>
    /// The output cache, in front of the prepared pages, keeps the live page it answered while a
    /// page was not prepared (it shows the same knowledge); forgotten, the next answer is the stored page.
    /// </summary>
    private ValueTask ForgetAnswersInMemoryAsync() => ForgetAnswersInMemoryAsync(_factory);

    private static ValueTask ForgetAnswersInMemoryAsync(WebApplicationFactory<Program> app) => app.Services.GetRequiredService<IOutputCacheStore>().EvictAsync();

    private async Task<List<string>> SlugsAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<KbDbContext>().Articles.Select(a => a.Slug).ToListAsync();
    }

    private static HttpRequestMessage Request(string path) => new(HttpMethod.Get, new Uri(path, UriKind.Relative));

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path)
    {
        using var request = Request(path);
        return await client.SendAsync(request);
    }
}
