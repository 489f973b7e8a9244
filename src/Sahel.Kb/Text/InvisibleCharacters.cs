using System.Buffers;
using System.Globalization;
using System.Text;

namespace Sahel.Kb.Text;

/// <summary>
/// Characters a reader cannot see but a renderer obeys: bidi controls (U+202E turns "Kidal"
/// into "ladiK" on screen), zero-width spaces and joiners, soft hyphens, stray BOMs, tag
/// characters — Unicode's format category (Cf). Seed text and admins' names lose them, so a
/// title shows as what it is.
/// </summary>
public static class InvisibleCharacters
{
    private static readonly SearchValues<char> s_suspects = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => char.IsSurrogate(c) || IsInvisible(new Rune(c)))]);

    public static bool IsInvisible(Rune rune) => Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format;

    public static string Remove(string text)
    {
        if (!text.AsSpan().ContainsAny(s_suspects))
        {
            return text;
        }

        var visible = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (!IsInvisible(rune))
            {
                visible.Append(rune.ToString());
            }
        }

        return visible.ToString();
    }
}
