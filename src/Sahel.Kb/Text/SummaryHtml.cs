using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Sahel.Kb.Text;

/// <summary>A name in a summary to turn into a link (a mention of another article, or a wanted name), with a tooltip when the name alone does not say enough.</summary>
public sealed record SummaryLink(string Name, string Href, string? Title, string? CssClass = null);

/// <summary>
/// Renders a summary's Markdown as HTML with raw HTML off, the first mention of each article in
/// each section a link (whole words, case- and accent-insensitive, as the linker found them;
/// later mentions stay text, as an encyclopedia writes them), and no link or image whose target
/// is anything but http(s) or a relative address. HtmlSanitizer then cleans the result as a
/// second line: only the elements and attributes a summary's Markdown makes survive.
/// </summary>
public static class SummaryHtml
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    private static readonly HtmlSanitizer s_sanitizer = CreateSanitizer();

    public static string Render(string markdown, IReadOnlyList<SummaryLink> links)
    {
        var document = Markdown.Parse(markdown, s_pipeline);
        DropUnsafeLinks(document);
        if (links.Count > 0)
        {
            LinkNames(document, links);
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        s_pipeline.Setup(renderer);
        renderer.Render(document);
        return s_sanitizer.Sanitize(writer.ToString());
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        sanitizer.AllowedTags.UnionWith(["p", "a", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "br", "hr", "del", "h1", "h2", "h3", "h4", "h5", "h6"]);
        sanitizer.AllowedAttributes.Clear();
        sanitizer.AllowedAttributes.UnionWith(["href", "title", "class"]);
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https"]);
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAtRules.Clear();
        sanitizer.AllowDataAttributes = false;
        return sanitizer;
    }

    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && !url.StartsWith('/'))
        {
            return absolute.Scheme is "http" or "https";
        }

        // Relative: no scheme before the first '/', '?' or '#'.
        var end = url.IndexOfAny(['/', '?', '#']);
        return !url.AsSpan(0, end < 0 ? url.Length : end).Contains(':');
    }

    private static void DropUnsafeLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().Where(l => !IsSafeUrl(l.Url)).ToList())
        {
            // The link's words stay, as text.
            while (link.FirstChild is { } child)
            {
                child.Remove();
                link.InsertBefore(child);
            }

            link.Remove();
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().Where(l => !IsSafeUrl(l.Url)).ToList())
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
    }

    private static void LinkNames(MarkdownDocument document, IReadOnlyList<SummaryLink> links)
    {
        var automaton = new NameAutomaton(links.Select(l => l.Name));
        // A heading starts a section: its first mention of an article is linked again.
        var linked = new HashSet<string>(StringComparer.Ordinal);
        var literals = document.Descendants()
            .Where(node => node is HeadingBlock || node is LiteralInline literal && literal.FirstParentOfType<LinkInline>() is null)
            .ToList();
        foreach (var node in literals)
        {
            if (node is HeadingBlock)
            {
                linked.Clear();
                continue;
            }

            var literal = (LiteralInline)node;
            var text = literal.Content.ToString();
            var matches = automaton.Find(text).Where(m => linked.Add(links[m.Name].Href)).ToList();
            if (matches.Count == 0)
            {
                continue;
            }

            Inline last = literal;
            var position = 0;
            foreach (var match in matches)
            {
                if (match.Start > position)
                {
                    last = InsertAfter(last, new LiteralInline(text[position..match.Start]));
                }

                var target = links[match.Name];
                var link = new LinkInline(target.Href, target.Title ?? "");
                if (target.CssClass is not null)
                {
                    link.GetAttributes().AddClass(target.CssClass);
                }

                link.AppendChild(new LiteralInline(text.Substring(match.Start, match.Length)));
                last = InsertAfter(last, link);
                position = match.Start + match.Length;
            }

            if (position < text.Length)
            {
                last.InsertAfter(new LiteralInline(text[position..]));
            }

            literal.Remove();
        }
    }

    private static Inline InsertAfter(Inline previous, Inline next)
    {
        previous.InsertAfter(next);
        return next;
    }
}
