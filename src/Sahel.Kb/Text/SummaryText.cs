using System.Text;
using System.Text.RegularExpressions;
using Markdig;

namespace Sahel.Kb.Text;

/// <summary>Summaries are kept as Markdown. Seed text becomes Markdown that shows exactly that text; Markdown becomes plain text for linking.</summary>
public static partial class SummaryText
{
    private static readonly MarkdownPipeline s_plain = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>
    /// Escapes every character Markdown would act on, then turns the wiki's ''italics'' and
    /// '''bold''' into Markdown's.
    /// </summary>
    public static string SeedToMarkdown(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '<' or '>' or '`' or '#' or '|' or '~' or '!' or '&')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        // A line that opens like a list item ("1. ", "- ", "+ ") or a heading underline must stay a paragraph.
        if (ListStart().Match(escaped.ToString()) is { Success: true } start)
        {
            escaped.Insert(start.Groups["mark"].Index, '\\');
        }

        var markdown = WikiBold().Replace(escaped.ToString(), "**$1**");
        return WikiItalic().Replace(markdown, "*$1*");
    }

    /// <summary>The text a reader sees, on one line.</summary>
    public static string ToPlain(string markdown)
    {
        var plain = Markdown.ToPlainText(markdown, s_plain);
        return string.Join(' ', plain.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"^(?:\d{1,9}(?<mark>[.)])|(?<mark>[-+=]))", RegexOptions.CultureInvariant)]
    private static partial Regex ListStart();

    [GeneratedRegex(@"'''(?!')(.+?)'''", RegexOptions.CultureInvariant)]
    private static partial Regex WikiBold();

    [GeneratedRegex(@"''(?!')(.+?)''", RegexOptions.CultureInvariant)]
    private static partial Regex WikiItalic();
}
