namespace Sahel.Kb.Domain;

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
