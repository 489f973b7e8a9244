using Sahel.Kb.Domain;
using Sahel.Kb.Text;

namespace Sahel.Kb.Import;

/// <summary>
/// A name as <see cref="NameSieve"/> compares it, made once: the letters of its variant key
/// (<see cref="NameVariants.Key"/>), its numbers (null when it has none), and how many letters a
/// variant of it may change.
/// </summary>
public readonly record struct SieveKey(string Letters, string[]? Numbers, int Edits)
{
    public static SieveKey Of(string name)
    {
        var key = NameVariants.Key(name);
        string[]? numbers = key.Any(char.IsDigit) ? [.. NameSieve.Number().Matches(key).Select(m => m.Value)] : null;
        var edits = key.Length >= NameVariants.LooserLength ? 2 : key.Length >= NameVariants.LooseLength - 1 ? 1 : 0;
        return new SieveKey(NameSieve.Letters(key), numbers, edits);
    }

    /// <summary>The keys of every name the linker finds an article by: its title, its aliases, and the word that alone names it.</summary>
    public static SieveKey[] Of(LinkInput article) => Of(article.Title, article.KeptAliases.Select(a => a.Name), article.Kind);

    public static SieveKey[] Of(string title, IEnumerable<string> aliases, ArticleKind? kind)
    {
        var names = aliases.Prepend(title);
        if (MentionLinker.ShortName(TextFold.Key(AliasExtractor.ShortTitle(title) ?? title), kind) is { } shortName)
        {
            names = names.Append(shortName);
        }

        return [.. names.Select(Of).DistinctBy(key => (key.Letters, string.Join(' ', key.Numbers ?? [])))];
    }
}
