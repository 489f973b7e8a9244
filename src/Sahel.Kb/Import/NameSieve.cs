using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Sahel.Kb.Text;

namespace Sahel.Kb.Import;

/// <summary>
/// Tells, cheaply and without a false "no", whether an article may be named in a few texts, so an
/// edit's relink builds the linker over the names that matter and not over the whole knowledge
/// base. The linker finds a name itself, a variant of it (<see cref="NameVariants"/>: without
/// "the", "X of 2012" for "2012 X", "coup d'état" for "coup", a letter or two off in a long
/// name) or a person's surname alone; each leaves the name's letters in a text's letters, whole or
/// that many edits away, with its numbers among the text's. The sieve compares letters only (a
/// variant moves a year) and finds where to compare through the runs of six letters the name
/// shares with a text: a letter changed touches six runs, two swapped seven, so a name a change
/// away still shares all the others. A name of six letters or fewer is found only whole, as whole words.
/// </summary>
public sealed partial class NameSieve
{
    private const int RunLength = 6;

    private readonly List<string> _texts = [];
    private readonly Dictionary<string, List<(int Text, int Position)>> _runs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int Text, int Position)>>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly HashSet<string> _shortWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _numbers = new(StringComparer.Ordinal);

    public NameSieve(IEnumerable<string> texts)
    {
        _lookup = _runs.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var text in texts)
        {
            var folded = TextFold.Fold(text);
            _numbers.UnionWith(Number().Matches(folded).Select(m => m.Value));
            foreach (var version in (string[])[folded, CoupDetat().Replace(folded, "coup")])
            {
                AddRuns(Letters(version));
                AddShortWords([.. Word().Matches(version).Select(m => m.Value)]);
            }
        }
    }

    /// <summary>Whether the linker may find one of the article's names in the texts: its title, an alias, or the word that alone names it.</summary>
    public bool MayName(LinkInput article) => SieveKey.Of(article).Any(MayHold);

    /// <summary>Whether the texts may hold the name, or a name the linker takes for it.</summary>
    public bool MayHold(string name) => MayHold(SieveKey.Of(name));

    /// <summary>Whether the texts may hold the name the key was made from, or a name the linker takes for it.</summary>
    /// <remarks>Run for every name of the knowledge base at each edit: compiled optimised from the first call.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool MayHold(SieveKey name)
    {
        foreach (var number in name.Numbers ?? [])
        {
            if (!_numbers.Contains(number))
            {
                return false;
            }
        }

        var letters = name.Letters;
        if (letters.Length <= RunLength)
        {
            // Too short for a variant that differs: the name whole, or only digits (a year) that say nothing.
            return letters.Length == 0 || _shortWords.Contains(letters);
        }

        // First whether enough of its runs stand anywhere (most names fail at once), then where.
        var edits = name.Edits;
        var runs = letters.Length - RunLength + 1;
        var missing = 0;
        for (var i = 0; i < runs; i++)
        {
            if (!_lookup.ContainsKey(letters.AsSpan(i, RunLength)) && ++missing > edits * (RunLength + 1))
            {
                return false;
            }
        }

        HashSet<(int Text, int Start)>? tried = null;
        for (var i = 0; i < runs; i++)
        {
            if (!_lookup.TryGetValue(letters.AsSpan(i, RunLength), out var found))
            {
                continue;
            }

            foreach (var (text, position) in found)
            {
                if ((tried ??= []).Add((text, position - i)) && StandsAt(letters, _texts[text], position - i, edits))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="name"/> is at most <paramref name="edits"/> edits (swaps of neighbours included) from some part of the text near <paramref name="start"/>.</summary>
    private static bool StandsAt(string name, string text, int start, int edits)
    {
        if (edits == 0)
        {
            return start >= 0 && start + name.Length <= text.Length && text.AsSpan(start, name.Length).SequenceEqual(name);
        }

        var from = Math.Max(0, start - edits);
        return EditDistance.WithinPart(name, text.AsSpan(from, Math.Min(text.Length, start + name.Length + edits) - from), edits);
    }

    private void AddRuns(string letters)
    {
        _texts.Add(letters);
        for (var start = 0; start + RunLength <= letters.Length; start++)
        {
            var run = letters.AsSpan(start, RunLength);
            if (!_lookup.TryGetValue(run, out var found))
            {
                _lookup[run] = found = [];
            }

            found.Add((_texts.Count - 1, start));
        }
    }

    /// <summary>Every run of whole words that has <see cref="RunLength"/> letters or fewer, as one string of letters.</summary>
    private void AddShortWords(List<string> words)
    {
        for (var first = 0; first < words.Count; first++)
        {
            var letters = "";
            for (var last = first; last < words.Count && (letters += words[last]).Length <= RunLength; last++)
            {
                _shortWords.Add(letters);
            }
        }
    }

    internal static string Letters(string folded)
    {
        var letters = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetter(c))
            {
                letters.Append(c);
            }
        }

        return letters.ToString();
    }

    /// <summary>A word as a short name is compared: its letters ("Ghaly's" holds "Ghaly", "al-Kiza" "Kiza").</summary>
    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    internal static partial Regex Number();

    [GeneratedRegex(@"\bcoups? d'etat\b", RegexOptions.CultureInvariant)]
    private static partial Regex CoupDetat();
}
