using System.Text.RegularExpressions;
using Sahel.Kb.Text;

namespace Sahel.Kb.Search;

/// <summary>
/// "Did you mean …": the words of every title and alias, and for a query word none of them spells, the
/// nearest one (one letter off for words of up to five letters, two for longer), the commonest
/// first. "kidl" gives "kidal"; "menka" gives "menaka".
/// </summary>
public sealed partial class Spelling
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<string>> _byLength = [];

    public Spelling(IEnumerable<string> names)
    {
        foreach (var word in names.SelectMany(Words))
        {
            if (word.Length < 3 || word.Any(char.IsDigit))
            {
                continue;
            }

            if (_counts.TryGetValue(word, out var count))
            {
                _counts[word] = count + 1;
            }
            else
            {
                _counts[word] = 1;
                (_byLength.TryGetValue(word.Length, out var words) ? words : _byLength[word.Length] = []).Add(word);
            }
        }
    }

    /// <summary>The query with each word no title or alias spells replaced by the nearest one that does; null when there is nothing to correct.</summary>
    public string? Correct(string query)
    {
        var terms = Words(query).ToList();
        var corrected = terms.Select(term => _counts.ContainsKey(term) || term.Length < 3 ? term : Nearest(term) ?? term).ToList();
        return corrected.SequenceEqual(terms) ? null : string.Join(' ', corrected);
    }

    /// <summary>The folded words of a text: letters and digits, apostrophes inside ("jama'at").</summary>
    private static IEnumerable<string> Words(string text) =>
        Word().Matches(TextFold.Fold(text)).Select(m => m.Value.Trim('\'')).Where(w => w.Length > 0);

    [GeneratedRegex(@"[\p{L}\p{N}']+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    private string? Nearest(string term)
    {
        var allowed = term.Length <= 5 ? 1 : 2;
        string? best = null;
        var (bestDistance, bestCount) = (int.MaxValue, 0);
        for (var length = term.Length - allowed; length <= term.Length + allowed; length++)
        {
            foreach (var word in _byLength.GetValueOrDefault(length) ?? [])
            {
                var distance = EditDistance.Within(term, word, allowed);
                var count = _counts[word];
                if (distance <= allowed && (distance < bestDistance || distance == bestDistance && (count > bestCount || count == bestCount && string.CompareOrdinal(word, best) < 0)))
                {
                    (best, bestDistance, bestCount) = (word, distance, count);
                }
            }
        }

        return best;
    }
}
