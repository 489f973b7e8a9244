using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using CsCheck;
using Sahel.Kb.Domain;
using Sahel.Kb.Import;
using Sahel.Kb.Text;

namespace Sahel.Kb.Tests.Properties;

/// <summary>
/// Properties of the import stages over generated input (CsCheck, which shrinks a failure to a
/// smallest example): any text is parsed or refused with <see cref="ImportException"/>, a page
/// and its HTML form parse alike, and no content renders as script.
/// </summary>
public sealed class ImportPropertyTests
{
    private const int Iterations = 400;

    private static readonly string[] s_words =
    [
        "Kidal", "Region", "Gao", "Battle", "of", "the", "Front", "MNLA", "Agreement", "signed", "on", "born", "died", "founded",
        "in", "2012", "May", "14", "November", "1960s", "around", "(", ")", ",", ".", "Ansar", "Dine", "é", "ߞߌߘߊߟ", "—",
        "<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "[x](javascript:alert(3))", "@{ x }", "&amp;", "*", "_", "#",
        "<!--", "-->", "<script>", "<style>", "<div", "</div>", "<p>", "<", ">",
    ];

    private static readonly string[] s_seedLines =
    [
        "[...More Info...]", "[...Related Items...]     OR:     [Wikipedia]   [Google]   [Baidu]", "picture info", "   HOME", "", "",
    ];

    private static readonly Gen<string> s_word = Gen.OneOf(Gen.OneOf(s_words), Gen.String[0, 12]);

    private static readonly Gen<string> s_sentence = s_word.Array[0, 30].Select(words => string.Join(' ', words));

    private static readonly Gen<string> s_title = Gen.OneOf(s_words.Where(w => char.IsAsciiLetterUpper(w[0])).ToArray()).Array[1, 4]
        .Select(words => string.Join(' ', words));

    /// <summary>Lines as seed pages have them, and lines of anything.</summary>
    private static readonly Gen<string> s_text = Gen.OneOf(Gen.OneOf(s_seedLines), s_title, s_sentence, Gen.String[0, 80]).Array[0, 40]
        .Select(lines => string.Join('\n', lines));

    [Fact]
    public void Any_text_is_parsed_or_refused_with_an_import_error()
    {
        s_text.Sample(text => ParsesOrRefuses(Encoding.UTF8.GetBytes(text)), iter: Iterations);
    }

    [Fact]
    public void Any_bytes_are_parsed_or_refused_with_an_import_error()
    {
        Gen.Byte.Array[0, 400].Sample(ParsesOrRefuses, iter: Iterations);
    }

    [Fact]
    public void Any_text_as_an_html_page_is_parsed_or_refused_with_an_import_error()
    {
        s_text.Sample(text => ParsesOrRefuses(Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><body>{text}</body></html>"), "page.html"), iter: Iterations);
    }

    [Fact]
    public void A_page_and_its_html_form_give_the_same_items_or_the_same_refusal()
    {
        var items = Gen.Select(s_title, s_sentence, Gen.Bool).Array[1, 12];
        items.Sample(
            generated =>
            {
                var text = new StringBuilder("Page title\n   HOME\n\n\n");
                var html = new StringBuilder("<!DOCTYPE html><html><head><title>Page title</title></head><body><h1>Page title</h1>\n");
                foreach (var (title, sentence, picture) in generated)
                {
                    var summary = $"{title} is {sentence}".Trim();
                    text.Append(picture ? "picture info\n\n" : "").Append(title).Append('\n').Append(summary).Append('\n').Append(s_seedLines[0]).Append('\n').Append(s_seedLines[1]).Append("\n\n\n");
                    html.Append("<div class=\"item\">").Append(picture ? "<span class=\"picture\">picture info</span>" : "")
                        .Append("<h2><a href=\"/wiki/x\">").Append(WebUtility.HtmlEncode(title)).Append("</a></h2><p class=\"summary\">")
                        .Append(WebUtility.HtmlEncode(summary)).Append("</p><div class=\"links\"><a href=\"/wiki/x\">[...More Info...]</a></div></div>\n");
                }

                html.Append("</body></html>");
                var fromText = Outcome("page.txt", text.ToString());
                var fromHtml = Outcome("page.html", html.ToString());

                Assert.Equal(fromText, fromHtml);
            },
            iter: Iterations);
    }

    [Fact]
    public void Dates_from_any_text_are_real_dates_at_their_precision()
    {
        Gen.Select(Gen.Enum<ArticleKind>(), s_sentence).Sample(
            (kind, text) =>
            {
                foreach (var date in DateExtractor.Extract(kind, text))
                {
                    var format = date.Precision switch { DatePrecision.Year => "yyyy", DatePrecision.Month => "yyyy-MM", _ => "yyyy-MM-dd" };
                    Assert.True(DateTime.TryParseExact(date.Value, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out _), $"{date.Value} at {date.Precision} from \"{text}\"");
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void The_linker_links_only_names_it_finds_to_other_articles()
    {
        var article = Gen.Select(s_title, s_sentence);
        article.Array[1, 8].Sample(
            generated =>
            {
                var inputs = generated.Select((a, i) => new LinkInput(i + 1, a.Item1, $"{a.Item1} {a.Item2}", [])).ToList();

                var result = MentionLinker.Link(inputs);

                foreach (var mention in result.Mentions)
                {
                    Assert.NotEqual(mention.SourceId, mention.TargetId);
                    Assert.Contains(inputs, a => a.Id == mention.TargetId);
                    Assert.Contains(mention.Text, mention.Sentence, StringComparison.Ordinal);
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void Rendering_a_summary_never_emits_script_from_content()
    {
        var links = Gen.Select(s_title, Gen.OneOf("/articles/a", "javascript:alert(1)", "https://example.org/\" onclick=\"alert(1)", "data:text/html,x"))
            .Array[0, 4];
        Gen.Select(s_sentence, links).Sample(
            (markdown, targets) =>
            {
                var html = SummaryHtml.Render(markdown, targets.Select(t => new SummaryLink(t.Item1, t.Item2, t.Item1)).DistinctBy(l => l.Name).ToList());

                using var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
                Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed, img, svg"));
                foreach (var element in document.Body!.QuerySelectorAll("*"))
                {
                    Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
                    Assert.False(element.GetAttribute("href") is { } href && !SummaryHtml.IsSafeUrl(href), element.OuterHtml);
                }
            },
            iter: Iterations);
    }

    private static void ParsesOrRefuses(byte[] bytes) => ParsesOrRefuses(bytes, "page.txt");

    private static void ParsesOrRefuses(byte[] bytes, string name)
    {
        try
        {
            var page = ItemParser.Parse(SeedReader.Parse(name, name, bytes));
            Assert.NotEmpty(page.Items);
            Assert.All(page.Items, item => Assert.False(string.IsNullOrWhiteSpace(item.Title)));
        }
        catch (ImportException e)
        {
            Assert.StartsWith(name + ":", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', e.Message);
        }
    }

    /// <summary>The items of a page, one a line, or why it was refused.</summary>
    private static string Outcome(string name, string content)
    {
        try
        {
            var items = ItemParser.Parse(SeedReader.Parse(name, name, Encoding.UTF8.GetBytes(content))).Items;
            return string.Join('\n', items.Select(i => $"{i.Title} | {i.Summary} | {i.HasPicture}"));
        }
        catch (ImportException e)
        {
            return "refused: " + e.Problem;
        }
    }
}
