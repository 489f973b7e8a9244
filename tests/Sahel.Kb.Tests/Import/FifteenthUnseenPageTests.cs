using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A fifteenth page that no rule was written from (Yirgou, Kaboré, Dan Na Ambassagou, Centre-Nord;
/// Kidal in May 2014, Moussa Mara), read before its first import. Its statements are in
/// <c>expected/yirgou-massacre.statements.txt</c>; here, its dates, and what is not a statement.
/// </summary>
public sealed class FifteenthUnseenPageTests() : ImportedPage("yirgou-massacre.txt")
{
    [Fact]
    public async Task A_massacre_is_dated_by_the_days_its_opening_gives_after_what_it_was()
    {
        var dates = await DatesAsync("yirgou-massacre");

        // "was a massacre of Fulani civilians by members of … in and around the village of Yirgou, …, on 1 and 2 January 2019";
        // not "on 31 December 2018", the killing it followed.
        Assert.Equal("2019-01-01", Assert.Single(dates, d => d.Label == DateLabel.Start).Value);
        Assert.Equal("2019-01-02", Assert.Single(dates, d => d.Label == DateLabel.End).Value);
    }

    [Fact]
    public async Task A_regions_parts_and_its_capital_are_not_where_it_lies()
    {
        // "Its capital is Kaya. … comprises the provinces of Bam, Namentenga and Sanmatenga."
        Assert.Equal(["located_in Burkina Faso"], await StatementsAsync("centre-nord-region"));
        Assert.Contains("Centre-Nord", await AliasesAsync("centre-nord-region"));
    }

    [Fact]
    public async Task An_accusation_and_a_negotiator_state_nothing()
    {
        // "has been accused of massacres of Fulani civilians, among them the Ogossagou massacre"; "It was negotiated by Mohamed Ould Abdel Aziz".
        Assert.DoesNotContain(await StatementsAsync("dan-na-ambassagou"), s => s.Contains("Ogossagou", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("kidal-ceasefire-2014"), s => s.Contains("Abdel Aziz", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_ceasefire_named_by_its_place_is_one_wanted_name()
    {
        var wanted = await WantedAsync();

        // "It was followed by the Algiers ceasefire of July 2014"
        Assert.Contains("Algiers ceasefire", wanted);
        Assert.Contains("followed_by Algiers ceasefire", await StatementsAsync("kidal-ceasefire-2014"));
        Assert.Equal(ArticleKind.Agreement, await WantedKindAsync("Algiers ceasefire"));
    }
}
