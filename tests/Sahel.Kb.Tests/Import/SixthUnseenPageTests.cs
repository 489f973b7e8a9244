using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A sixth page in the mirror's format that no rule was written from, with the mirror's litter
/// (empty brackets, glued headings, a link's label in brackets): the Battle of Konna, Ansar Dine,
/// Operation Serval, Gao. Each expectation is what the page's sentences say; its statements are
/// in <c>expected/battle-of-konna.statements.txt</c>.
/// </summary>
public sealed class SixthUnseenPageTests() : ImportedPage("battle-of-konna.txt")
{
    [Fact]
    public async Task A_romanised_name_is_an_alias_and_a_translation_no_wanted_name()
    {
        var aliases = await AliasesAsync("ansar-dine");
        var wanted = await WantedAsync();

        // "(Arabic: أنصار الدين, ''Anṣār ad-Dīn'', "Helpers of the Religion"; )"
        Assert.Contains("Anṣār ad-Dīn", aliases);
        Assert.DoesNotContain("Helpers of the Religion", wanted);
        Assert.DoesNotContain("Anṣār ad-Dīn", wanted);
        // "Gao … is a city in Mali and the capital of the Gao Region": "Region" alone names nothing.
        Assert.DoesNotContain("Region", wanted);
    }

    [Theory]
    [InlineData("operation-serval", DateLabel.Start, "2013-01-11")] // "a French military operation in Mali launched on 11 January 2013"
    [InlineData("battle-of-konna", DateLabel.Start, "2013-01-10")] // "fought on 10–17 January 2013"
    [InlineData("battle-of-konna", DateLabel.End, "2013-01-17")]
    public async Task A_date_is_read_where_the_sentence_gives_it(string slug, DateLabel label, string value)
    {
        var dates = await DatesAsync(slug);

        Assert.Equal(value, Assert.Single(dates, d => d.Label == label).Value);
    }
}
