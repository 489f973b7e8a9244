using System.Text;
using System.Text.RegularExpressions;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Import;

/// <summary>An item of a seed page: a title and its summary paragraph.</summary>
public sealed record SeedItem(string Title, string Summary, bool HasPicture, int Line);

/// <summary>
/// A parsed seed page. Its subject is the item its heading names (<see cref="PageTitle"/>),
/// wherever that item stands; the others are its related items.
/// </summary>
public sealed record SeedPage(string Name, string? PageTitle, IReadOnlyList<SeedItem> Items, IReadOnlyList<string> Warnings, int SubjectIndex = 0)
{
    public SeedItem Subject => Items[SubjectIndex];

    public IEnumerable<SeedItem> RelatedItems => Items.Where((_, i) => i != SubjectIndex);
}

/// <summary>
/// Stage 2: splits a page's lines into items. The format, as saved from the mirror:
/// a page title and a "HOME" line, then items of an optional "picture info" line, a title line,
/// one summary paragraph, and the link lines "[...More Info...]" and
/// "[...Related Items...] OR: [Wikipedia] [Google] [Baidu]" (which may be missing).
/// A title is a short line that does not end like a sentence; the prose after it is its summary.
/// </summary>
public static partial class ItemParser
{
    private const int MaxTitleLength = 160;
    private const int MaxTitleWords = 16;

    /// <summary>A summary that does not end like a sentence still needs this many words to be one.</summary>
    private const int MinShortSummaryWords = 5;

    private enum LineKind
    {
        Blank,
        Home,
        Links,
        Picture,
        Title,
        Prose,
    }

    public static SeedPage Parse(SeedDocument document)
    {
        var lines = document.Lines
            .Select(l => (l.Number, Text: Normalize(l.Text)))
            .Select(l => (l.Number, l.Text, Kind: Classify(l.Text)))
            .ToList();

        var items = new List<SeedItem>();
        var warnings = new List<string>();
        string? pageTitle = null;
        (int Line, string Text)? title = null;
        var summary = new StringBuilder();
        var summaryOpen = false;
        var picture = false;
        var titlePicture = false;

        void FinishItem()
        {
            if (title is { } t && summary.Length > 0)
            {
                items.Add(new SeedItem(t.Text, summary.ToString(), titlePicture, t.Line));
                title = null;
            }

            summary.Clear();
            summaryOpen = false;
        }

        void DropTitle(string why)
        {
            if (title is not { } t)
            {
                return;
            }

            if (items.Count == 0 && pageTitle is null)
            {
                pageTitle = t.Text;
            }
            else
            {
                warnings.Add($"{document.Name}: line {t.Line}: \"{t.Text}\" {why}; skipped");
            }

            title = null;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var (number, text, kind) = lines[i];
            switch (kind)
            {
                case LineKind.Blank:
                    summaryOpen = false;
                    break;
                case LineKind.Home:
                    FinishItem();
                    DropTitle("is a header, not an item");
                    break;
                case LineKind.Links:
                    FinishItem();
                    DropTitle("has no summary");
                    break;
                case LineKind.Picture:
                    FinishItem();
                    DropTitle("has no summary");
                    picture = true;
                    break;
                case LineKind.Title when title is not null && NextContentIsProse(lines, i):
                    DropTitle("has no summary");
                    StartTitle(number, text);
                    break;
                case LineKind.Title when title is not null && WordCount(text) < MinShortSummaryWords:
                    DropTitle("has no summary");
                    StartTitle(number, text);
                    break;
                case LineKind.Title or LineKind.Prose when title is not null:
                    summary.Append(text);
                    summaryOpen = true;
                    FinishItemKeepingSummaryOpen();
                    break;
                case LineKind.Prose when summaryOpen && items.Count > 0:
                    // A paragraph wrapped over several lines: the next line continues the last summary.
                    var last = items[^1];
                    items[^1] = last with { Summary = last.Summary + " " + text };
                    break;
                case LineKind.Title:
                    FinishItem();
                    StartTitle(number, text);
                    break;
                default:
                    warnings.Add($"{document.Name}: line {number}: text outside any item; skipped");
                    break;
            }
        }

        DropTitle("has no summary");

        if (items.Count == 0)
        {
            throw new ImportException(document.Name, null,
                "no items found: a seed page has title lines each followed by a summary paragraph");
        }

        pageTitle ??= document.Heading;
        var subject = pageTitle is null ? -1 : items.FindIndex(i => Article.CreateSlug(i.Title) == Article.CreateSlug(pageTitle));
        if (subject < 0)
        {
            warnings.Add(pageTitle is null
                ? $"{document.Name}: the page has no heading naming its subject; its first item, \"{items[0].Title}\", is taken as the subject"
                : $"{document.Name}: no item is the page's subject \"{pageTitle}\"; its first item, \"{items[0].Title}\", is taken as the subject");
        }

        return new SeedPage(document.Name, pageTitle ?? items[0].Title, items, warnings, Math.Max(0, subject));

        void StartTitle(int number, string text)
        {
            title = (number, text);
            titlePicture = picture;
            picture = false;
        }

        void FinishItemKeepingSummaryOpen()
        {
            FinishItem();
            summaryOpen = true;
        }
    }

    /// <summary>Non-breaking and other spaces become plain spaces; runs of white space one space.</summary>
    public static string Normalize(string line)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            var isSpace = char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';
            if (isSpace)
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else if (!char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().TrimEnd();
    }

    private static int WordCount(string text) => text.Count(c => c == ' ') + 1;

    private static bool NextContentIsProse(List<(int Number, string Text, LineKind Kind)> lines, int index)
    {
        for (var j = index + 1; j < lines.Count; j++)
        {
            switch (lines[j].Kind)
            {
                case LineKind.Blank:
                    continue;
                case LineKind.Prose:
                    return true;
                default:
                    return false;
            }
        }

        return false;
    }

    private static LineKind Classify(string text)
    {
        if (text.Length == 0)
        {
            return LineKind.Blank;
        }

        if (text.Equals("HOME", StringComparison.OrdinalIgnoreCase))
        {
            return LineKind.Home;
        }

        if (LinkLine().IsMatch(text))
        {
            return LineKind.Links;
        }

        if (text.Equals("picture info", StringComparison.OrdinalIgnoreCase))
        {
            return LineKind.Picture;
        }

        return IsTitle(text) ? LineKind.Title : LineKind.Prose;
    }

    private static bool IsTitle(string text) =>
        text.Length <= MaxTitleLength &&
        WordCount(text) <= MaxTitleWords &&
        char.IsLetterOrDigit(text[0]) &&
        !text.EndsWith('.') && !text.EndsWith('…') && !text.EndsWith(':') && !text.EndsWith(',') && !text.EndsWith(';') &&
        !SentenceBreak().IsMatch(text);

    /// <summary>"[...More Info...]", "[...Related Items...] OR: [Wikipedia] [Google] [Baidu]": bracketed labels only.</summary>
    [GeneratedRegex(@"^(?:\[[^\[\]]{1,40}\]|OR:|\s)+$", RegexOptions.CultureInvariant)]
    private static partial Regex LinkLine();

    [GeneratedRegex(@"[a-z]{3,}[.!?] [A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();
}
