using System.Text.RegularExpressions;
using Sahel.Kb.Text;

namespace Sahel.Kb.Import;

/// <summary>
/// Part of stage 4 (the merge): the mirror writes every word of a title with a capital ("Battle Of Kidal (2023)").
/// Where the summary writes the title's words (it confirms the casing), the title takes the
/// summary's casing: the whole name if the summary has it ("battle of Kidal" gives "Battle of
/// Kidal (2023)"), else word by word for words the summary only ever writes in lower case
/// ("coup d'état" gives "2021 Malian coup d'état"). The first word keeps its capital.
/// </summary>
public static partial class TitleCaser
{
    public static string Naturalize(string seedTitle, string summary)
    {
        var shortTitle = AliasExtractor.ShortTitle(seedTitle) ?? seedTitle;
        var suffix = seedTitle[shortTitle.Length..];
        var foldedSummary = TextFold.Fold(summary);
        var foldedTitle = TextFold.Fold(shortTitle);

        var at = IndexOfWhole(foldedSummary, foldedTitle);
        if (at >= 0)
        {
            return Capitalize(summary.Substring(at, shortTitle.Length)) + suffix;
        }

        var words = Word().Matches(shortTitle);
        var natural = shortTitle.ToCharArray();
        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i];
            if (!char.IsUpper(word.Value[0]) || word.Value.Skip(1).Any(char.IsUpper))
            {
                continue;
            }

            var lower = word.Value.ToLowerInvariant();
            var writtenLower = WholeWord(summary, lower, ignoreCase: false);
            var writtenCapital = WholeWord(summary, word.Value, ignoreCase: false);
            if (writtenLower && !writtenCapital)
            {
                lower.CopyTo(0, natural, word.Index, lower.Length);
            }
        }

        return new string(natural) + suffix;
    }

    private static string Capitalize(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    private static int IndexOfWhole(string haystack, string needle)
    {
        for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !TextFold.IsWordChar(haystack[at - 1]);
            var after = at + needle.Length == haystack.Length || !TextFold.IsWordChar(haystack[at + needle.Length]);
            if (before && after)
            {
                return at;
            }
        }

        return -1;
    }

    private static bool WholeWord(string text, string word, bool ignoreCase) =>
        Regex.IsMatch(text, $@"(?<![\w'-]){Regex.Escape(word)}(?![\w'-])", ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
