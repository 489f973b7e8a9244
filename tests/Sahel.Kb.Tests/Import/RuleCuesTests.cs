using Sahel.Kb.Import;

namespace Sahel.Kb.Tests.Import;

/// <summary>A cue is text no match of the pattern can lack: a sentence without it is skipped, so a wrong cue loses facts.</summary>
public sealed class RuleCuesTests
{
    [Theory]
    [InlineData(@"(?<a>{LIST})\s+(?:attacked|ambushed|stormed)\s+(?<b>{LIST})", new[] { "(?:attacked|ambushed|stormed)" })]            // the verb between two lists
    [InlineData(@"\b(?:offensive|attack)s?{WHEN}\s+by\s+(?<a>{LIST})\s+against\s+(?<b>{LIST})", new[] { "(?:offensive|attack)", "against" })] // "by" is too short to be worth it
    [InlineData(@"\battacks?\s+on\s+@\d+@", new[] { "attack" })]                                                                 // "s?": the "s" may be missing
    [InlineData(@"(?<!\b(?:headquartered|based)\s)\b(?:near|outside)\s+\p{Lu}+@\d+@", new[] { "(?:near|outside)" })]            // a look-behind's words need not stand there
    [InlineData(@"(?:\s+(?:attacked|stormed)\s+[^)(]+)?\s+(?:captured|seized)\b", new[] { "(?:captured|seized)" })]            // an optional group's words need not either
    [InlineData(@"(?<o>{ITEM})(?:\s+led\s+by\s+[a-z]+){0,2}\s+(?:took\s+control\s+of|overran)", new[] { @"(?:took\s+control\s+of|overran)" })]
    [InlineData(@"(?<o>{ITEM})\s+(?:(?:captured|arrested)\s+(?:the\s+)?@\d+@)", new[] { "(?:captured|arrested)" })]             // a group inside one no match can lack
    public void The_cues_are_the_words_no_match_can_lack(string pattern, string[] cues) => Assert.Equal(cues, RuleCues.Of(pattern));

    [Theory]
    [InlineData(@"(?:attacked|raided)\s+@\d+@|(?<a>{LIST})\s+fought\s+(?<b>{LIST})")] // either side of "|" may match alone
    [InlineData(@"(?<o>{ITEM})\s+(?:(?:captured|arrested)\s+@\d+@|seized\s+power)")]   // so may either alternative of a group
    [InlineData(@"(?<a>{LIST})\s+(?:was|were)\s+by\s+(?<b>{LIST})")]                   // words in nearly every sentence
    [InlineData(@"(?:supported|backed)?\s+(?:in|at)\s+@\d+@")]
    public void A_pattern_without_words_it_needs_has_no_cue(string pattern) => Assert.Empty(RuleCues.Of(pattern));

    [Fact]
    public void A_sentence_without_a_cue_is_not_read_with_the_rule()
    {
        var cued = RuleCues.Test(@"(?<a>{LIST})\s+(?:attacked|ambushed)\s+(?<b>{LIST})\s+near\s+@\d+@");

        Assert.True(cued("@0@ Ambushed @1@ near @2@"));   // in any case, as the rule reads it
        Assert.False(cued("@0@ fought @1@ near @2@"));
    }
}
