using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Sahel.Kb.Browser.Tests.Support;

namespace Sahel.Kb.Browser.Tests;

[Collection(BrowserTestGroup.Name)]
public sealed class AdminTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_admin_signs_in_re_runs_the_seed_import_and_reads_its_report()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/admin");
        await page.WaitForURLAsync("**/account/sign-in?ReturnUrl=%2Fadmin");

        await page.GetByLabel("User name").FillAsync(BrowserFixture.AdminName);
        await page.GetByLabel("Password").FillAsync(BrowserFixture.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");

        await page.GetByRole(AriaRole.Button, new() { Name = "Re-run seed import" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/imports/*");

        Assert.StartsWith("Import run", await page.Locator("h1").TextContentAsync(), StringComparison.Ordinal);
        var report = await page.Locator("dl.report div").AllInnerTextsAsync();
        Assert.Equal(["created\n0", "updated\n0", "unchanged\n13", "removed\n0", "conflicts\n0", "warnings\n0"], report.Select(r => r.Trim()));
        var axe = await page.RunAxe();
        Assert.DoesNotContain(axe.Violations, v => v.Impact is "serious" or "critical");
    }
}
