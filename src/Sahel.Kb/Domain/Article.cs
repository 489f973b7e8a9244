using Sahel.Kb.Text;

namespace Sahel.Kb.Domain;

/// <summary>One knowledge-base entry: an event, region, group, person or agreement.</summary>
public sealed class Article
{
    public int Id { get; set; }

    /// <summary>Stable identifier in URLs, made once from the seed title by <see cref="CreateSlug"/>.</summary>
    public required string Slug { get; set; }

    public required string Title { get; set; }

    public ArticleKind Kind { get; set; }

    /// <summary>Why the classifier chose <see cref="Kind"/>, in words a reader can check.</summary>
    public string KindEvidence { get; set; } = "";

    /// <summary>The summary as Markdown. Set it with <see cref="SetSummary"/>, which keeps <see cref="PlainSummary"/> in step.</summary>
    public string Summary { get; private set; } = "";

    /// <summary>The summary as a reader sees it, on one line: what linking, lists and search read.</summary>
    public string PlainSummary { get; private set; } = "";

    public bool HasPicture { get; set; }

    public FieldOrigin TitleOrigin { get; set; }

    public FieldOrigin KindOrigin { get; set; }

    public FieldOrigin SummaryOrigin { get; set; }

    public FieldOrigin AliasesOrigin { get; set; }

    /// <summary>The title as the seed pages last gave it, kept beside an editor's so a changed seed can be told apart.</summary>
    public string? SeedTitle { get; set; }

    public ArticleKind? SeedKind { get; set; }

    public string? SeedSummary { get; set; }

    /// <summary>Every seed page that listed this article has been imported again without it. Flagged, never deleted.</summary>
    public bool MissingFromSeeds { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<Alias> Aliases { get; set; } = [];

    public List<ArticleDate> Dates { get; set; } = [];

    public List<Snippet> Snippets { get; set; } = [];

    public void SetSummary(string markdown)
    {
        Summary = markdown;
        PlainSummary = SummaryText.ToPlain(markdown);
    }

    /// <summary>
    /// Lowercase ASCII words joined by '-': diacritics folded, apostrophes dropped inside words
    /// ("Coup D'État" gives "coup-detat"), every other run of punctuation a single separator.
    /// </summary>
    public static string CreateSlug(string title)
    {
        var slug = new System.Text.StringBuilder(title.Length);
        var pendingSeparator = false;
        foreach (var c in TextFold.Fold(title))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingSeparator && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(c);
                pendingSeparator = false;
            }
            else if (c != '\'')
            {
                pendingSeparator = true;
            }
        }

        return slug.ToString();
    }
}
