using System.Globalization;
using System.Text;

namespace Sahel.Kb.Text;

/// <summary>
/// Names that look the same but are not (Unicode TR39 §4, "skeleton"): "Kidal Regiоn" with a
/// Cyrillic о and "Kidal Region" have one skeleton. The table is the part of TR39's
/// confusables that imitates Latin letters — Cyrillic, Greek and Armenian look-alikes, digits and
/// dotless letters — the scripts a title of this knowledge base is written in or spoofed with;
/// compatibility forms (fullwidth, mathematical letters) are unfolded first by NFKD.
/// </summary>
public static class Confusables
{
    // Each pair: a look-alike, then the Latin letter it imitates.
    private const string Pairs =
        // Cyrillic, lower case
        "аaсcԁdеeһhіiјjӏlоoрpԛqѕsԝwхxуy" +
        // Cyrillic, upper case
        "АAВBСCЕEНHІIЈJКKМMОOРPЅSТTԜWХXҮYУY" +
        // Greek
        "ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXαaιiνvοoρpχx" +
        // Armenian
        "օoսuհhոnզq" +
        // digits, dotless and other Latin look-alikes
        "0O1lIlıiȷj|lǀl";

    private static readonly Dictionary<char, char> s_latin = Enumerable.Range(0, Pairs.Length / 2)
        .ToDictionary(i => Pairs[2 * i], i => Pairs[(2 * i) + 1]);

    /// <summary>The skeleton of <paramref name="text"/>: equal skeletons look alike.</summary>
    public static string Skeleton(string text)
    {
        var unfolded = text.Normalize(NormalizationForm.FormKD);
        var skeleton = new StringBuilder(unfolded.Length);
        foreach (var c in unfolded)
        {
            // Invisible characters change nothing a reader sees.
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                skeleton.Append(s_latin.GetValueOrDefault(c, c));
            }
        }

        return skeleton.ToString().Normalize(NormalizationForm.FormD);
    }

    /// <summary>Whether two different strings look the same.</summary>
    public static bool AreConfusable(string a, string b) =>
        !string.Equals(a, b, StringComparison.Ordinal) && string.Equals(Skeleton(a), Skeleton(b), StringComparison.Ordinal);
}
