using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A ninety-ninth page that no rule was written from (the Darfur Peace Agreement of 2006, Abuja, the Justice and Equality
/// Movement, Minni Minnawi, Salim Ahmed Salim, Khalil Ibrahim), each snippet cut inside a word as the mirror cuts them, its
/// expectations written before its first import. Its statements are in <c>expected/darfur-peace-agreement.statements.txt</c>.
/// </summary>
public sealed class NinetyNinthUnseenPageTests() : ImportedPage("darfur-peace-agreement.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("darfur-peace-agreement", ArticleKind.Agreement),
            ("abuja", ArticleKind.Region),
            ("justice-and-equality-movement", ArticleKind.Group),
            ("minni-minnawi", ArticleKind.Person),
            ("salim-ahmed-salim", ArticleKind.Person),
            ("khalil-ibrahim", ArticleKind.Person));
    }

    [Fact]
    public async Task An_agreement_a_group_and_three_lives_are_dated_as_written()
    {
        // "signed on 5 May 2006"; "founded by Khalil Ibrahim in 2001"; "(born 1968)"; "(born 23 January 1942)";
        // "(1957 – 25 December 2011)"
        Assert.Equal("2006-05-05", (await DateAsync("darfur-peace-agreement", DateLabel.Signed)).Value);
        Assert.Equal("2001", (await DateAsync("justice-and-equality-movement", DateLabel.Founded)).Value);
        Assert.Equal("1968", (await DateAsync("minni-minnawi", DateLabel.Born)).Value);
        Assert.Equal("1942-01-23", (await DateAsync("salim-ahmed-salim", DateLabel.Born)).Value);
        Assert.Equal("1957", (await DateAsync("khalil-ibrahim", DateLabel.Born)).Value);
        Assert.Equal("2011-12-25", (await DateAsync("khalil-ibrahim", DateLabel.Died)).Value);
    }

    [Fact]
    public async Task A_capital_that_replaced_another_was_not_founded_then()
    {
        // "It replaced Lagos as the capital on 12 December 1991": a change of capital, not the city's beginning.
        Assert.Empty(await DatesAsync("abuja"));
    }

    [Fact]
    public async Task Other_and_fuller_names_are_aliases()
    {
        Assert.Contains("Abuja Agreement", await AliasesAsync("darfur-peace-agreement"));
        Assert.Contains("JEM", await AliasesAsync("justice-and-equality-movement"));
        Assert.Contains("Minni Arko Minnawi", await AliasesAsync("minni-minnawi"));
    }

    [Fact]
    public async Task Who_refused_to_sign_and_a_faction_s_whole_are_no_signatories()
    {
        // "The rival faction of Abdul Wahid al-Nur and the Justice and Equality Movement refused to sign it"; "the faction of
        // the Sudan Liberation Army led by Minni Minnawi": a part signed, not the movement.
        var agreement = await StatementsAsync("darfur-peace-agreement");
        Assert.DoesNotContain(agreement, s => s.Contains("justice-and-equality", StringComparison.Ordinal)
            || s.Contains("Abdul Wahid", StringComparison.Ordinal) || s.Contains("Sudan Liberation Army", StringComparison.Ordinal)
            || s.Contains("African Union", StringComparison.Ordinal) || s.Contains("salim", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("justice-and-equality-movement"), s => s.StartsWith("signatory", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_founder_led_his_group_until_his_death_and_his_brother_after_him()
    {
        // "founded the Justice and Equality Movement in 2001 and led it until his death"
        Assert.Equal("2011-12-25", (await QualifiersAsync("justice-and-equality-movement", "led_by", "khalil-ibrahim"))["to"]);
        Assert.Contains("led_by Gibril Ibrahim", await StatementsAsync("justice-and-equality-movement"));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Federal Capital Territory"));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Gibril Ibrahim"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Furawiya"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Sudan Liberation Movement"));
    }
}
