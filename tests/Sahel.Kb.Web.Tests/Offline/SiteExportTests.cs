using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sahel.Kb.Data;
using Sahel.Kb.Web.Offline;
using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests.Offline;

/// <summary>The static site: every reader page as a file, every link to a file it holds, and the search index.</summary>
public sealed class SiteExportTests(KbAppFactory factory) : IClassFixture<KbAppFactory>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sahel-kb-site-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Every_article_and_wanted_name_has_its_page_and_every_link_leads_to_a_file_of_the_edition()
    {
        var export = await ExportAsync();
        var (slugs, wanted) = await NamesAsync();

        var broken = new List<string>();
        var parser = new HtmlParser();
        foreach (var file in Directory.EnumerateFiles(_folder, "*.html", SearchOption.AllDirectories))
        {
            var page = parser.ParseDocument(await File.ReadAllTextAsync(file));
            foreach (var address in page.QuerySelectorAll("a[href], link[href], script[src], img[src], form[action]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action")!))
            {
                if (address.StartsWith('#') || address.StartsWith("https://", StringComparison.Ordinal) || address.StartsWith("http://", StringComparison.Ordinal))
                {
                    continue;
                }

                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, address.Split('#', '?')[0]));
                if (address.StartsWith('/') || !File.Exists(target))
                {
                    broken.Add($"{Path.GetRelativePath(_folder, file)}: {address}");
                }
            }
        }

        Assert.Empty(broken);
        Assert.All(slugs, slug => Assert.True(File.Exists(Path.Combine(_folder, "articles", slug + ".html")), slug));
        Assert.All(wanted, key => Assert.True(File.Exists(Path.Combine(_folder, "wanted", key + ".html")), key));
        Assert.True(File.Exists(Path.Combine(_folder, "css", "site.css")));
        Assert.True(export.Pages >= slugs.Count + wanted.Count + 5, $"{export.Pages} pages");
    }

    [Fact]
    public async Task A_page_keeps_its_text_and_links_to_what_the_edition_does_not_hold_keep_their_words_only()
    {
        await ExportAsync();
        var page = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(Path.Combine(_folder, "articles", "kidal-offensive.html")));

        Assert.Equal("Kidal offensive", page.QuerySelector("h1")?.TextContent);
        Assert.Contains(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == "../articles/algiers-accords-2015.html");
        // The language switch asks the server: its words stay, without an address.
        Assert.Empty(page.QuerySelectorAll("a[href*='language']"));
        Assert.Empty(page.QuerySelectorAll("script[src]"));
    }

    [Fact]
    public async Task The_search_index_names_every_article_and_wanted_name_with_its_folded_title_and_aliases()
    {
        await ExportAsync();
        var script = await File.ReadAllTextAsync(Path.Combine(_folder, SiteExporter.IndexScript));
        var json = script[(script.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim().TrimEnd(';');
        var entries = JsonDocument.Parse(json).RootElement.EnumerateArray().ToList();
        var (slugs, wanted) = await NamesAsync();

        Assert.Equal(slugs.Count + wanted.Count, entries.Count);
        // The seed names him without an article: his wanted name's page.
        var goita = Assert.Single(entries, e => e.GetProperty("t").GetString() == "Assimi Goïta");
        Assert.Equal("assimi goita", goita.GetProperty("f").GetString());
        Assert.Equal("wanted/assimi-goita.html", goita.GetProperty("u").GetString());
        var jnim = Assert.Single(entries, e => e.GetProperty("a").EnumerateArray().Any(a => a.GetString() == "jnim"));
        Assert.StartsWith("Jama", jnim.GetProperty("t").GetString(), StringComparison.Ordinal);
    }

    private async Task<SiteExport> ExportAsync()
    {
        factory.CreateClient().Dispose();
        return await factory.Services.GetRequiredService<SiteExporter>().ExportAsync(_folder);
    }

    private async Task<(List<string> Slugs, List<string> Wanted)> NamesAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KbDbContext>();
        return (await db.Articles.Select(a => a.Slug).ToListAsync(), await db.WantedNames.Select(w => w.Key).Distinct().ToListAsync());
    }
}
