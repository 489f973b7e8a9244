using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A forty-fourth page that no rule was written from (the Burkinabè uprising of 2014, Blaise Compaoré,
/// Ouagadougou, Michel Kafando, the Balai Citoyen, the Congress for Democracy and Progress, Thomas
/// Sankara), read before its first import (8 of its 17 statements, none wrong; now 15). Its statements are in
/// <c>expected/burkinabe-uprising-2014.statements.txt</c>.
/// </summary>
public sealed class FortyFourthUnseenPageTests() : ImportedPage("burkinabe-uprising-2014.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("2014-burkinabe-uprising", ArticleKind.Event),
            ("blaise-compaore", ArticleKind.Person),
            ("ouagadougou", ArticleKind.Region),
            ("michel-kafando", ArticleKind.Person),
            ("balai-citoyen", ArticleKind.Group),
            ("congress-for-democracy-and-progress", ArticleKind.Group),
            ("thomas-sankara", ArticleKind.Person));
    }

    [Fact]
    public async Task Lives_and_bodies_are_dated_as_written()
    {
        // "(born 3 February 1951)"; "(21 December 1949 – 15 October 1987)"; "founded in 2013 by the musicians …"; "It was founded in 1996 by the merger of …"
        Assert.Equal("1951-02-03", (await DateAsync("blaise-compaore", DateLabel.Born)).Value);
        var sankara = await DatesAsync("thomas-sankara");
        Assert.Equal("1949-12-21", Assert.Single(sankara, d => d.Label == DateLabel.Born).Value);
        Assert.Equal("1987-10-15", Assert.Single(sankara, d => d.Label == DateLabel.Died).Value);
        Assert.Equal("2013", (await DateAsync("balai-citoyen", DateLabel.Founded)).Value);
        Assert.Equal("1996", (await DateAsync("congress-for-democracy-and-progress", DateLabel.Founded)).Value);
    }

    [Fact]
    public async Task A_month_of_protests_is_the_uprisings_start()
    {
        // "a series of mass protests in Burkina Faso in October 2014"
        var start = (await DateAsync("2014-burkinabe-uprising", DateLabel.Start));
        Assert.Equal(("2014-10", DatePrecision.Month), (start.Value, start.Precision));
    }

    [Fact]
    public async Task A_partys_short_form_and_french_name_are_its_aliases()
    {
        // "(French: Congrès pour la démocratie et le progrès, CDP)"
        var aliases = await AliasesAsync("congress-for-democracy-and-progress");
        Assert.Contains("CDP", aliases);
        Assert.Contains("Congrès pour la démocratie et le progrès", aliases);
    }

    [Fact]
    public async Task Whom_an_uprising_rose_against_is_its_other_side_and_its_heir_no_side()
    {
        // "against President Blaise Compaoré"; "The army then handed power to Lieutenant Colonel Yacouba Isaac Zida"
        Assert.Equal("2", (await QualifiersAsync("2014-burkinabe-uprising", "participant", "blaise-compaore"))["side"]);
        Assert.DoesNotContain(await StatementsAsync("2014-burkinabe-uprising"), s => s.Contains("Zida", StringComparison.Ordinal));
    }
}
