namespace Sahel.Kb.Domain;

/// <summary>Another name of an article: an acronym, a short title, a link label, a spelling.</summary>
public sealed class Alias
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public required string Name { get; set; }

    /// <summary>The name as a slug, so any way of writing it finds the article.</summary>
    public required string Key { get; set; }

    public AliasOrigin Origin { get; set; }

    /// <summary>Two names are the same alias when their keys are equal: the name as a slug.</summary>
    public static string CreateKey(string name) => Article.CreateSlug(name);
}

/// <summary>How an alias was found.</summary>
public enum AliasOrigin
{
    /// <summary>An acronym the summary gives for the subject: "(, JNIM; , GSIM; )".</summary>
    Acronym,

    /// <summary>The title without its parenthetical: "Algiers Accords".</summary>
    ShortTitle,

    /// <summary>A full name the summary opens with when it differs from the title.</summary>
    FullName,

    /// <summary>"also known as", "alias", "alternatively spelled", "romanised as".</summary>
    AlsoKnownAs,

    /// <summary>The label of a flattened wiki link whose target is this article.</summary>
    LinkLabel,

    /// <summary>The title another seed page gives this article ("Isaac Zida" beside "Yacouba Isaac Zida").</summary>
    PageTitle,

    Editor,
}
