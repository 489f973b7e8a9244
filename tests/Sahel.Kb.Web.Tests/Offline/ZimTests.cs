using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sahel.Kb.Data;
using Sahel.Kb.Web.Offline;
using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests.Offline;

/// <summary>The app's ZIM file, served by Debian's <c>kiwix-serve</c> on 127.0.0.1 (the test command installs kiwix-tools and zim-tools).</summary>
public sealed class KiwixServer : IAsyncLifetime, IDisposable
{
    public const string Book = "sahel-kb";
    private readonly string _folder = Directory.CreateTempSubdirectory("sahel-kb-zim-test-").FullName;
    private Process? _kiwix;

    public KbAppFactory App { get; } = new();

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App.CreateClient().Dispose();
        var zim = Path.Combine(_folder, Book + ".zim");
        await App.Services.GetRequiredService<ZimExporter>().ExportAsync(zim);
        var port = FreePort();
        var start = new ProcessStartInfo("kiwix-serve") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["--address=127.0.0.1", $"--port={port}", zim])
        {
            start.ArgumentList.Add(argument);
        }

        _kiwix = Process.Start(start)!;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var answer = await Http.GetAsync(new Uri("/", UriKind.Relative));
                break;
            }
            catch (HttpRequestException) when (attempt < 100 && !_kiwix.HasExited)
            {
                // kiwix-serve opens its port a moment after it starts.
                await Task.Delay(100);
            }
        }
    }

    public Task DisposeAsync()
    {
        if (_kiwix is { HasExited: false })
        {
            _kiwix.Kill();
            _kiwix.WaitForExit();
        }

        return Task.CompletedTask;
    }

    public void Dispose()
    {
        Http.Dispose();
        _kiwix?.Dispose();
        App.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The ZIM file as Kiwix serves it: its main page, every article, its full-text search and its metadata.</summary>
public sealed class ZimTests(KiwixServer kiwix) : IClassFixture<KiwixServer>
{
    private const string Book = KiwixServer.Book;

    [Fact]
    public async Task The_home_page_is_the_main_page()
    {
        var main = await kiwix.Http.GetStringAsync(new Uri($"/{Book}/", UriKind.Relative));
        var home = await kiwix.App.CreateClient().GetStringAsync(new Uri("/", UriKind.Relative));
        var parser = new HtmlParser();

        Assert.Equal(parser.ParseDocument(home).Title, parser.ParseDocument(main).Title);
        Assert.Equal(parser.ParseDocument(home).QuerySelector("h1")?.TextContent, parser.ParseDocument(main).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Every_article_is_served_with_its_title()
    {
        await using var scope = kiwix.App.Services.CreateAsyncScope();
        var articles = await scope.ServiceProvider.GetRequiredService<KbDbContext>().Articles.Select(a => new { a.Slug, a.Title }).ToListAsync();
        var parser = new HtmlParser();

        foreach (var article in articles)
        {
            using var answer = await kiwix.Http.GetAsync(new Uri($"/{Book}/articles/{article.Slug}.html", UriKind.Relative));
            Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{article.Slug}: {answer.StatusCode}");
            Assert.Equal(article.Title, parser.ParseDocument(await answer.Content.ReadAsStringAsync()).QuerySelector("h1")?.TextContent);
        }
    }

    [Fact]
    public async Task Kiwix_full_text_search_finds_an_article_by_a_word_of_its_summary()
    {
        // MINUSMA's summary calls it the UN's deadliest peacekeeping mission; no title holds "deadliest".
        var results = await kiwix.Http.GetStringAsync(new Uri($"/search?content={Book}&pattern=deadliest", UriKind.Relative));

        Assert.Contains("articles/minusma.html", results, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_file_says_what_it_is()
    {
        var catalog = await kiwix.Http.GetStringAsync(new Uri("/catalog/v2/entries", UriKind.Relative));

        Assert.Contains("<title>Sahel KB</title>", catalog, StringComparison.Ordinal);
        Assert.Contains("<language>eng</language>", catalog, StringComparison.Ordinal);
        Assert.Contains("Events, regions, groups, people and agreements", catalog, StringComparison.Ordinal);
        Assert.Contains("image/png", catalog, StringComparison.Ordinal); // the 48×48 illustration
    }
}
