using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-fourth page that no rule was written from (the Khartoum massacre of 2019, the Rapid Support Forces,
/// Mohamed Hamdan Dagalo, the Forces of Freedom and Change, Abdalla Hamdok), each snippet cut inside a word as the mirror
/// cuts them, its expectations written before its first import. Its statements are in
/// <c>expected/khartoum-massacre.statements.txt</c>.
/// </summary>
public sealed class HundredAndFourthUnseenPageTests() : ImportedPage("khartoum-massacre.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("khartoum-massacre", ArticleKind.Event),
            ("rapid-support-forces", ArticleKind.Group),
            ("mohamed-hamdan-dagalo", ArticleKind.Person),
            ("forces-of-freedom-and-change", ArticleKind.Group),
            ("abdalla-hamdok", ArticleKind.Person));
    }

    [Fact]
    public async Task A_massacre_a_force_a_coalition_and_a_prime_minister_are_dated_as_written()
    {
        // "took place on 3 June 2019"; "formed in August 2013"; "formed on 1 January 2019"; "(born 1 January 1956)"
        Assert.Equal("2019-06-03", (await DateAsync("khartoum-massacre", DateLabel.Start)).Value);
        Assert.Equal("2013-08", (await DateAsync("rapid-support-forces", DateLabel.Founded)).Value);
        Assert.Equal("2019-01-01", (await DateAsync("forces-of-freedom-and-change", DateLabel.Founded)).Value);
        Assert.Equal("1956-01-01", (await DateAsync("abdalla-hamdok", DateLabel.Born)).Value);
    }

    [Fact]
    public async Task A_birth_year_written_as_one_of_two_is_no_date()
    {
        // "(born 1974 or 1975)"; "dismissed … in May 20 …": cut
        Assert.Empty(await DatesAsync("mohamed-hamdan-dagalo"));
    }

    [Fact]
    public async Task Terms_are_read_to_the_day_or_the_month()
    {
        var premier = await QualifiersAsync("abdalla-hamdok", "position_held", "Prime Minister of Sudan");
        Assert.Equal("2019-08-21", premier["from"]);
        Assert.Equal("2022-01-02", premier["to"]);
        Assert.Equal("2019-08", (await QualifiersAsync("mohamed-hamdan-dagalo", "position_held", "Vice President of the Sovereignty Council"))["from"]);
        Assert.Equal("2013", (await QualifiersAsync("rapid-support-forces", "led_by", "mohamed-hamdan-dagalo"))["from"]);
    }

    [Fact]
    public async Task Short_names_and_a_nickname_are_aliases()
    {
        Assert.Contains("RSF", await AliasesAsync("rapid-support-forces"));
        Assert.Contains("Hemedti", await AliasesAsync("mohamed-hamdan-dagalo"));
        Assert.Contains("FFC", await AliasesAsync("forces-of-freedom-and-change"));
    }

    [Fact]
    public async Task The_army_before_whose_headquarters_it_happened_the_river_and_the_organisers_are_no_part_of_the_massacre()
    {
        // "outside the headquarters of the Sudanese Armed Forces"; "bodies were thrown into the Nile"; "The Forces of Freedom and
        // Change, which had organised the sit-in"; "A committee appointed by Prime Minister Abdalla Hamdok"
        Assert.DoesNotContain(await StatementsAsync("khartoum-massacre"), s => s.Contains("Sudanese Armed Forces", StringComparison.Ordinal)
            || s.Contains("Nile", StringComparison.Ordinal) || s.Contains("freedom", StringComparison.Ordinal) || s.Contains("hamdok", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_tribe_is_no_body_one_belongs_to()
    {
        // "A member of the Mahariya branch of the Rizeigat"
        Assert.DoesNotContain(await StatementsAsync("mohamed-hamdan-dagalo"), s => s.Contains("Rizeigat", StringComparison.Ordinal) || s.Contains("Mahariya", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Sudanese Armed Forces"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Transitional Military Council"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("National Umma Party"));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Abdel Fattah al-Burhan"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Addis Ababa"));
    }
}
