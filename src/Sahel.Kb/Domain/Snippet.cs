namespace Sahel.Kb.Domain;

/// <summary>
/// What one seed page says of an article: the item's title as written, its summary, where it
/// stands on the page. An article is derived from all of its snippets (<c>ArticleMerge</c>), so
/// importing one page never loses what another gave.
/// </summary>
public sealed class Snippet
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    /// <summary>The seed file's name, e.g. "000_93b557a858d81a10.txt".</summary>
    public required string Page { get; set; }

    /// <summary>The item's place on its page, from 0.</summary>
    public int Position { get; set; }

    /// <summary>The line of the page the item's title stands on.</summary>
    public int Line { get; set; }

    /// <summary>The title as the page writes it (the mirror's Title Case).</summary>
    public string Title { get; set; } = "";

    /// <summary>The summary, as escaped Markdown of the page's text.</summary>
    public string Text { get; set; } = "";

    /// <summary>SHA-256 of the title and summary, hex: tells a changed snippet from the same one.</summary>
    public string Hash { get; set; } = "";

    public bool HasPicture { get; set; }
}
