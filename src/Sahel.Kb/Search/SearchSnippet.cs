using System.Text;
using Sahel.Kb.Text;

namespace Sahel.Kb.Search;

/// <summary>
/// The passage of a summary around the first match of a query, the matched words between
/// <see cref="ArticleSearcher.MarkStart"/> and <see cref="ArticleSearcher.MarkEnd"/>. It matches as
/// the index does: whole words, case and accents folded, the last word also as a prefix,
/// hyphenated terms as phrases.
/// </summary>
public static class SearchSnippet
{
    public const int Words = 24;

    public static string Make(string plain, IReadOnlyList<IReadOnlyList<string>> terms)
    {
        var words = WordSpans(plain);
        if (words.Count == 0)
        {
            return "";
        }

        var folded = words.Select(w => TextFold.Fold(plain.Substring(w.Start, w.Length))).ToList();
        var keys = terms.Select(t => t.Select(TextFold.Fold).ToList()).ToList();
        var marked = new bool[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            for (var t = 0; t < keys.Count; t++)
            {
                var phrase = keys[t];
                var isLast = t == keys.Count - 1;
                if (i + phrase.Count > words.Count)
                {
                    continue;
                }

                var matches = true;
                for (var k = 0; k < phrase.Count && matches; k++)
                {
                    var lastWordOfQuery = isLast && k == phrase.Count - 1;
                    matches = lastWordOfQuery ? folded[i + k].StartsWith(phrase[k], StringComparison.Ordinal) : folded[i + k] == phrase[k];
                }

                if (matches)
                {
                    for (var k = 0; k < phrase.Count; k++)
                    {
                        marked[i + k] = true;
                    }
                }
            }
        }

        var first = Array.IndexOf(marked, true);
        var start = first < 0 ? 0 : Math.Max(0, first - (Words / 3));
        var end = Math.Min(words.Count, start + Words);
        var snippet = new StringBuilder();
        if (start > 0)
        {
            snippet.Append('…');
        }

        for (var i = start; i < end; i++)
        {
            var from = i == start ? words[i].Start : words[i - 1].Start + words[i - 1].Length;
            snippet.Append(plain, from, words[i].Start - from);
            var word = plain.Substring(words[i].Start, words[i].Length);
            snippet.Append(marked[i] ? ArticleSearcher.MarkStart + word + ArticleSearcher.MarkEnd : word);
        }

        if (end < words.Count)
        {
            snippet.Append('…');
        }

        return snippet.ToString().Trim();
    }

    /// <summary>Runs of letters and digits, as the index's tokenizer reads words.</summary>
    private static List<(int Start, int Length)> WordSpans(string text)
    {
        var spans = new List<(int, int)>();
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && TextFold.IsWordChar(text[i]))
            {
                i++;
            }

            spans.Add((start, i - start));
        }

        return spans;
    }
}
