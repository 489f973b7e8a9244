using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-thirty-third page that no rule was written from (the Comprehensive Peace Agreement of 2005, the Sudan People's
/// Liberation Movement, John Garang, Naivasha, Salva Kiir Mayardit), each snippet cut inside a word as the mirror cuts them, its
/// expectations written before its first import. Its statements are in <c>expected/comprehensive-peace-agreement.statements.txt</c>.
/// </summary>
public sealed class HundredAndThirtyThirdUnseenPageTests() : ImportedPage("comprehensive-peace-agreement.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("comprehensive-peace-agreement", ArticleKind.Agreement),
            ("sudan-peoples-liberation-movement", ArticleKind.Group),
            ("john-garang", ArticleKind.Person),
            ("naivasha", ArticleKind.Region),
            ("salva-kiir-mayardit", ArticleKind.Person));
    }

    [Fact]
    public async Task A_signing_a_founding_and_lives_are_dated_as_written_and_a_town_not_by_the_talks_it_hosted()
    {
        // "signed on 9 January 2005"; "founded in 1983"; "(23 June 1945 – 30 July 2005)"; "(born 13 September 1951)"; "From 2002 to 2004 it hosted the talks"
        Assert.Equal("2005-01-09", (await DateAsync("comprehensive-peace-agreement", DateLabel.Signed)).Value);
        Assert.Equal("1983", (await DateAsync("sudan-peoples-liberation-movement", DateLabel.Founded)).Value);
        Assert.Equal("1945-06-23", (await DateAsync("john-garang", DateLabel.Born)).Value);
        Assert.Equal("2005-07-30", (await DateAsync("john-garang", DateLabel.Died)).Value);
        Assert.Equal("1951-09-13", (await DateAsync("salva-kiir-mayardit", DateLabel.Born)).Value);
        Assert.Empty(await DatesAsync("naivasha"));
    }

    [Fact]
    public async Task An_agreement_is_also_named_by_its_initials_and_its_other_name_and_a_man_by_his_fuller_name()
    {
        var agreement = await AliasesAsync("comprehensive-peace-agreement");
        Assert.Contains("CPA", agreement);
        Assert.Contains("Naivasha Agreement", agreement);
        Assert.Contains("SPLM", await AliasesAsync("sudan-peoples-liberation-movement"));
        Assert.Contains("John Garang de Mabior", await AliasesAsync("john-garang"));
    }

    [Fact]
    public async Task Offices_keep_their_periods()
    {
        // "President of South Sudan since its independence on 9 July 2011"; "First Vice President of Sudan and President of Southern Sudan from 2005 to 2011"
        Assert.Equal("2011-07-09", (await QualifiersAsync("salva-kiir-mayardit", "position_held", "President of South Sudan"))["from"]);
        var southern = await QualifiersAsync("salva-kiir-mayardit", "position_held", "President of Southern Sudan");
        Assert.Equal(("2005", "2011"), (southern["from"], southern["to"]));
    }

    [Fact]
    public async Task A_war_ended_a_mediator_a_lake_and_a_rebel_deputy_are_no_part_of_the_facts()
    {
        // "ending the Second Sudanese Civil War"; "under the mediation of the Intergovernmental Authority on Development"; "on the shore of Lake Naivasha"; "his former deputy Riek Mach…"
        Assert.DoesNotContain(await StatementsAsync("comprehensive-peace-agreement"), s => s.Contains("Civil War", StringComparison.Ordinal) || s.Contains("Intergovernmental", StringComparison.Ordinal) || s.Contains("naivasha", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("naivasha"), s => s.Contains("Lake", StringComparison.Ordinal) || s.Contains("Sudan", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("john-garang"), s => s.Contains("Bor\"", StringComparison.Ordinal) || s.Contains("Uganda", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("salva-kiir-mayardit"), s => s.Contains("Riek", StringComparison.Ordinal) || s.Contains("john-garang", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Sudan People's Liberation Army"));
        Assert.Equal(ArticleKind.Event, await WantedKindAsync("Second Sudanese Civil War"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Nakuru County"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Intergovernmental Authority on Development"));
    }
}
