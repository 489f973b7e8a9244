using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests;

public sealed class AppTests(KbAppFactory factory) : IClassFixture<KbAppFactory>
{
    [Fact]
    public async Task The_health_check_says_the_database_answers()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_empty_database_is_filled_from_the_seeds_at_start()
    {
        using var client = factory.CreateClient();

        var home = await client.GetDocumentAsync("/");

        Assert.Contains("13 articles", home.QuerySelector("p.intro").Text(), StringComparison.Ordinal);
        Assert.Equal(13, (await client.GetDocumentAsync("/articles")).QuerySelectorAll("main ul.rows > li").Length);
    }
}
