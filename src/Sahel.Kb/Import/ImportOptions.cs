namespace Sahel.Kb.Import;

/// <summary>Configuration section <c>Kb:Import</c>.</summary>
public sealed class ImportOptions
{
    public const string Section = "Kb:Import";

    /// <summary>The folder (or file) imported when no path is given.</summary>
    public string SeedPath { get; set; } = "seeds";

    /// <summary>
    /// The seed path as given when it exists; else, when relative, the first folder above
    /// <paramref name="start"/> that holds it (so <c>dotnet run</c> from any folder of the repo finds <c>seeds/</c>).
    /// </summary>
    public static string Resolve(string path, string start)
    {
        if (Path.Exists(path) || Path.IsPathRooted(path))
        {
            return path;
        }

        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, path);
            if (Path.Exists(candidate))
            {
                return candidate;
            }
        }

        return path;
    }

    /// <summary>A seed file larger than this is refused.</summary>
    public long MaxFileBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>A line (a paragraph of an HTML page) longer than this is refused: no snippet is a book.</summary>
    public int MaxLineChars { get; set; } = 100_000;

    public const int DefaultMaxHtmlDepth = 1_000;

    /// <summary>An HTML page whose elements nest deeper than this is refused (a browser stops nesting at 512).</summary>
    public int MaxHtmlDepth { get; set; } = DefaultMaxHtmlDepth;

    /// <summary>A page with more items than this is refused: a "Related Items" page lists about a dozen.</summary>
    public int MaxItemsPerFile { get; set; } = 10_000;

    /// <summary>A page an admin uploads from the browser may be at most this large.</summary>
    public long MaxUploadBytes { get; set; } = 5 * 1024 * 1024;
}
