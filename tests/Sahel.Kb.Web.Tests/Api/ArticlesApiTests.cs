using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;
using Sahel.Kb.Export;
using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests.Api;

public sealed class ArticlesApiTests(KbAppFactory factory) : IClassFixture<KbAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonNode> GetJsonAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task The_list_gives_slug_title_and_kind_of_every_article_in_slug_order()
    {
        var list = (await GetJsonAsync("/api/articles")).AsArray();

        Assert.Equal(13, list.Count);
        Assert.All(list, item => Assert.Equal(["slug", "title", "kind"], item!.AsObject().Select(p => p.Key)));
        Assert.Equal(list.Select(i => (string)i!["slug"]!).Order(StringComparer.Ordinal), list.Select(i => (string)i!["slug"]!));
        Assert.Contains(list, i => (string)i!["slug"]! == "minusma" && (string)i["title"]! == "MINUSMA" && (string)i["kind"]! == "group");
    }

    [Fact]
    public async Task The_list_filters_by_kind_and_refuses_an_unknown_kind_with_a_problem()
    {
        var agreements = (await GetJsonAsync("/api/articles?kind=agreement")).AsArray();
        Assert.Equal(["algiers-accords-2015"], agreements.Select(i => (string)i!["slug"]!));

        using var response = await _client.GetAsync(new Uri("/api/articles?kind=weapon", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("event, region, group, person, agreement", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_article_is_the_same_object_as_in_the_export_including_mentioned_by()
    {
        var article = await GetJsonAsync("/api/articles/minusma");

        var options = new DbContextOptionsBuilder<KbDbContext>().UseSqlite($"Data Source={factory.DatabasePath};Pooling=False").Options;
        await using var db = new KbDbContext(options);
        var exported = (await ArticleExport.LoadAllAsync(db)).Articles.Single(a => a.Slug == "minusma");
        Assert.True(JsonNode.DeepEquals(JsonSerializer.SerializeToNode(exported, ArticleExport.JsonOptions), article), article.ToJsonString());
        Assert.Contains("kidal-offensive", article["mentionedBy"]!.AsArray().Select(s => (string)s!));
    }

    [Fact]
    public async Task An_unknown_slug_is_a_404_problem_and_an_alias_redirects_to_the_canonical_one()
    {
        using var missing = await _client.GetAsync(new Uri("/api/articles/no-such-thing", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await missing.Content.ReadAsStringAsync())!;
        Assert.Equal(404, (int)problem["status"]!);
        Assert.Contains("no-such-thing", (string)problem["detail"]!, StringComparison.Ordinal);

        using var client = factory.CreateClientWithoutRedirects();
        using var alias = await client.GetAsync(new Uri("/api/articles/JNIM", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, alias.StatusCode);
        Assert.Equal("/api/articles/jamaat-nasr-al-islam-wal-muslimin", alias.Headers.Location?.OriginalString);
    }
}
