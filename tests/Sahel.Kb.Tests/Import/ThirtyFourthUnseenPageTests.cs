using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A thirty-fourth page that no rule was written from (the battle of Bourem in 2023, Bourem, ECOWAS,
/// Alghabass Ag Intalla, the Niger River), read before its first import (7 of its 14 statements
/// right, one wrong). Its statements are in <c>expected/battle-of-bourem.statements.txt</c>.
/// </summary>
public sealed class ThirtyFourthUnseenPageTests() : ImportedPage("battle-of-bourem.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind_and_a_union_has_its_names()
    {
        await AssertKindsAsync(
            ("battle-of-bourem-2023", ArticleKind.Event),
            ("bourem", ArticleKind.Region),
            ("economic-community-of-west-african-states", ArticleKind.Group),
            ("alghabass-ag-intalla", ArticleKind.Person),
            ("niger-river", ArticleKind.Region));

        // "(ECOWAS; French: Communauté économique des États de l'Afrique de l'Ouest, CEDEAO) … founded on 28 May 1975"
        var aliases = await AliasesAsync("economic-community-of-west-african-states");
        Assert.Contains("ECOWAS", aliases);
        Assert.Contains("CEDEAO", aliases);
        Assert.Equal("1975-05-28", Assert.Single(await DatesAsync("economic-community-of-west-african-states")).Value);
    }

    [Fact]
    public async Task Words_that_only_describe_are_no_member_and_a_treaty_founds_nothing()
    {
        // "a regional union of fifteen West African states, founded on 28 May 1975 by the Treaty of Lagos"
        Assert.Empty(await StatementsAsync("economic-community-of-west-african-states"));
    }

    [Fact]
    public async Task A_river_lies_in_the_countries_it_flows_through_and_a_town_on_it_in_its_region()
    {
        // "flowing 4,180 km through Guinea, Mali, Niger, Benin and Nigeria"; "a town and urban commune on the Niger River in the Gao Region of Mali"
        // ("the main river of West Africa": added after page 68's reading, as in this page's expectations.)
        Assert.Equal(
            ["located_in Benin", "located_in Guinea", "located_in Mali", "located_in Niger", "located_in Nigeria", "located_in West Africa"],
            (await StatementsAsync("niger-river")).Order(StringComparer.Ordinal));
        Assert.Equal(["located_in Bourem Cercle", "located_in Gao Region", "located_in Mali"], (await StatementsAsync("bourem")).Order(StringComparer.Ordinal));
    }
}
