using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sahel.Kb.Browser.Tests.Support;
using Sahel.Kb.Web.Offline;

namespace Sahel.Kb.Browser.Tests;

/// <summary>The offline edition opened as a reader in the field would: from a folder, in Chromium, with no server.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class OfflineEditionTests(BrowserFixture browser) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sahel-kb-offline-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Every_page_opens_from_a_folder_with_no_broken_link_and_no_console_error()
    {
        await browser.Services.GetRequiredService<SiteExporter>().ExportAsync(_folder);
        var page = await (await browser.Browser.NewContextAsync()).NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => errors.Add($"{page.Url}: {error}");

        var broken = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { "index.html" };
        var queue = new Queue<string>(seen);
        while (queue.TryDequeue(out var file))
        {
            await page.GotoAsync(new Uri(Path.Combine(_folder, file)).AbsoluteUri);
            // The graph's links are SVG elements: their href is no string, so each is read as written and resolved.
            var addresses = await page.EvalOnSelectorAllAsync<string[]>(
                "a[href], link[href]", "elements => elements.map(e => new URL(e.getAttribute('href'), document.baseURI).href)");
            foreach (var address in addresses.Select(a => new Uri(a)).Where(a => a.IsFile))
            {
                var target = Path.GetRelativePath(_folder, address.LocalPath);
                if (!File.Exists(address.LocalPath))
                {
                    broken.Add($"{file}: {target}");
                }
                else if (target.EndsWith(".html", StringComparison.Ordinal) && seen.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        Assert.Empty(broken);
        Assert.Empty(errors);
        // Every page written is reached from the home page.
        Assert.Equal(Directory.GetFiles(_folder, "*.html", SearchOption.AllDirectories).Length, seen.Count);
    }

    [Fact]
    public async Task The_search_page_finds_a_name_written_without_its_accents_and_leads_to_it()
    {
        await browser.Services.GetRequiredService<SiteExporter>().ExportAsync(_folder);
        var page = await (await browser.Browser.NewContextAsync()).NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(_folder, "index.html")).AbsoluteUri);

        await page.GetByLabel("Search articles").FillAsync("goita");
        await page.GetByLabel("Search articles").PressAsync("Enter");
        await page.WaitForURLAsync("**/search.html?q=goita");
        var first = page.Locator("#offline-results ol.results a").First;

        Assert.Equal("Assimi Goïta", await first.TextContentAsync());
        await first.ClickAsync();
        await page.WaitForURLAsync("**/wanted/assimi-goita.html");
        Assert.Contains("Assimi Goïta", await page.Locator("h1").TextContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_title_prefix_ranks_before_a_word_of_the_text()
    {
        await browser.Services.GetRequiredService<SiteExporter>().ExportAsync(_folder);
        var page = await (await browser.Browser.NewContextAsync()).NewPageAsync();

        await page.GotoAsync(new Uri(Path.Combine(_folder, "search.html")).AbsoluteUri + "?q=kida");
        var titles = await page.Locator("#offline-results ol.results > li > a").AllTextContentsAsync();

        // "kida" is the last word, read as a prefix: the articles whose titles begin with "Kidal" come first, then the
        // town, named without an article of its own, then the title that holds the word further on.
        Assert.Equal(["Kidal Region", "Kidal offensive"], titles.Take(2).Order(StringComparer.Ordinal));
        Assert.Equal(["Kidal", "Battle of Kidal (2023)"], titles.Skip(2).Take(2));
    }
}
