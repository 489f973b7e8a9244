using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-thirty-first page that no rule was written from (the Solenzo massacre of 2025, Solenzo, the Banwa Province,
/// Human Rights Watch, the Volunteers for the Defense of the Homeland), each snippet cut inside a word as the mirror cuts them,
/// its expectations written before its first import. Its statements are in <c>expected/solenzo-massacre.statements.txt</c>.
/// </summary>
public sealed class HundredAndThirtyFirstUnseenPageTests() : ImportedPage("solenzo-massacre.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("solenzo-massacre", ArticleKind.Event),
            ("solenzo", ArticleKind.Region),
            ("banwa-province", ArticleKind.Region),
            ("human-rights-watch", ArticleKind.Group),
            ("volunteers-for-the-defense-of-the-homeland", ArticleKind.Group));
    }

    [Fact]
    public async Task Two_days_of_killings_and_three_foundings_are_dated_as_written_and_a_town_not_at_all()
    {
        // "on 10 and 11 March 2025"; "Created in 1996"; "Founded in 1978 as Helsinki Watch"; "created by a law of 21 January 2020"
        Assert.Equal("2025-03-10", (await DateAsync("solenzo-massacre", DateLabel.Start)).Value);
        Assert.Equal("2025-03-11", (await DateAsync("solenzo-massacre", DateLabel.End)).Value);
        Assert.Equal("1996", (await DateAsync("banwa-province", DateLabel.Founded)).Value);
        Assert.Equal("1978", (await DateAsync("human-rights-watch", DateLabel.Founded)).Value);
        Assert.Equal("2020-01-21", (await DateAsync("volunteers-for-the-defense-of-the-homeland", DateLabel.Founded)).Value);
        Assert.Empty(await DatesAsync("solenzo"));
    }

    [Fact]
    public async Task Bodies_are_also_named_by_their_initials_first_names_and_French_names_and_a_province_by_its_own()
    {
        var watch = await AliasesAsync("human-rights-watch");
        Assert.Contains("HRW", watch);
        Assert.Contains("Helsinki Watch", watch);
        var volunteers = await AliasesAsync("volunteers-for-the-defense-of-the-homeland");
        Assert.Contains("VDP", volunteers);
        Assert.Contains("Volontaires pour la défense de la patrie", volunteers);
        Assert.Contains("Banwa", await AliasesAsync("banwa-province"));
    }

    [Fact]
    public async Task Who_was_seen_beside_the_bodies_and_who_said_how_many_died_carried_nothing_out()
    {
        // "Videos shared online showed members of the Volunteers … beside the bodies"; "Human Rights Watch said that at least 58 people had been killed"
        var massacre = await StatementsAsync("solenzo-massacre");
        Assert.DoesNotContain(massacre, s => s.StartsWith("perpetrator", StringComparison.Ordinal) || s.StartsWith("participant", StringComparison.Ordinal));
        Assert.Empty(await StatementsAsync("human-rights-watch"));
        Assert.DoesNotContain(await StatementsAsync("banwa-province"), s => s.Contains("Mali", StringComparison.Ordinal) || s.Contains("Jama'at", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("volunteers-for-the-defense-of-the-homeland"), s => s.Contains("Kaboré", StringComparison.Ordinal) || s.Contains("JNIM", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Kossi Province"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Boucle du Mouhoun Region"));
        Assert.Equal(ArticleKind.Event, await WantedKindAsync("Jihadist insurgency in Burkina Faso"));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Roch Marc Christian Kaboré"));
    }
}
