namespace Sahel.Kb.Data;

/// <summary>
/// An article page as an anonymous reader gets it, rendered once when the knowledge changed and
/// stored compressed: for one interface language, one site origin (the page names its own
/// address) and one build of the app (a new layout makes every page again).
/// </summary>
public sealed class PreparedPage
{
    public int ArticleId { get; set; }

    /// <summary>The interface's language: "en", "fr".</summary>
    public required string Language { get; set; }

    public required string Slug { get; set; }

    /// <summary>The scheme, host and port the page's absolute links name: "https://kb.example.org".</summary>
    public required string Origin { get; set; }

    /// <summary>The build of the app that rendered it.</summary>
    public required string Build { get; set; }

    /// <summary>The knowledge base's version the page was rendered from.</summary>
    public long Version { get; set; }

    /// <summary>The page's HTML, gzip-compressed.</summary>
    public required byte[] Html { get; set; }
}

/// <summary>
/// The last version at which something an article's page shows changed (itself, an article it
/// links to or lists, a fact): a prepared page older than that is not served.
/// </summary>
public sealed class PageChange
{
    public int ArticleId { get; set; }

    public long Version { get; set; }
}
