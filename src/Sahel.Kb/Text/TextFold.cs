using System.Globalization;
using System.Text;

namespace Sahel.Kb.Text;

/// <summary>
/// Case- and diacritic-insensitive comparison that keeps every character in place: each char
/// folds to exactly one char, so an offset in folded text is the same offset in the original.
/// </summary>
public static class TextFold
{
    private static readonly char[] s_table = BuildTable();

    public static char Fold(char c) => s_table[c];

    public static string Fold(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = s_table[source[i]];
            }
        });

    /// <summary>Folds and collapses white space, for keys that compare names.</summary>
    public static string Key(string name) => string.Join(' ', Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A character of a word, for the linker and the search index alike: a letter, a digit, or a combining mark.</summary>
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            table[i] = c switch
            {
                '\u00A0' or '\u2007' or '\u202F' or '\t' => ' ',
                '\u2018' or '\u2019' or '\u02BC' or '`' or '\u00B4' => '\'',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                _ when char.IsSurrogate(c) => c,
                _ => FoldOne(c),
            };
        }

        return table;
    }

    private static char FoldOne(char c)
    {
        if (c < 128)
        {
            return char.ToLowerInvariant(c);
        }

        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherNotAssigned)
        {
            return c;
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var part in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
            {
                return char.ToLowerInvariant(part);
            }
        }

        return char.ToLowerInvariant(c);
    }
}
