using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A thirtieth page that no rule was written from (the Baga massacre of 2015, Baga, the Multinational
/// Joint Task Force, Abubakar Shekau, Boko Haram), read before its first import (14 of its 18
/// statements, none wrong). Its statements are in <c>expected/baga-massacre.statements.txt</c>.
/// </summary>
public sealed class ThirtiethUnseenPageTests() : ImportedPage("baga-massacre.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind_with_its_dates()
    {
        await AssertKindsAsync(
            ("2015-baga-massacre", ArticleKind.Event),
            ("baga-nigeria", ArticleKind.Region),
            ("multinational-joint-task-force", ArticleKind.Group),
            ("abubakar-shekau", ArticleKind.Person),
            ("boko-haram", ArticleKind.Group));

        // "between 3 and 7 January 2015"; "(c. 1973 – 19 May 2021)".
        Assert.Equal(["start 2015-01-03", "end 2015-01-07"], (await DatesAsync("2015-baga-massacre")).OrderBy(d => d.Value, StringComparer.Ordinal).Select(d => $"{d.Label.ToString().ToLowerInvariant()} {d.Value}"));
        var shekau = await DatesAsync("abubakar-shekau");
        Assert.Equal(("1973", "circa"), Assert.Single(shekau, d => d.Label == DateLabel.Born) is var born ? (born.Value, born.Qualifier) : default);
        Assert.Equal("2021-05-19", Assert.Single(shekau, d => d.Label == DateLabel.Died).Value);
    }

    [Fact]
    public async Task A_state_of_a_federation_is_a_place_and_a_shore_is_not_where_a_town_lies()
    {
        // "in the town of Baga and surrounding villages in Borno State, Nigeria"; "a town on the shore of Lake Chad in Kukawa, …".
        Assert.Contains("location Borno State", await StatementsAsync("2015-baga-massacre"));
        Assert.Equal(["located_in Borno State", "located_in Kukawa", "located_in Nigeria"], (await StatementsAsync("baga-nigeria")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_birthplace_that_shares_the_persons_surname_is_a_place()
    {
        // "Abubakar Shekau (…) … Born in Shekau, in Yobe State": the village, not the man.
        Assert.Contains("place_of_birth Shekau", await StatementsAsync("abubakar-shekau"));
    }
}
