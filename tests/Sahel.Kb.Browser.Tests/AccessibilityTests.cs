using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Sahel.Kb.Browser.Tests.Support;

namespace Sahel.Kb.Browser.Tests;

[Collection(BrowserTestGroup.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    public static TheoryData<string, ColorScheme> Pages
    {
        get
        {
            var pages = new TheoryData<string, ColorScheme>();
            foreach (var path in (string[])["/", "/articles/kidal-offensive", "/articles/minusma", "/articles", "/articles?letter=z", "/kinds/person", "/kinds/event", "/wanted", "/wanted/national-movement-for-the-liberation-of-azawad", "/timeline", "/search?q=kidal", "/search?q=kidl", "/names/kidal", "/changes", "/articles/no-such-article"])
            {
                pages.Add(path, ColorScheme.Light);
                pages.Add(path, ColorScheme.Dark);
            }

            return pages;
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_serious_or_critical_violation(string path, ColorScheme scheme)
    {
        var page = await browser.NewPageAsync(new() { ColorScheme = scheme });
        await page.GotoAsync(path);

        var result = await page.RunAxe();

        var serious = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")
            .ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
        Assert.NotEmpty(result.Passes);
    }
}
