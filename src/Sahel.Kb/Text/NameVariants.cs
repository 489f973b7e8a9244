using System.Text;
using System.Text.RegularExpressions;

namespace Sahel.Kb.Text;

/// <summary>
/// Names written differently that are one name: "Fahad Ag Al-Mahmoud" and "Fahad Ag Almahmoud",
/// "Tuareg rebellion of 2012" and "2012 Tuareg rebellion", "coup" and "coup d'état", and, for long
/// names, one letter more, less or other ("Jama'a Nusrat ul-Islam" and "Jama'at Nusrat ul-Islam").
/// Numbers must agree: "Battle of Kidal (2012)" is not "Battle of Kidal (2013)".
/// </summary>
public sealed partial class NameVariants
{
    /// <summary>Keys at least this long may differ by one letter.</summary>
    public const int LooseLength = 16;

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
                ? new[] { key.Length - 1, key.Length, key.Length + 1 }
                    .SelectMany(length => Anchors(key, length))
                    .SelectMany(anchor => _anchors.GetValueOrDefault(anchor) ?? [])
                    .Distinct(StringComparer.Ordinal)
                    .Where(other => OneLetterApart(key, other))
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
    /// A change of one letter leaves one end whole: a key is indexed by its first and by its last
    /// letters, with its length, so a lookup reads only keys of a length one letter apart.
    /// </summary>
    private static IEnumerable<string> Anchors(string key, int length) => [$"<{length}:{key[..AnchorLength]}", $">{length}:{key[^AnchorLength..]}"];

    /// <summary>One letter inserted, deleted or replaced (never a digit), by the usual bounded comparison.</summary>
    private static bool OneLetterApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a == b || !a.Where(char.IsDigit).SequenceEqual(b.Where(char.IsDigit)))
        {
            return false;
        }

        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        return a.Length - prefix - suffix <= 1 && b.Length - prefix - suffix <= 1;
    }

    [GeneratedRegex(@"^(?:the )?(?<name>.+) of (?<year>(?:1[89]|20)\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex YearAfter();

    [GeneratedRegex(@"\bcoups? d'etat\b", RegexOptions.CultureInvariant)]
    private static partial Regex CoupDetat();
}
