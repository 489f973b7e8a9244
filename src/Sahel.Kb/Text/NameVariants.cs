using System.Text;
using System.Text.RegularExpressions;

namespace Sahel.Kb.Text;

/// <summary>
/// Names written differently that are one name: "Fahad Ag Al-Mahmoud" and "Fahad Ag Almahmoud",
/// "Tuareg rebellion of 2012" and "2012 Tuareg rebellion", "coup" and "coup d'état", and, for long
/// names, one letter more, less or other ("Jama'a Nusrat ul-Islam" and "Jama'at Nusrat ul-Islam"),
/// two for names of <see cref="LooserLength"/> letters or more ("Jama'at Nusrat al-Islam
/// wal-Muslimin" and "Jama'at Nusrat ul-Islam wa al-Muslimin").
/// Numbers must agree: "Battle of Kidal (2012)" is not "Battle of Kidal (2013)".
/// </summary>
public sealed partial class NameVariants
{
    /// <summary>Keys at least this long may differ by one letter.</summary>
    public const int LooseLength = 16;

    /// <summary>Keys at least this long may differ by two letters.</summary>
    public const int LooserLength = 24;

    private const int AnchorLength = 6;

    private readonly Dictionary<string, HashSet<int>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _anchors = new(StringComparer.Ordinal);

    public void Add(string name, int owner)
    {
        var key = Key(name);
        if (key.Length == 0)
        {
            return;
        }

        if (!_exact.TryGetValue(key, out var owners))
        {
            _exact[key] = owners = [];
            if (key.Length >= LooseLength - 1)
            {
                foreach (var anchor in Anchors(key, key.Length))
                {
                    (_anchors.TryGetValue(anchor, out var keys) ? keys : _anchors[anchor] = []).Add(key);
                }
            }
        }

        owners.Add(owner);
    }

    /// <summary>The one owner of a name written like <paramref name="name"/>; none when no name or several owners' names are.</summary>
    public bool TryFind(string name, out int owner)
    {
        owner = 0;
        var key = Key(name);
        if (key.Length == 0)
        {
            return false;
        }

        var owners = _exact.TryGetValue(key, out var exact)
            ? exact
            : key.Length >= LooseLength
                ? Enumerable.Range(key.Length - Allowed(key.Length), (2 * Allowed(key.Length)) + 1)
                    .SelectMany(length => Anchors(key, length))
                    .SelectMany(anchor => _anchors.GetValueOrDefault(anchor) ?? [])
                    .Distinct(StringComparer.Ordinal)
                    .Where(other => Close(key, other))
                    .SelectMany(other => _exact[other])
                    .ToHashSet()
                : [];
        if (owners.Count != 1)
        {
            return false;
        }

        owner = owners.First();
        return true;
    }

    /// <summary>The name's letters and digits, folded, with "X of 2012" read as "2012 X", without a leading "the", "coup d'état" as "coup".</summary>
    public static string Key(string name)
    {
        var folded = TextFold.Key(name);
        folded = YearAfter().Replace(folded, "${year} ${name}");
        folded = CoupDetat().Replace(folded, "coup");
        if (folded.StartsWith("the ", StringComparison.Ordinal))
        {
            folded = folded[4..];
        }

        var key = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }

    /// <summary>
    /// A change of a letter or two mostly leaves one end whole: a key is indexed by its first and by
    /// its last letters, with its length, so a lookup reads only keys of a length it may reach.
    /// </summary>
    private static IEnumerable<string> Anchors(string key, int length) => [$"<{length}:{key[..AnchorLength]}", $">{length}:{key[^AnchorLength..]}"];

    private static int Allowed(int length) => length >= LooserLength ? 2 : 1;

    /// <summary>Lands whose names, or whose peoples' names, are a letter or two apart: "Nigerian Air Force" is not "Nigerien Air Force".</summary>
    private static readonly string[] s_lookAlikeLands = ["niger", "nigeria", "nigerien", "nigerian", "gambia", "zambia", "iran", "iraq"];

    /// <summary>
    /// Letters inserted, deleted, replaced or swapped, no more than the shorter key's length allows; digits never, nor the lands
    /// either names (<see cref="s_lookAlikeLands"/>).
    /// </summary>
    private static bool Close(string a, string b)
    {
        var allowed = Allowed(Math.Min(a.Length, b.Length));
        return a != b && a.Where(char.IsDigit).SequenceEqual(b.Where(char.IsDigit))
            && s_lookAlikeLands.All(land => a.Contains(land, StringComparison.Ordinal) == b.Contains(land, StringComparison.Ordinal))
            && EditDistance.Within(a, b, allowed) <= allowed;
    }

    [GeneratedRegex(@"^(?:the )?(?<name>.+) of (?<year>(?:1[89]|20)\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex YearAfter();

    [GeneratedRegex(@"\bcoups? d'etat\b", RegexOptions.CultureInvariant)]
    private static partial Regex CoupDetat();
}
