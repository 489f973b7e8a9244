using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-twenty-ninth page that no rule was written from (the Tamanrasset Accords of 1991, the Tuareg rebellion of
/// 1990–1995, the Popular Movement for the Liberation of Azawad, the Arab Islamic Front of Azawad, Tamanrasset), each snippet
/// cut inside a word as the mirror cuts them, its expectations written before its first import. Its statements are in
/// <c>expected/tamanrasset-accords.statements.txt</c>.
/// </summary>
public sealed class HundredAndTwentyNinthUnseenPageTests() : ImportedPage("tamanrasset-accords.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("tamanrasset-accords", ArticleKind.Agreement),
            ("tuareg-rebellion-1990-1995", ArticleKind.Event),
            ("popular-movement-for-the-liberation-of-azawad", ArticleKind.Group),
            ("arab-islamic-front-of-azawad", ArticleKind.Group),
            ("tamanrasset", ArticleKind.Region));
    }

    [Fact]
    public async Task A_signing_a_rebellion_s_years_and_groups_foundings_are_dated_and_a_city_not_by_talks_it_hosted()
    {
        // "signed on 6 January 1991"; "The Tuareg rebellion of 1990–1995 … began on 28 June 1990"; "founded in 1988"; "formed in 1990"; "hosted the talks … in 1991"
        Assert.Equal("1991-01-06", (await DateAsync("tamanrasset-accords", DateLabel.Signed)).Value);
        Assert.StartsWith("1990", (await DateAsync("tuareg-rebellion-1990-1995", DateLabel.Start)).Value, StringComparison.Ordinal);
        Assert.Equal("1995", (await DateAsync("tuareg-rebellion-1990-1995", DateLabel.End)).Value);
        Assert.Equal("1988", (await DateAsync("popular-movement-for-the-liberation-of-azawad", DateLabel.Founded)).Value);
        Assert.Equal("1990", (await DateAsync("arab-islamic-front-of-azawad", DateLabel.Founded)).Value);
        Assert.Empty(await DatesAsync("tamanrasset"));
    }

    [Fact]
    public async Task A_movement_is_also_named_by_its_French_name_its_initials_and_the_name_it_took_later()
    {
        // "(French: Mouvement populaire pour la libération de l'Azawad, MPLA) … was renamed the Popular Movement of Azawad (MPA)"
        var movement = await AliasesAsync("popular-movement-for-the-liberation-of-azawad");
        Assert.Contains("MPLA", movement);
        Assert.Contains("Mouvement populaire pour la libération de l'Azawad", movement);
        Assert.Contains("Popular Movement of Azawad", movement);
        Assert.Contains("FIAA", await AliasesAsync("arab-islamic-front-of-azawad"));
    }

    [Fact]
    public async Task A_mediator_a_leader_and_an_army_that_broke_away_are_no_part_of_the_facts()
    {
        // "Mediated by Algeria"; "of Iyad Ag Ghaly"; "when the Revolutionary Army for the Liberation of Azawad broke aw…"; "the border with Niger"
        Assert.DoesNotContain(await StatementsAsync("tamanrasset-accords"), s => s.Contains("Iyad", StringComparison.Ordinal) || s.Contains("Tuareg rebellion", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(await StatementsAsync("popular-movement-for-the-liberation-of-azawad"), s => s.Contains("Revolutionary", StringComparison.Ordinal) || s.Contains("Libya", StringComparison.Ordinal) || s.Contains("Ménaka", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("tamanrasset"), s => s.Contains("Niger", StringComparison.Ordinal) || s.Contains("Mali", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Iyad Ag Ghaly"));
        Assert.Equal(ArticleKind.Event, await WantedKindAsync("Tchin-Tabaraden massacre"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Unified Movements and Fronts of Azawad"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Tamanrasset Province"));
    }
}
