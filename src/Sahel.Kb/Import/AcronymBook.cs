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
}
