namespace Sahel.Kb.Domain;

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
