using Sahel.Kb.Import;

namespace Sahel.Kb.Tests.Import;

/// <summary>Headings the mirror glued into the text become subheadings; a word that only looks like one stays.</summary>
public sealed class SummarySectionsTests
{
    [Theory]
    [InlineData("It was founded in 2014. Organization The group has a council.", "It was founded in 2014.\n\n### Organization\n\nThe group has a council.")]
    [InlineData("He is a rebel. Early life Ag Ali was born in 1960.", "He is a rebel.\n\n### Early life\n\nAg Ali was born in 1960.")]
    [InlineData("It ended (2015). Background In 2012, war began.", "It ended (2015).\n\n### Background\n\nIn 2012, war began.")]
    [InlineData("History shows that. It was long.", "History shows that. It was long.")] // a sentence that starts with the word
    [InlineData("The war ended. History of the region is long.", "The war ended. History of the region is long.")] // no capital after it
    public void A_glued_heading_becomes_a_subheading(string text, string markdown) =>
        Assert.Equal(markdown, SummarySections.ToMarkdown(text));
}
