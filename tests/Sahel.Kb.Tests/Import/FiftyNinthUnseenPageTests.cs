using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A fifty-ninth page that no rule was written from (the northern Chad offensive of April 2021, the
/// Front for Change and Concord in Chad, Idriss Déby, Mahamat Déby, Chad's Transitional Military
/// Council, Nokou), its expectations written before its first import (10 of its 13 statements, none
/// wrong; kinds, dates and links right; one alias missed). Its statements are in
/// <c>expected/northern-chad-offensive-2021.statements.txt</c>.
/// </summary>
public sealed class FiftyNinthUnseenPageTests() : ImportedPage("northern-chad-offensive-2021.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("northern-chad-offensive-2021", ArticleKind.Event),
            ("front-for-change-and-concord-in-chad", ArticleKind.Group),
            ("idriss-deby", ArticleKind.Person),
            ("mahamat-deby", ArticleKind.Person),
            ("transitional-military-council-chad", ArticleKind.Group),
            ("nokou", ArticleKind.Region));
    }

    [Fact]
    public async Task An_offensive_a_group_a_junta_and_two_presidents_are_dated_as_written()
    {
        // "which began on 11 April 2021"; "founded in 2016"; "ruled Chad from 20 April 2021 to 10 October 2022"
        Assert.Equal("2021-04-11", (await DateAsync("northern-chad-offensive-2021", DateLabel.Start)).Value);
        Assert.Equal("2016", (await DateAsync("front-for-change-and-concord-in-chad", DateLabel.Founded)).Value);
        Assert.Equal("2021-04-20", (await DateAsync("transitional-military-council-chad", DateLabel.Founded)).Value);
        Assert.Equal("2022-10-10", (await DateAsync("transitional-military-council-chad", DateLabel.Dissolved)).Value);
        // "(18 June 1952 – 20 April 2021)"; "(born 4 April 1984)"
        Assert.Equal("1952-06-18", (await DateAsync("idriss-deby", DateLabel.Born)).Value);
        Assert.Equal("2021-04-20", (await DateAsync("idriss-deby", DateLabel.Died)).Value);
        Assert.Equal("1984-04-04", (await DateAsync("mahamat-deby", DateLabel.Born)).Value);
    }

    [Fact]
    public async Task Two_presidents_keep_their_fuller_names_and_a_junta_its_initials()
    {
        Assert.Equal(["Idriss Déby Itno"], await AliasesAsync("idriss-deby"));
        Assert.Equal(["Mahamat Idriss Déby Itno"], await AliasesAsync("mahamat-deby"));
        Assert.Equal(["CMT", "Conseil militaire de transition", "Transitional Military Council"], (await AliasesAsync("transitional-military-council-chad")).Order(StringComparer.Ordinal));
        Assert.Equal(["FACT", "Front pour l'alternance et la concorde au Tchad"], (await AliasesAsync("front-for-change-and-concord-in-chad")).Order(StringComparer.Ordinal));
    }
}
