namespace Sahel.Kb.Domain;

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

    /// <summary>What the text suggests the name is ("the town of Tessalit", "Gao Region", "Prime Minister X"); null when it does not say.</summary>
    public ArticleKind? Kind { get; set; }

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

    /// <summary>Articles no seed page lists any more: flagged, not deleted.</summary>
    public int Removed { get; set; }

    public int Conflicts { get; set; }

    /// <summary>Who ran it: an admin's user name, or "command line".</summary>
    public string StartedBy { get; set; } = "";

    public List<ImportChange> Changes { get; set; } = [];

    /// <summary>Warnings, one per line.</summary>
    public string Warnings { get; set; } = "";
}

/// <summary>What an import changed in one article: it was created, a field changed, it went missing, or a seed change met an edit.</summary>
public sealed class ImportChange
{
    public int Id { get; set; }

    public int ImportRunId { get; set; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    public ChangeKind Change { get; set; }

    /// <summary>"title", "kind", "summary", "dates", "aliases", "sources"; empty for a whole article.</summary>
    public string Field { get; set; } = "";

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }
}

public enum ChangeKind
{
    Created,
    Updated,
    Removed,
    Conflict,
}

/// <summary>
/// An import met a field an editor owns whose seed value changed: the edit stands until an admin
/// takes the seed's version or keeps the edit.
/// </summary>
public sealed class Conflict
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public int ImportRunId { get; set; }

    /// <summary>"title", "kind" or "summary".</summary>
    public required string Field { get; set; }

    public required string SeedValue { get; set; }

    public required string EditorValue { get; set; }

    public DateTime CreatedAt { get; set; }

    public ConflictResolution? Resolution { get; set; }

    public string? ResolvedBy { get; set; }

    public DateTime? ResolvedAt { get; set; }
}

public enum ConflictResolution
{
    KeptEdit,
    TookSeed,
}

/// <summary>An article's editable fields as one save left them: who, when, and what.</summary>
public sealed class Revision
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    /// <summary>1 for the article as imported before its first edit, then one more per save.</summary>
    public int Number { get; set; }

    public required string Author { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>What the save did: "edited", "restored revision 2", "took the seed's summary".</summary>
    public string Note { get; set; } = "";

    public required string Title { get; set; }

    public ArticleKind Kind { get; set; }

    /// <summary>One alias a line.</summary>
    public string Aliases { get; set; } = "";

    public string Summary { get; set; } = "";
}
