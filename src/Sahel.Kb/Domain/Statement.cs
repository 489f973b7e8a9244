namespace Sahel.Kb.Domain;

/// <summary>
/// A fact between an article and another article or a name: "the Battle of Kidal — participant —
/// Wagner Group (side 2)", with the sentence of the summary that states it and the seed page the
/// summary came from. Stored once, on its subject; its object's page shows it the other way round.
/// </summary>
public sealed class Statement
{
    public int Id { get; set; }

    public int SubjectArticleId { get; set; }

    /// <summary>The property's Wikidata id, e.g. "P710" (<see cref="StatementProperties"/>).</summary>
    public required string Property { get; set; }

    /// <summary>The article the statement points to, or null for a name without an article yet.</summary>
    public int? ObjectArticleId { get; set; }

    /// <summary>The object's name as the sentence writes it.</summary>
    public required string ObjectName { get; set; }

    /// <summary>Qualifiers as "key=value" lines in key order ("side=1", "from=2022-03"); empty for none.</summary>
    public string Qualifiers { get; set; } = "";

    /// <summary>The sentence that states it, verbatim.</summary>
    public required string Evidence { get; set; }

    /// <summary>The seed page whose summary states it, or "editor".</summary>
    public required string Source { get; set; }

    public FieldOrigin Origin { get; set; }

    /// <summary>
    /// An admin took this statement back: kept (origin editor) so the next import, which would read
    /// it from the seed again, leaves it out. Never shown or exported.
    /// </summary>
    public bool Removed { get; set; }

    /// <summary>What makes two statements the same fact, whatever their sentence: subject, property, object.</summary>
    public (int, string, int?, string) Fact => FactOf(SubjectArticleId, Property, ObjectArticleId, ObjectName);

    /// <summary>The fact a statement states: an object without an article is known by its name, whatever its case and accents.</summary>
    public static (int, string, int?, string) FactOf(int subject, string property, int? objectArticle, string objectName) =>
        (subject, property, objectArticle, objectArticle is null ? Text.TextFold.Key(objectName) : "");

    /// <summary>Qualifiers as <see cref="Qualifiers"/> stores them: "key=value" lines in key order.</summary>
    public static string QualifierText(IEnumerable<KeyValuePair<string, string>> qualifiers) =>
        string.Join('\n', qualifiers.OrderBy(q => q.Key, StringComparer.Ordinal).Select(q => $"{q.Key}={q.Value}"));

    /// <summary>The qualifiers <see cref="Qualifiers"/> stores, by key.</summary>
    public static SortedDictionary<string, string> QualifiersOf(string text) =>
        new(text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('=', 2)).ToDictionary(q => q[0], q => q[1]), StringComparer.Ordinal);
}
