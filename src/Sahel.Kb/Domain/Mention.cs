namespace Sahel.Kb.Domain;

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
