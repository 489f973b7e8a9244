using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Sahel.Kb.Web.Offline;

/// <summary>
/// Which of the site's addresses the offline edition holds, and the file each is written to:
/// <c>/</c> is <c>index.html</c>, <c>/articles/kidal-region</c> is <c>articles/kidal-region.html</c>,
/// <c>/articles?letter=b&amp;page=2</c> is <c>articles.letter-b.page-2.html</c>. Every link is
/// relative, so the folder works from <c>file://</c> and from any static web server.
/// </summary>
public static class OfflinePaths
{
    /// <summary>The files the pages use, as the site serves them.</summary>
    private static readonly string[] s_assetFolders = ["css", "js"];

    public const string SearchPage = "search.html";

    /// <summary>The page an address names in the offline edition, as "path?query" with the query's keys in order; null when the edition does not hold it.</summary>
    public static string? Page(string pathAndQuery)
    {
        var at = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = at < 0 ? pathAndQuery : pathAndQuery[..at];
        var query = at < 0 ? [] : QueryHelpers.ParseQuery(pathAndQuery[at..]);
        var segments = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        string[]? keys = segments switch
        {
            [] => [],
            // The search page is a script over the index: its query is the script's.
            ["search"] => null,
            ["articles"] => ["letter", "page"],
            ["articles" or "wanted" or "names", _] => [],
            ["kinds", _] or ["wanted"] => ["page"],
            ["timeline"] => ["kind", "page"],
            _ => null,
        };
        if (segments is ["search"])
        {
            return "/search";
        }

        if (keys is null || query.Keys.Any(k => !keys.Contains(k, StringComparer.Ordinal)))
        {
            return null;
        }

        var pairs = string.Join('&', query
            .OrderBy(q => q.Key, StringComparer.Ordinal)
            .SelectMany(q => q.Value.Select(v => $"{q.Key}={Uri.EscapeDataString(v ?? "")}")));
        return "/" + string.Join('/', segments) + (pairs.Length > 0 ? "?" + pairs : "");
    }

    /// <summary>Whether an address is one of the files the pages use (<c>/css/site.css</c>, <c>/favicon.svg</c>).</summary>
    public static bool IsAsset(string path) =>
        path == "/favicon.svg" || s_assetFolders.Any(folder => path.StartsWith($"/{folder}/", StringComparison.Ordinal));

    /// <summary>The file of a page returned by <see cref="Page"/>, relative to the edition's folder.</summary>
    public static string File(string page)
    {
        if (page == "/search")
        {
            return SearchPage;
        }

        var at = page.IndexOf('?', StringComparison.Ordinal);
        var path = at < 0 ? page : page[..at];
        var segments = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Safe).ToArray();
        if (segments.Length == 0)
        {
            return "index.html";
        }

        var name = new StringBuilder(segments[^1]);
        if (at >= 0)
        {
            foreach (var (key, value) in QueryHelpers.ParseQuery(page[at..]).SelectMany(q => q.Value.Select(v => (q.Key, v))))
            {
                name.Append('.').Append(Safe(key)).Append('-').Append(Safe(value ?? ""));
            }
        }

        return string.Join('/', segments[..^1].Append(name.Append(".html").ToString()));
    }

    /// <summary>The address of <paramref name="target"/> (a file of the edition) from the page written to <paramref name="from"/>.</summary>
    public static string Relative(string from, string target)
    {
        var depth = from.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth)) + target;
    }

    /// <summary>A file name's characters: letters, digits and hyphens; anything else as "_" and its code.</summary>
    private static string Safe(string value)
    {
        var safe = new StringBuilder(value.Length);
        foreach (var c in Uri.UnescapeDataString(value))
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '-')
            {
                safe.Append(char.ToLowerInvariant(c));
            }
            else
            {
                safe.Append('_').Append(((int)c).ToString("x", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return safe.ToString();
    }
}
