using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-second page that no rule was written from (the Kuje prison attack of 2022, Kuje, the Nigerian Correctional
/// Service, the Federal Capital Territory, the Abuja–Kaduna train attack of 2022), each snippet cut inside a word as the
/// mirror cuts them, its expectations written before its first import. Its statements are in
/// <c>expected/kuje-prison-attack.statements.txt</c>.
/// </summary>
public sealed class HundredAndSecondUnseenPageTests() : ImportedPage("kuje-prison-attack.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("kuje-prison-attack", ArticleKind.Event),
            ("kuje", ArticleKind.Region),
            ("nigerian-correctional-service", ArticleKind.Group),
            ("federal-capital-territory-nigeria", ArticleKind.Region),
            ("abuja-kaduna-train-attack", ArticleKind.Event));
    }

    [Fact]
    public async Task Two_attacks_a_council_and_a_territory_are_dated_as_written()
    {
        // "on the night of 5 July 2022"; "on 28 March 2022" … "The last of the hostages were freed in October 2022";
        // "created in 1996"; "created on 3 February 1976"
        Assert.Equal("2022-07-05", (await DateAsync("kuje-prison-attack", DateLabel.Start)).Value);
        Assert.Equal("2022-03-28", (await DateAsync("abuja-kaduna-train-attack", DateLabel.Start)).Value);
        Assert.Equal("2022-10", (await DateAsync("abuja-kaduna-train-attack", DateLabel.End)).Value);
        Assert.Equal("1996", (await DateAsync("kuje", DateLabel.Founded)).Value);
        Assert.Equal("1976-02-03", (await DateAsync("federal-capital-territory-nigeria", DateLabel.Founded)).Value);
    }

    [Fact]
    public async Task A_renamed_agency_keeps_its_former_name_and_no_founding()
    {
        // "known until 2019 as the Nigerian Prisons Service"; "It was renamed … in August 2019": a new name, not a new body.
        var agency = await AliasesAsync("nigerian-correctional-service");
        Assert.Contains("NCoS", agency);
        Assert.Contains("Nigerian Prisons Service", agency);
        Assert.Empty(await DatesAsync("nigerian-correctional-service"));
        Assert.Contains("FCT", await AliasesAsync("federal-capital-territory-nigeria"));
    }

    [Fact]
    public async Task Where_a_train_came_from_and_went_and_who_one_side_named_are_not_the_attack_s()
    {
        // "travelling from Abuja to Kaduna"; "The government said that the attackers were bandits working with Boko Haram".
        var train = await StatementsAsync("abuja-kaduna-train-attack");
        Assert.DoesNotContain(train, s => s.Contains("Abuja", StringComparison.Ordinal) || s is "location Kaduna" || s.Contains("Boko Haram", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("kuje-prison-attack"), s => s.Contains("Boko Haram", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Islamic State West Africa Province"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Katari"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Ministry of Interior"));
    }
}
