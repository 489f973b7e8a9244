using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A seventy-seventh page that no rule was written from (the death of Idriss Déby in April 2021, the
/// Front for Change and Concord in Chad, Mahamat Idriss Déby, the Kanem Province, Chad's Transitional
/// Military Council, Mao), each snippet cut inside a word as the mirror cuts them, its expectations
/// written before its first import (7 of its 9 statements, none wrong; the death filed as a person and
/// its day missed; "Sultanate" wanted alone; 8 of 8 now, one left out after it). Its statements are in
/// <c>expected/death-of-idriss-deby.statements.txt</c>.
/// </summary>
public sealed class SeventySeventhUnseenPageTests() : ImportedPage("death-of-idriss-deby.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        // "Death of …" is what happened, however its opening dates a man's death.
        await AssertKindsAsync(
            ("death-of-idriss-deby", ArticleKind.Event),
            ("front-for-change-and-concord-in-chad", ArticleKind.Group),
            ("mahamat-idriss-deby", ArticleKind.Person),
            ("kanem-province", ArticleKind.Region),
            ("transitional-military-council-chad", ArticleKind.Group),
            ("mao-chad", ArticleKind.Region));
    }

    [Fact]
    public async Task A_death_a_rebel_group_a_president_and_a_junta_are_dated_as_written()
    {
        // "died on 20 April 2021"; "founded in March 2016"; "(born 4 April 1984)"
        Assert.Equal("2021-04-20", (await DateAsync("death-of-idriss-deby", DateLabel.Start)).Value);
        Assert.Equal("2016-03", (await DateAsync("front-for-change-and-concord-in-chad", DateLabel.Founded)).Value);
        Assert.Equal("1984-04-04", (await DateAsync("mahamat-idriss-deby", DateLabel.Born)).Value);
        // "ruled Chad from 20 April 2021 to 10 October 2022"
        Assert.Equal("2021-04-20", (await DateAsync("transitional-military-council-chad", DateLabel.Founded)).Value);
        Assert.Equal("2022-10-10", (await DateAsync("transitional-military-council-chad", DateLabel.Dissolved)).Value);
        // An offensive "of April 2021" stopped in a province is not the province's date.
        Assert.Empty(await DatesAsync("kanem-province"));
        Assert.Empty(await DatesAsync("mao-chad"));
    }

    [Fact]
    public async Task Each_keeps_the_other_names_it_is_written_with()
    {
        Assert.Equal(["FACT", "Front pour l'alternance et la concorde au Tchad"], (await AliasesAsync("front-for-change-and-concord-in-chad")).Order(StringComparer.Ordinal));
        // (The title without its bracket too, as "Battle of Gao" for "Battle of Gao (2012)" on page 54.)
        Assert.Equal(["CMT", "Conseil militaire de transition", "Transitional Military Council"], (await AliasesAsync("transitional-military-council-chad")).Order(StringComparer.Ordinal));
        Assert.Equal(["Mahamat Idriss Déby Itno"], await AliasesAsync("mahamat-idriss-deby"));
        Assert.Equal(["Kanem"], await AliasesAsync("kanem-province"));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Idriss Déby"));
        var wanted = await WantedAsync();
        Assert.DoesNotContain("Mahamat", wanted);
        Assert.DoesNotContain("Ka", wanted);
        // "It is the seat of the Sultanate of Kanem": the realm whole, not the province its last word names.
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Sultanate of Kanem"));
        Assert.DoesNotContain("Sultanate", wanted);
    }
}
