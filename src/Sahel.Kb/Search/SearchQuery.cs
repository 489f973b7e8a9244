using Sahel.Kb.Text;
using System.Text;

namespace Sahel.Kb.Search;

/// <summary>
/// Turns whatever a reader typed into a safe FTS5 query: words only, each quoted, so quotes,
/// brackets, <c>*</c>, <c>AND</c> or a lone <c>-</c> are never syntax. Words joined by a hyphen
/// or an apostrophe stay one phrase ("CSP-DPA" finds that acronym whole, not CSP-PSD), and the
/// last word also matches as a prefix ("tinzao" finds "Tinzaouaten").
/// </summary>
public static class SearchQuery
{
    public const int MaxTerms = 12;
    public const int MaxTermLength = 64;

    /// <summary>The FTS5 expression, or null when the text holds no word to search for.</summary>
    public static string? ToMatch(string? text, bool lastAsPrefix = true) => ToMatch(Terms(text ?? ""), lastAsPrefix);

    /// <summary>The FTS5 expression of terms already split by <see cref="Terms"/>, or null when there are none.</summary>
    public static string? ToMatch(List<List<string>> terms, bool lastAsPrefix = true)
    {
        if (terms.Count == 0)
        {
            return null;
        }

        var match = new StringBuilder();
        for (var i = 0; i < terms.Count; i++)
        {
            if (i > 0)
            {
                match.Append(' ');
            }

            match.Append('"').Append(string.Join(' ', terms[i])).Append('"');
            if (lastAsPrefix && i == terms.Count - 1)
            {
                match.Append(" *");
            }
        }

        return match.ToString();
    }

    /// <summary>The query's terms: each a phrase of one or more words.</summary>
    public static List<List<string>> Terms(string text)
    {
        var terms = new List<List<string>>();
        var phrase = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i <= text.Length && terms.Count < MaxTerms; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (TextFold.IsWordChar(c))
            {
                if (word.Length < MaxTermLength)
                {
                    word.Append(c);
                }

                continue;
            }

            if (word.Length > 0)
            {
                phrase.Add(word.ToString());
                word.Clear();
            }

            // A hyphen or apostrophe between two letters joins them into one phrase.
            var joins = c is '-' or '\'' or '’' or '‐' or '‑' && i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);
            if (!joins && phrase.Count > 0)
            {
                terms.Add(phrase);
                phrase = [];
            }
        }

        return terms;
    }
}
