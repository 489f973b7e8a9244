using Microsoft.Playwright;
using Sahel.Kb.Browser.Tests.Support;
using Sahel.Kb.Tests.Support;

namespace Sahel.Kb.Browser.Tests;

/// <summary>The app with a seed page of scripts, event handlers and javascript: links among its seeds.</summary>
public sealed class HostileBrowserFixture()
    : BrowserFixture(Path.Combine(Files.RepositoryRoot, "tests", "Sahel.Kb.Web.Tests", "Fixtures", "hostile.txt"));

/// <summary>
/// Stored script, checked where it would run: in Chromium. Every page that shows the hostile
/// page's text is opened and everything on it that could carry a handler is hovered: not one
/// dialog opens and the console logs no error — where the site's CSP blocks an inline script
/// that got through, Chromium logs the refusal there.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class StoredScriptTests(HostileBrowserFixture browser) : IClassFixture<HostileBrowserFixture>
{
    public static TheoryData<string> Pages =>
    [
        "/articles/hostile-script-alert-1-script-front",
        "/articles/onerror-brigade",
        "/search?q=script",
        "/search?q=%3Cscript%3E",
        "/timeline",
        "/wanted",
        "/kinds/group",
        "/articles",
        "/api/articles/hostile-script-alert-1-script-front",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_seed_text_runs_as_script_in_the_browser(string path)
    {
        var page = await browser.NewPageAsync();
        var (dialogs, errors) = Watch(page);

        var response = await page.GotoAsync(path);
        foreach (var target in await page.Locator("main a, main img, main svg, main b").AllAsync())
        {
            if (await target.IsVisibleAsync())
            {
                await target.HoverAsync(new() { Timeout = 2000 });
            }
        }

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal(200, response!.Status);
        Assert.Empty(dialogs);
        Assert.Empty(errors);
        Assert.Equal(0, await page.Locator("main script, main iframe").CountAsync());
    }

    [Fact]
    public async Task The_watch_sees_a_script_that_runs_and_one_the_policy_refuses()
    {
        var page = await browser.NewPageAsync();
        var (dialogs, errors) = Watch(page);
        await page.GotoAsync("/");

        await page.EvaluateAsync("alert('ran')");
        var refusal = page.WaitForConsoleMessageAsync(new() { Predicate = m => m.Type == "error" });
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'alert(2)'; document.body.append(s); }");
        await refusal;

        Assert.Equal(["ran"], dialogs);
        Assert.Contains(errors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    private static (List<string> Dialogs, List<string> Errors) Watch(IPage page)
    {
        var dialogs = new List<string>();
        var errors = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        return (dialogs, errors);
    }
}
