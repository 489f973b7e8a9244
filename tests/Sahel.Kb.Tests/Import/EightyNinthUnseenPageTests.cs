using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// An eighty-ninth page that no rule was written from (the Agatu massacre of 2016, Benue State, Samuel
/// Ortom, the herder–farmer conflicts in Nigeria, the Miyetti Allah Cattle Breeders Association), each
/// snippet cut inside a word as the mirror cuts them, its expectations written before its first import.
/// Its statements are in <c>expected/agatu-massacre.statements.txt</c>.
/// </summary>
public sealed class EightyNinthUnseenPageTests() : ImportedPage("agatu-massacre.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("agatu-massacre", ArticleKind.Event),
            ("benue-state", ArticleKind.Region),
            ("samuel-ortom", ArticleKind.Person),
            ("herder-farmer-conflicts-in-nigeria", ArticleKind.Event),
            ("miyetti-allah-cattle-breeders-association-of-nigeria", ArticleKind.Group));
    }

    [Fact]
    public async Task A_massacre_a_state_a_governor_and_a_body_are_dated_as_written()
    {
        // "took place in February 2016"; "created on 3 February 1976"; "(born 23 April 1961)"; "founded in 1979"
        var start = await DateAsync("agatu-massacre", DateLabel.Start);
        Assert.Equal(("2016-02", DatePrecision.Month), (start.Value, start.Precision));
        var founded = await DateAsync("benue-state", DateLabel.Founded);
        Assert.Equal(("1976-02-03", DatePrecision.Day), (founded.Value, founded.Precision));
        Assert.Equal("1961-04-23", (await DateAsync("samuel-ortom", DateLabel.Born)).Value);
        Assert.Equal("1979", (await DateAsync("miyetti-allah-cattle-breeders-association-of-nigeria", DateLabel.Founded)).Value);
    }

    [Fact]
    public async Task An_acronym_and_a_fuller_name_are_aliases()
    {
        Assert.Contains("MACBAN", await AliasesAsync("miyetti-allah-cattle-breeders-association-of-nigeria"));
        Assert.Contains("Samuel Ioraer Ortom", await AliasesAsync("samuel-ortom"));
    }

    [Fact]
    public async Task An_office_and_a_presidency_keep_their_periods()
    {
        // "Governor of Benue State from 2015 to 2023"; "Its national president since 2018 has been Baba Othman Ngelzarma"
        var governor = await QualifiersAsync("samuel-ortom", "position_held", "Governor of Benue State");
        Assert.Equal(("2015", "2023"), (governor.GetValueOrDefault("from"), governor.GetValueOrDefault("to")));
        var sets = await QualifierSetsAsync("miyetti-allah-cattle-breeders-association-of-nigeria", "led_by", "Baba Othman Ngelzarma");
        Assert.Contains(sets, q => q.GetValueOrDefault("from") == "2018");
    }

    [Fact]
    public async Task Names_without_an_article_are_wanted_with_the_kind_their_words_say()
    {
        // "drove thousands of residents to Makurdi and Otukpo"; "named after the Benue River"; "A member of the Peoples Democratic Party"
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Otukpo"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Makurdi"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Benue River"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Peoples Democratic Party"));
        Assert.DoesNotContain("Fulani", await WantedAsync());
    }
}
