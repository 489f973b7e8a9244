using Sahel.Kb.Text;

namespace Sahel.Kb.Tests.Text;

public sealed class TextDiffTests
{
    [Fact]
    public void A_changed_word_shows_as_removed_then_added_between_what_stayed()
    {
        var parts = TextDiff.Words("the UN's deadliest peacekeeping mission", "the UN's most dangerous peacekeeping mission");

        Assert.Equal(
            [
                new DiffPart(DiffKind.Same, "the UN's "),
                new DiffPart(DiffKind.Removed, "deadliest "),
                new DiffPart(DiffKind.Added, "most dangerous "),
                new DiffPart(DiffKind.Same, "peacekeeping mission"),
            ],
            parts);
    }

    [Theory]
    [InlineData("", "Kidal Region")]
    [InlineData("Kidal Region", "")]
    [InlineData("a b c d", "a c d e")]
    [InlineData("line one\nline  two", "line one\nline three\n")]
    public void Each_side_is_its_text_again(string before, string after)
    {
        var parts = TextDiff.Words(before, after);

        Assert.Equal(before, string.Concat(parts.Where(p => p.Kind != DiffKind.Added).Select(p => p.Text)));
        Assert.Equal(after, string.Concat(parts.Where(p => p.Kind != DiffKind.Removed).Select(p => p.Text)));
    }

    [Fact]
    public void Two_long_summaries_compare_word_by_word()
    {
        // 20,000 words a side: the old comparison held a table of 400 million cells, and gave up past 3,000 words.
        var words = Enumerable.Range(0, 20_000).Select(i => $"w{i}").ToList();
        var before = string.Join(' ', words);
        words[10_000] = "changed";

        var parts = TextDiff.Words(before, string.Join(' ', words));

        Assert.Equal(["w10000 "], parts.Where(p => p.Kind == DiffKind.Removed).Select(p => p.Text));
        Assert.Equal(["changed "], parts.Where(p => p.Kind == DiffKind.Added).Select(p => p.Text));
    }
}
