using System.Text.RegularExpressions;
using Sahel.Kb.Domain;
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

        // Word by word: "Wal" as the summary writes it, "wal"; "Al-Islam", "al-Islam"; "D'état", "d'état".
        var words = Word().Matches(shortTitle);
        var natural = shortTitle.ToCharArray();
        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i].Value;
            if (!char.IsUpper(word[0]))
            {
                continue;
            }

            // "Soum Province": a place's last word stays a name's, though the summary writes "the province borders …".
            if (i == words.Count - 1 && WantedNameRules.IsPlaceNoun(word))
            {
                continue;
            }

            var written = WrittenForms(summary, word);
            if (!written.Contains(word) && written.FirstOrDefault(form => IsLowered(word, form)) is { } lowered)
            {
                lowered.CopyTo(0, natural, words[i].Index, lowered.Length);
            }
            else if (word.Length > 4 && word[^1] == 's' && !written.Contains(word) && KindRules.TitleWords[ArticleKind.Event].Contains(word[..^1].ToLowerInvariant())
                && WrittenForms(summary, word[..^1]) is var singular && !singular.Contains(word[..^1]) && singular.Any(form => IsLowered(word[..^1], form)))
            {
                // "2016 Ouagadougou Attacks" where the summary only writes "the attack": the plural of an event's noun it writes small.
                natural[words[i].Index] = char.ToLowerInvariant(word[0]);
            }
            else if (i == words.Count - 1 && YearFirst().IsMatch(shortTitle) && !written.Contains(word) && KindRules.TitleWords[ArticleKind.Event].Contains(word.ToLowerInvariant()))
            {
                // "2010 Arlit Kidnapping": a title that opens with its year describes the event, and its noun is no name's.
                natural[words[i].Index] = char.ToLowerInvariant(word[0]);
            }
            else if (Elision().IsMatch(word) && char.IsLower(natural[words[i - 1].Index]))
            {
                // "Coup D'état" after a word made small: "coup d'état".
                natural[words[i].Index] = char.ToLowerInvariant(word[0]);
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

    /// <summary>
    /// Every way <paramref name="text"/> writes <paramref name="word"/> as a whole word, whatever its case, but where a
    /// sentence (or a glued section heading: "… Timbuktu. Attack On the morning …") starts: a capital there says nothing.
    /// </summary>
    private static HashSet<string> WrittenForms(string text, string word) =>
        Regex.Matches(text, $@"(?<![\w'-])(?<!(?:^|[.!?…])\s*){Regex.Escape(word)}(?![\w'-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
            .Select(m => m.Value)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary><paramref name="form"/> is <paramref name="word"/> with some capitals made small, and nothing else changed.</summary>
    private static bool IsLowered(string word, string form) =>
        form.Length == word.Length && form != word && word.Zip(form).All(p => p.First == p.Second || char.IsUpper(p.First) && char.ToLowerInvariant(p.First) == p.Second);

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"^\d{4}\s", RegexOptions.CultureInvariant)]
    private static partial Regex YearFirst();

    /// <summary>A French elided article or preposition opening a word: "D'état", "L'Azawad".</summary>
    [GeneratedRegex(@"^[DL]['’]\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex Elision();
}
