using Sahel.Kb.Text;

namespace Sahel.Kb.Import;

/// <summary>
/// Every acronym the knowledge base defines ("National Movement for the Liberation of Azawad
/// (MNLA)", on any page) and the full name it stands for. An acronym given two different full
/// names stands for neither.
/// </summary>
public sealed class AcronymBook
{
    private readonly Dictionary<string, string?> _fullNames = new(StringComparer.Ordinal);

    /// <summary>The book of the definitions the texts give (<see cref="AliasExtractor.FindAcronymDefinitions"/>).</summary>
    public static AcronymBook Read(IEnumerable<AcronymDefinition> definitions)
    {
        var book = new AcronymBook();
        foreach (var definition in definitions)
        {
            foreach (var acronym in definition.Acronyms)
            {
                if (!book._fullNames.TryGetValue(acronym, out var known))
                {
                    book._fullNames[acronym] = definition.Name;
                }
                else if (known is not null && TextFold.Key(known) != TextFold.Key(definition.Name))
                {
                    book._fullNames[acronym] = null;
                }
            }
        }

        return book;
    }

    /// <summary>The full name <paramref name="acronym"/> stands for, or null when it is no acronym defined once.</summary>
    public string? FullName(string acronym) => _fullNames.GetValueOrDefault(acronym);

    /// <summary>
    /// The one name of <paramref name="names"/> (those of the same text) that an acronym no text defines stands for: its
    /// capitals are the initials of the name's capitalised words, or of all its words ("ECOWAS"), in the name's order or
    /// another — "MNLA" beside "the National Movement for the Liberation of Azawad", whose acronym follows its French
    /// name. Null for a short acronym (two letters name too much) and when no name or more than one fits.
    /// </summary>
    public static string? Implied(string acronym, IEnumerable<string> names)
    {
        var letters = Sorted(acronym.Where(char.IsUpper));
        if (letters.Length < 3 || !ProperNames.IsAcronym(acronym))
        {
            return null;
        }

        string? found = null;
        foreach (var name in names)
        {
            var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < letters.Length || name == found
                || letters != Sorted(words.Where(w => char.IsUpper(w[0])).Select(w => w[0])) && letters != Sorted(words.Select(w => char.ToUpperInvariant(w[0]))))
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = name;
        }

        return found;
    }

    private static string Sorted(IEnumerable<char> letters) => string.Concat(letters.Order());
}
