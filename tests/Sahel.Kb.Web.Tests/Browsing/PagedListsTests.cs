using System.Net;
using AngleSharp.Dom;
using Sahel.Kb.Generation;
using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests.Browsing;

/// <summary>The app with 3,000 generated articles beside the seed: enough for every list to have a second page.</summary>
public sealed class LargeKnowledgeBase : KbAppFactory
{
    public LargeKnowledgeBase()
    {
        foreach (var page in new CorpusGenerator(seed: 5).Generate(3000))
        {
            File.WriteAllText(Path.Combine(SeedFolder, page.FileName), page.Content);
        }
    }
}

/// <summary>Page 2 of every paged list answers, says where it is, and keeps what the reader chose.</summary>
public sealed class PagedListsTests(LargeKnowledgeBase app) : IClassFixture<LargeKnowledgeBase>
{
    private readonly HttpClient _client = app.CreateClient();

    [Theory]
    [InlineData("/articles")]
    [InlineData("/kinds/event")]
    [InlineData("/wanted")]
    [InlineData("/timeline")]
    [InlineData("/timeline?kind=event")]
    [InlineData("/timeline?kind=event&kind=person")]
    [InlineData("/search?q=region")]
    public async Task The_next_page_of_a_list_answers_and_keeps_its_filters(string path)
    {
        var first = await _client.GetDocumentAsync(path);
        var next = first.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href");
        Assert.NotNull(next);

        using var response = await _client.GetAsync(new Uri(next, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var second = await _client.GetDocumentAsync(next);
        Assert.StartsWith("Page 2 of ", second.QuerySelector("nav.pager span")!.Text(), StringComparison.Ordinal);

        var query = path.Contains('?', StringComparison.Ordinal) ? path[(path.IndexOf('?', StringComparison.Ordinal) + 1)..].Split('&') : [];
        Assert.All(query, parameter => Assert.Contains(parameter, next, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Page_two_of_the_events_timeline_lists_events_only()
    {
        var first = await _client.GetDocumentAsync("/timeline?kind=event");
        var second = await _client.GetDocumentAsync(first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!);

        var kinds = second.QuerySelectorAll("main li .kind").Select(k => k.Text().Trim()).Distinct().ToList();
        Assert.Equal(["Event"], kinds);
    }
}
