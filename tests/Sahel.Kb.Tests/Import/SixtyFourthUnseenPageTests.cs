using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A sixty-fourth page that no rule was written from (the Diallassagou massacre of June 2022, the
/// Bankass Cercle, the Bandiagara Escarpment, Youssouf Toloba, Choguel Kokalla Maïga, Sangha), its
/// expectations written before its first import (12 of its 18 statements, none wrong; kinds, dates
/// and aliases right). Its statements are in
/// <c>expected/diallassagou-massacre.statements.txt</c>.
/// </summary>
public sealed class SixtyFourthUnseenPageTests() : ImportedPage("diallassagou-massacre.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("diallassagou-massacre", ArticleKind.Event),
            ("bankass-cercle", ArticleKind.Region),
            ("bandiagara-escarpment", ArticleKind.Region),
            ("youssouf-toloba", ArticleKind.Person),
            ("choguel-kokalla-maiga", ArticleKind.Person),
            ("sangha-mali", ArticleKind.Region));
    }

    [Fact]
    public async Task A_massacre_and_a_prime_minister_are_dated_as_written()
    {
        // "took place on 18 and 19 June 2022"; "(born 1958)"
        Assert.Equal("2022-06-18", (await DateAsync("diallassagou-massacre", DateLabel.Start)).Value);
        Assert.Equal("2022-06-19", (await DateAsync("diallassagou-massacre", DateLabel.End)).Value);
        Assert.Equal("1958", (await DateAsync("choguel-kokalla-maiga", DateLabel.Born)).Value);
        // A cliff listed in 1989 and a cercle attacked since 2018 were not founded then.
        Assert.Empty(await DatesAsync("bandiagara-escarpment"));
        Assert.Empty(await DatesAsync("bankass-cercle"));
    }

    [Fact]
    public async Task Each_village_of_the_list_is_a_wanted_place()
    {
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Dianweli"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Deguessagou"));
        Assert.Equal(["Sangha"], await AliasesAsync("sangha-mali"));
    }
}
