namespace Sahel.Kb.Domain;

/// <summary>A seed page an article was imported from.</summary>
public sealed class ArticleSource
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    /// <summary>The seed file's name, e.g. "000_93b557a858d81a10.txt".</summary>
    public required string Page { get; set; }
}

/// <summary>A seed page lists <see cref="RelatedArticleId"/> as a related item of its subject <see cref="ArticleId"/>.</summary>
public sealed class RelatedItem
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public int RelatedArticleId { get; set; }

    public required string Page { get; set; }
}

/// <summary>One occurrence of an article's name in another article's summary.</summary>
public sealed class Mention
{
    public int Id { get; set; }

    public int SourceArticleId { get; set; }

    public int TargetArticleId { get; set; }

    /// <summary>The words as they stand in the summary.</summary>
    public required string Text { get; set; }

    /// <summary>Character offset in the summary's plain text.</summary>
    public int Position { get; set; }

    public required string Sentence { get; set; }
}

/// <summary>A capitalised name in a summary that matches no article yet: a red link.</summary>
public sealed class WantedName
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public required string Name { get; set; }

    /// <summary>The name as a slug (the rule of <see cref="Alias.CreateKey"/>): the wanted name's address, and what an article's alias would match.</summary>
    public required string Key { get; set; }

    public required string Sentence { get; set; }

    public static string CreateKey(string name) => Alias.CreateKey(name);
}

/// <summary>One run of the importer: what it read and what it changed.</summary>
public sealed class ImportRun
{
    public int Id { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime FinishedAt { get; set; }

    /// <summary>The files read, one per line.</summary>
    public string Files { get; set; } = "";

    public int Created { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    /// <summary>Articles whose mentions changed because names came or went elsewhere.</summary>
    public int Relinked { get; set; }

    /// <summary>Warnings, one per line.</summary>
    public string Warnings { get; set; } = "";
}
