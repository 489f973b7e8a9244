namespace Sahel.Kb.Domain;

/// <summary>What an article is about. Stored and shown in lower case: <c>event</c>, <c>region</c>, ...</summary>
public enum ArticleKind
{
    Event,
    Region,
    Group,
    Person,
    Agreement,
}

public static class ArticleKinds
{
    public static IReadOnlyList<ArticleKind> All { get; } = Enum.GetValues<ArticleKind>();

    public static string Name(this ArticleKind kind) => kind switch
    {
        ArticleKind.Event => "event",
        ArticleKind.Region => "region",
        ArticleKind.Group => "group",
        ArticleKind.Person => "person",
        ArticleKind.Agreement => "agreement",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The kind as a heading says it: "Event".</summary>
    public static string Label(this ArticleKind kind) => kind switch
    {
        ArticleKind.Person => "Person",
        _ => char.ToUpperInvariant(kind.Name()[0]) + kind.Name()[1..],
    };

    /// <summary>The kind as a list's heading says it: "Events", "People".</summary>
    public static string PluralLabel(this ArticleKind kind) => kind switch
    {
        ArticleKind.Person => "People",
        _ => kind.Label() + "s",
    };

    public static bool TryParse(string? name, out ArticleKind kind)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Name(), name, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    public static ArticleKind Parse(string name) =>
        TryParse(name, out var kind) ? kind : throw new FormatException($"'{name}' is not an article kind.");
}
