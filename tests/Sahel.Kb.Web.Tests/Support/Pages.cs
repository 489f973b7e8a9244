using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Sahel.Kb.Web.Tests.Support;

public static class Pages
{
    private static readonly HtmlParser s_parser = new();

    /// <summary>A page that must answer 200, parsed.</summary>
    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}");
        return s_parser.ParseDocument(body);
    }

    public static HttpClient CreateClientWithoutRedirects(this KbAppFactory factory) =>
        factory.CreateClient(new() { AllowAutoRedirect = false });

    public static string Text(this AngleSharp.Dom.IElement? element) =>
        string.Join(' ', (element?.TextContent ?? "").Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
