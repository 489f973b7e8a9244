namespace Sahel.Kb.Text;

/// <summary>Sentence bounds in summary text: a '.', '!', '?' or '…' followed by a space and a capital, digit or quote.</summary>
public static class Sentences
{
    private static readonly HashSet<string> s_abbreviations =
    [
        "tr", "St", "Mt", "Dr", "Mr", "Mrs", "Ms", "Jr", "Sr", "Gen", "Col", "Lt", "Capt", "Sgt", "Maj",
        "Gov", "Pres", "Rev", "No", "vs", "c", "ca", "al", "approx", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec",
    ];

    public static IEnumerable<(int Start, int Length)> Split(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsBoundary(text, i))
            {
                yield return (start, i + 1 - start);
                start = i + 1;
                while (start < text.Length && text[start] == ' ')
                {
                    start++;
                }

                i = start - 1;
            }
        }

        if (start < text.Length)
        {
            yield return (start, text.Length - start);
        }
    }

    public static IEnumerable<string> SplitText(string text) =>
        Split(text).Select(s => text.Substring(s.Start, s.Length).Trim());

    /// <summary>The first sentence, cut at a word with "…" when longer than <paramref name="maxLength"/>.</summary>
    public static string Lead(string text, int maxLength = 240)
    {
        var first = Split(text).Select(s => text.Substring(s.Start, s.Length).Trim()).FirstOrDefault() ?? "";
        if (first.Length <= maxLength)
        {
            return first;
        }

        var cut = first.LastIndexOf(' ', maxLength - 1);
        return first[..(cut > maxLength / 2 ? cut : maxLength - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    /// <summary>The sentence that holds <paramref name="index"/>.</summary>
    public static string Around(string text, int index)
    {
        foreach (var (start, length) in Split(text))
        {
            if (index < start + length)
            {
                return text.Substring(start, length).Trim();
            }
        }

        return text.Trim();
    }

    private static bool IsBoundary(string text, int i)
    {
        if (text[i] is not ('.' or '!' or '?' or '…') || i + 2 >= text.Length || text[i + 1] != ' ')
        {
            return false;
        }

        var next = text[i + 2];
        if (!(char.IsUpper(next) || char.IsDigit(next) || next is '"' or '\'' or '“'))
        {
            return false;
        }

        // "tr. Kidal", "Col. Assimi", "U.S. Army": a known abbreviation or a lone initial is no sentence end.
        var wordStart = i;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, i - wordStart);
        var isInitial = word.Length == 1 && char.IsUpper(word[0]);
        return text[i] != '.' || !(isInitial || s_abbreviations.Contains(word.ToString()));
    }
}
