using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A fifty-eighth page that no rule was written from (the Karma massacre of April 2023, the
/// Volunteers for the Defence of the Homeland, Ibrahim Traoré, Ouahigouya, the Patriotic Movement for
/// Safeguard and Restoration, Human Rights Watch), its expectations written before its first import
/// (8 of its 10 statements and one wrong; kinds, aliases and links right; one date missed). Its
/// statements are in <c>expected/karma-massacre.statements.txt</c>.
/// </summary>
public sealed class FiftyEighthUnseenPageTests() : ImportedPage("karma-massacre.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("karma-massacre", ArticleKind.Event),
            ("volunteers-for-the-defence-of-the-homeland", ArticleKind.Group),
            ("ibrahim-traore", ArticleKind.Person),
            ("ouahigouya", ArticleKind.Region),
            ("patriotic-movement-for-safeguard-and-restoration", ArticleKind.Group),
            ("human-rights-watch", ArticleKind.Group));
    }

    [Fact]
    public async Task A_massacre_a_law_a_life_and_a_junta_are_dated_as_written()
    {
        // "on 20 April 2023"; "created by a law of 21 January 2020"; "(born 14 March 1988)"; "has ruled Burkina Faso since the coup of January 2022"
        Assert.Equal("2023-04-20", (await DateAsync("karma-massacre", DateLabel.Start)).Value);
        Assert.Equal("2020-01-21", (await DateAsync("volunteers-for-the-defence-of-the-homeland", DateLabel.Founded)).Value);
        Assert.Equal("1988-03-14", (await DateAsync("ibrahim-traore", DateLabel.Born)).Value);
        Assert.Equal("2022-01", (await DateAsync("patriotic-movement-for-safeguard-and-restoration", DateLabel.Founded)).Value);
    }

    [Fact]
    public async Task Initials_and_french_names_are_aliases_and_a_kingdoms_people_is_no_place_of_the_city()
    {
        Assert.Equal(["VDP", "Volontaires pour la défense de la patrie"], (await AliasesAsync("volunteers-for-the-defence-of-the-homeland")).Order(StringComparer.Ordinal));
        Assert.Equal(["MPSR", "Mouvement patriotique pour la sauvegarde et la restauration"], (await AliasesAsync("patriotic-movement-for-safeguard-and-restoration")).Order(StringComparer.Ordinal));
        Assert.Equal(["HRW"], await AliasesAsync("human-rights-watch"));
        Assert.DoesNotContain("located_in Mossi", await StatementsAsync("ouahigouya"));
    }
}
