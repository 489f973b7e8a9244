namespace Sahel.Kb.Text;

/// <summary>How many letters two words or names are apart: "Did you mean", loose name variants and the edit's name sieve all ask.</summary>
public static class EditDistance
{
    /// <summary>Rows this long or shorter are kept on the stack.</summary>
    private const int StackRow = 256;

    /// <summary>Edit distance with adjacent swaps (optimal string alignment), or more than <paramref name="limit"/> once it is sure to be.</summary>
    public static int Within(string a, string b, int limit) => Distance(a, b, limit, anywhereInB: false);

    /// <summary>Whether <paramref name="a"/> is at most <paramref name="limit"/> edits (swaps of neighbours included) from some part of <paramref name="b"/>.</summary>
    public static bool WithinPart(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit) => Distance(a, b, limit, anywhereInB: true) <= limit;

    /// <summary>
    /// The table over <paramref name="a"/> (rows) and <paramref name="b"/> (columns), three rows kept;
    /// <paramref name="anywhereInB"/>: a match may begin and end anywhere in <paramref name="b"/>
    /// (the first row costs nothing, the answer is the last row's least).
    /// </summary>
    private static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit, bool anywhereInB)
    {
        var width = b.Length + 1;
        var rows = 3 * width <= 3 * StackRow ? stackalloc int[3 * width] : new int[3 * width];
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows[(2 * width)..];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = anywhereInB ? 0 : j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                }

                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            var oldest = previous2;
            previous2 = previous;
            previous = current;
            current = oldest;
        }

        if (!anywhereInB)
        {
            return previous[b.Length];
        }

        var least = previous[0];
        foreach (var cell in previous)
        {
            least = Math.Min(least, cell);
        }

        return least;
    }
}
