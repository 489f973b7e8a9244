using System.Net;
using System.Text.Json.Nodes;
using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests.Api;

/// <summary><c>GET /api/statements</c>: the seed's statements of one property, by subject or object.</summary>
public sealed class StatementsApiTests(KbAppFactory factory) : IClassFixture<KbAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonArray> GetAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
    }

    [Fact]
    public async Task Participants_of_one_event_come_with_their_side_sentence_and_page()
    {
        // "in renewed conflict between the CSP-PSD and the Malian Armed Forces and allied Wagner Group mercenaries"
        var list = await GetAsync("/api/statements?property=P710&subject=battle-of-kidal-2023");

        Assert.Equal(
            ["CSP-PSD 1", "Malian Armed Forces 2", "Wagner Group 2"],
            list.Select(s => $"{s!["name"]} {s["qualifiers"]!["side"]}").Order(StringComparer.Ordinal));
        Assert.All(list, s =>
        {
            Assert.Equal(["subject", "property", "label", "object", "name", "qualifiers", "evidence", "source"], s!.AsObject().Select(p => p.Key));
            Assert.Equal("participant", (string?)s["label"]);
            Assert.StartsWith("The battle of Kidal took place", (string?)s["evidence"], StringComparison.Ordinal);
            Assert.Equal("000_93b557a858d81a10.txt", (string?)s["source"]);
        });
        Assert.Equal("permanent-strategic-framework-for-peace-security-and-development", (string?)list.Single(s => (string?)s!["name"] == "CSP-PSD")!["object"]);
    }

    [Fact]
    public async Task The_label_names_the_property_too_and_an_object_finds_what_is_said_of_it()
    {
        var byLabel = await GetAsync("/api/statements?property=part_of&object=kidal-offensive");

        var statement = Assert.Single(byLabel);
        Assert.Equal(("battle-of-kidal-2023", "P361"), ((string?)statement!["subject"], (string?)statement["property"]));
    }

    [Theory]
    [InlineData("/api/statements")]
    [InlineData("/api/statements?property=P9999")]
    [InlineData("/api/statements?property=fought")]
    public async Task An_unknown_property_is_a_problem_that_lists_the_vocabulary(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("P710 (participant)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
