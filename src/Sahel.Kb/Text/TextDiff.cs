namespace Sahel.Kb.Text;

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

public sealed record DiffPart(DiffKind Kind, string Text);

/// <summary>
/// A word-by-word difference of two texts (longest common subsequence), for showing an admin
/// what an edit or an import changed. Texts longer than <see cref="MaxWords"/> words compare as
/// wholes, so a diff costs bounded time and memory.
/// </summary>
public static class TextDiff
{
    public const int MaxWords = 3000;

    public static IReadOnlyList<DiffPart> Words(string? before, string? after)
    {
        var a = Split(before ?? "");
        var b = Split(after ?? "");
        if (a.Length > MaxWords || b.Length > MaxWords)
        {
            return Merge([new DiffPart(DiffKind.Removed, before ?? ""), new DiffPart(DiffKind.Added, after ?? "")]);
        }

        // lengths[i, j]: the longest common subsequence of a[i..] and b[j..].
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var parts = new List<DiffPart>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                parts.Add(new DiffPart(DiffKind.Same, a[x++]));
                y++;
            }
            else if (y < b.Length && (x == a.Length || lengths[x, y + 1] >= lengths[x + 1, y]))
            {
                parts.Add(new DiffPart(DiffKind.Added, b[y++]));
            }
            else
            {
                parts.Add(new DiffPart(DiffKind.Removed, a[x++]));
            }
        }

        return Merge(parts);
    }

    /// <summary>Words with the white space that follows each, so joining the parts gives the text back.</summary>
    private static string[] Split(string text)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (i + 1 == text.Length || !char.IsWhiteSpace(text[i + 1])))
            {
                words.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            words.Add(text[start..]);
        }

        return [.. words];
    }

    private static List<DiffPart> Merge(IEnumerable<DiffPart> parts)
    {
        var merged = new List<DiffPart>();
        foreach (var part in parts.Where(p => p.Text.Length > 0))
        {
            if (merged.Count > 0 && merged[^1].Kind == part.Kind)
            {
                merged[^1] = part with { Text = merged[^1].Text + part.Text };
            }
            else
            {
                merged.Add(part);
            }
        }

        return merged;
    }
}
