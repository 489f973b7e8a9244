using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A seventy-second page that no rule was written from (the Juba Peace Agreement of October 2020, the
/// Sudan Revolutionary Front, Abdel Fattah al-Burhan, the Transitional Sovereignty Council, Juba, Al-Hadi
/// Idris Yahya), each snippet cut inside a word as the mirror cuts them, its expectations written
/// before its first import (13 of its 15 statements, none wrong; kinds, dates and aliases right; 15 of
/// 15 now). Its statements are in <c>expected/juba-peace-agreement.statements.txt</c>.
/// </summary>
public sealed class SeventySecondUnseenPageTests() : ImportedPage("juba-peace-agreement.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("juba-peace-agreement", ArticleKind.Agreement),
            ("sudan-revolutionary-front", ArticleKind.Group),
            ("abdel-fattah-al-burhan", ArticleKind.Person),
            ("transitional-sovereignty-council", ArticleKind.Group),
            ("juba", ArticleKind.Region),
            ("al-hadi-idris-yahya", ArticleKind.Person));
    }

    [Fact]
    public async Task An_agreement_an_alliance_a_council_and_a_general_are_dated_as_written()
    {
        // "signed on 3 October 2020"; "formed on 12 November 2011"; "established on 20 August 2019"; "(born 11 July 1960)"
        Assert.Equal("2020-10-03", (await DateAsync("juba-peace-agreement", DateLabel.Signed)).Value);
        Assert.Equal("2011-11-12", (await DateAsync("sudan-revolutionary-front", DateLabel.Founded)).Value);
        Assert.Equal("2019-08-20", (await DateAsync("transitional-sovereignty-council", DateLabel.Founded)).Value);
        Assert.Equal("1960-07-11", (await DateAsync("abdel-fattah-al-burhan", DateLabel.Born)).Value);
        // A city's past as a capital and talks held in it "from 2019 to 20 ..." (cut): none is the city's date;
        // a leader's chair "since 2020" and seat "in February 2021" are not his birth.
        Assert.Empty(await DatesAsync("juba"));
        Assert.DoesNotContain(await DatesAsync("al-hadi-idris-yahya"), d => d.Label is DateLabel.Born or DateLabel.Died);
    }

    [Fact]
    public async Task An_alliance_keeps_its_initials_and_a_name_cut_by_the_mirror_is_no_name()
    {
        Assert.Equal(["SRF"], await AliasesAsync("sudan-revolutionary-front"));
        var wanted = await WantedAsync();
        Assert.DoesNotContain("Rapid Support For", wanted);
        Assert.DoesNotContain("Juba Peace Agree", wanted);
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Gandatu"));
    }
}
