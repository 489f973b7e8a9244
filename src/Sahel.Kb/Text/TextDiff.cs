using DiffPlex;

namespace Sahel.Kb.Text;

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

public sealed record DiffPart(DiffKind Kind, string Text);

/// <summary>
/// A word-by-word difference of two texts, for showing an admin what an edit or an import
/// changed: DiffPlex's (Myers' algorithm, memory linear in the texts), each word with the white
/// space that follows it, so joining the parts of one side gives that text back.
/// </summary>
public static class TextDiff
{
    private static readonly IChunker s_words = new WordsWithTheirSpace();

    public static IReadOnlyList<DiffPart> Words(string? before, string? after)
    {
        var diff = Differ.Instance.CreateDiffs(before ?? "", after ?? "", ignoreWhiteSpace: false, ignoreCase: false, s_words);
        var (old, @new) = (diff.PiecesOld, diff.PiecesNew);
        var parts = new List<DiffPart>();
        var at = 0;
        foreach (var block in diff.DiffBlocks)
        {
            parts.AddRange(old.Skip(at).Take(block.DeleteStartA - at).Select(p => new DiffPart(DiffKind.Same, p)));
            parts.AddRange(old.Skip(block.DeleteStartA).Take(block.DeleteCountA).Select(p => new DiffPart(DiffKind.Removed, p)));
            parts.AddRange(@new.Skip(block.InsertStartB).Take(block.InsertCountB).Select(p => new DiffPart(DiffKind.Added, p)));
            at = block.DeleteStartA + block.DeleteCountA;
        }

        parts.AddRange(old.Skip(at).Select(p => new DiffPart(DiffKind.Same, p)));
        return Merge(parts);
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

    /// <summary>Words with the white space that follows each: "the UN's " is two pieces, "the " and "UN's ".</summary>
    private sealed class WordsWithTheirSpace : IChunker
    {
        public IReadOnlyList<string> Chunk(string text)
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

            return words;
        }
    }
}
