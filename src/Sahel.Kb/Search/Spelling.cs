using System.Text.RegularExpressions;
using Sahel.Kb.Text;

namespace Sahel.Kb.Search;

/// <summary>
/// "Did you mean …": the words of every title, and for a query word none of them spells, the
/// nearest one (one letter off for words of up to five letters, two for longer), the commonest
/// first. "kidl" gives "kidal"; "menka" gives "menaka".
/// </summary>
public sealed partial class Spelling
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<string>> _byLength = [];

    public Spelling(IEnumerable<string> titles)
    {
        foreach (var word in titles.SelectMany(Words))
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

    /// <summary>The query with each word no title spells replaced by the nearest one that does; null when there is nothing to correct.</summary>
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
                var distance = Distance(term, word, allowed);
                var count = _counts[word];
                if (distance <= allowed && (distance < bestDistance || distance == bestDistance && (count > bestCount || count == bestCount && string.CompareOrdinal(word, best) < 0)))
                {
                    (best, bestDistance, bestCount) = (word, distance, count);
                }
            }
        }

        return best;
    }

    /// <summary>Edit distance with adjacent swaps (optimal string alignment), or more than <paramref name="limit"/> once it is sure to be.</summary>
    public static int Distance(string a, string b, int limit)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                }

                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
