using Microsoft.Data.Sqlite;
using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests.Admin;

public sealed class CachingTests : IDisposable
{
    // The output cache, alone: with prepared pages on, a page the background renders after the change
    // behind the app's back would show it, as it should (PreparedPagesTests cover those pages).
    private readonly KbAppFactory _factory = new() { Settings = new Dictionary<string, string> { ["Kb:PreparedPages:Enabled"] = "false" } };

    public void Dispose() => _factory.Dispose();

    private async Task SetTitleBehindTheAppsBackAsync(string slug, string title)
    {
        await using var connection = new SqliteConnection($"Data Source={_factory.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE Articles SET Title = $title WHERE Slug = $slug";
        command.Parameters.AddWithValue("$title", title);
        command.Parameters.AddWithValue("$slug", slug);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Anonymous_pages_are_served_from_the_output_cache_until_an_edit_evicts_it()
    {
        using var reader = _factory.CreateClient();
        Assert.Equal("MINUSMA", (await reader.GetDocumentAsync("/articles/minusma")).QuerySelector("h1").Text());

        await SetTitleBehindTheAppsBackAsync("minusma", "Changed behind the app's back");
        Assert.Equal("MINUSMA", (await reader.GetDocumentAsync("/articles/minusma")).QuerySelector("h1").Text());

        using var admin = await _factory.SignInAdminAsync();
        using var save = await admin.SubmitAsync("/admin/articles/minusma/edit", "main form", new() { ["Title"] = "MINUSMA (UN mission)" }, "Save");
        Assert.Equal("MINUSMA (UN mission)", (await reader.GetDocumentAsync("/articles/minusma")).QuerySelector("h1").Text());
    }

    [Fact]
    public async Task A_signed_in_admins_page_is_never_cached_for_readers()
    {
        using var admin = await _factory.SignInAdminAsync();
        Assert.NotNull((await admin.GetDocumentAsync("/articles/kidal-region")).QuerySelector(".admin-links"));

        using var reader = _factory.CreateClient();
        var page = await reader.GetDocumentAsync("/articles/kidal-region");

        Assert.Null(page.QuerySelector(".admin-links"));
        Assert.DoesNotContain("Signed in as", page.Body!.TextContent, StringComparison.Ordinal);
    }
}
