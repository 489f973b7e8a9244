using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Sahel.Kb.Import;

/// <summary>
/// Stage 1b: turns an HTML page into the text lines a browser would show, one per block element,
/// skipping scripts, styles, navigation and footers, so the item parser sees what a reader sees.
/// Walks the tree with an explicit stack: no recursion, however deep the page.
/// </summary>
public static partial class HtmlBlocks
{
    private static readonly HashSet<string> s_skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "script", "style", "noscript", "template", "nav", "footer", "svg", "math", "iframe",
        "object", "embed", "canvas", "select", "button", "input", "textarea", "audio", "video", "map",
    };

    private static readonly HashSet<string> s_skippedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "contentinfo", "search", "banner",
    };

    private static readonly HashSet<string> s_blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "li", "main", "menu", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr",
        "td", "th", "caption", "ul", "br", "html",
    };

    /// <summary>Elements without content, or whose end tag HTML lets a page leave out: they never nest.</summary>
    private static readonly HashSet<string> s_flat = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp",
    };

    private static readonly string[] s_rawText = ["script", "style", "textarea", "title"];

    /// <summary>
    /// The line where the page's elements first nest deeper than <paramref name="maxDepth"/>, or
    /// null. A scan of the tags, before any parsing: an HTML parser's cost grows with the square of
    /// the nesting, so a page of 200,000 nested elements is refused before it is parsed.
    /// </summary>
    public static int? LineTooDeep(string html, int maxDepth)
    {
        var depth = 0;
        for (var at = html.IndexOf('<'); at >= 0 && at < html.Length - 1; at = html.IndexOf('<', at + 1))
        {
            if (html.AsSpan(at).StartsWith("<!--"))
            {
                var end = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
                at = end < 0 ? html.Length - 1 : end;
                continue;
            }

            var closing = html[at + 1] == '/';
            var nameStart = at + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                continue;
            }

            var name = html[nameStart..nameEnd];
            var tagEnd = html.IndexOf('>', nameEnd);
            var selfClosing = tagEnd > 0 && html[tagEnd - 1] == '/';
            if (closing)
            {
                depth = s_flat.Contains(name) ? depth : Math.Max(0, depth - 1);
                continue;
            }

            if (s_rawText.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                var end = html.IndexOf("</" + name, nameEnd, StringComparison.OrdinalIgnoreCase);
                at = end < 0 ? html.Length - 1 : end - 1;
                continue;
            }

            if (selfClosing || s_flat.Contains(name))
            {
                continue;
            }

            if (++depth > maxDepth)
            {
                return html.AsSpan(0, at).Count('\n') + 1;
            }
        }

        return null;
    }

    public static IReadOnlyList<SourceLine> Extract(string html) => Extract(html, out _);

    /// <summary>The page's text blocks as lines, and the subject its <c>&lt;title&gt;</c> names ("Kidal Offensive - Related Items" names "Kidal Offensive").</summary>
    public static IReadOnlyList<SourceLine> Extract(string html, out string? title)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(html);
        title = SubjectOf(document.Title);
        var lines = new List<SourceLine>();
        var current = new StringBuilder();
        var currentLine = 1;

        void Flush()
        {
            var text = current.ToString().Trim();
            if (text.Length > 0)
            {
                lines.Add(new SourceLine(currentLine, text));
            }

            current.Clear();
        }

        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((document.DocumentElement, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IElement element)
            {
                var isBlock = s_blocks.Contains(element.LocalName);
                if (leaving)
                {
                    if (isBlock)
                    {
                        Flush();
                    }

                    continue;
                }

                if (IsSkipped(element))
                {
                    continue;
                }

                if (isBlock)
                {
                    Flush();
                }

                stack.Push((node, true));
                for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push((child, false));
                }
            }
            else if (node is IText text)
            {
                if (current.Length == 0 && !string.IsNullOrWhiteSpace(text.Data))
                {
                    currentLine = text.ParentElement?.SourceReference?.Position.Line ?? currentLine;
                }

                AppendCollapsed(current, text.Data);
            }
        }

        Flush();
        return lines;
    }

    private static string? SubjectOf(string? title)
    {
        var words = string.Join(' ', (title ?? "").Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        var suffix = RelatedItemsSuffix().Match(words);
        var subject = suffix.Success ? words[..suffix.Index] : words;
        return subject.Length > 0 ? subject : null;
    }

    /// <summary>The mirror's page suffix: " - Related Items", " | Related Items - Mirror".</summary>
    [GeneratedRegex(@" [-–—|] [^-–—|]*\bRelated\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelatedItemsSuffix();

    private static bool IsSkipped(IElement element) =>
        s_skipped.Contains(element.LocalName) ||
        element.HasAttribute("hidden") ||
        element.GetAttribute("role") is { } role && s_skippedRoles.Contains(role);

    private static void AppendCollapsed(StringBuilder target, string text)
    {
        foreach (var c in text)
        {
            // Keep non-breaking spaces as they are: the item parser folds them like the text form's.
            if (c is ' ' or '\n' or '\r' or '\t' or '\f')
            {
                if (target.Length > 0 && target[^1] != ' ')
                {
                    target.Append(' ');
                }
            }
            else
            {
                target.Append(c);
            }
        }
    }
}
