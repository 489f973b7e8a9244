using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A fourteenth page that no rule was written from (Niger's Diffa front, ISWAP, Issoufou, the
/// Ouagadougou Accords of 1995, Tabankort, al-Barnawi), in the seed's longer form, read before its
/// first import. Its statements are in <c>expected/bosso-attack.statements.txt</c>; here, what is not one.
/// </summary>
public sealed class FourteenthUnseenPageTests() : ImportedPage("bosso-attack.txt")
{
    [Fact]
    public async Task Each_snippet_is_of_the_kind_its_summary_says()
    {
        // "took place …, when … fighters … stormed", "a Nigerien politician", "a jihadist group", "one of the seven regions",
        // "a peace agreement", "The Battle of …", "a Nigerian jihadist".
        await AssertKindsAsync(
            ("2016-bosso-attack", ArticleKind.Event),
            ("mahamadou-issoufou", ArticleKind.Person),
            ("islamic-state-west-africa-province", ArticleKind.Group),
            ("diffa-region", ArticleKind.Region),
            ("ouagadougou-accords-1995", ArticleKind.Agreement),
            ("battle-of-tabankort", ArticleKind.Event),
            ("abu-musab-al-barnawi", ArticleKind.Person));
    }

    [Fact]
    public async Task Mediators_and_a_later_agreement_are_not_this_agreements()
    {
        var statements = await StatementsAsync("ouagadougou-accords-1995");

        // "It was mediated by Burkina Faso, France and Algeria. It was followed by a final agreement signed in Niamey in 1998 …"
        Assert.DoesNotContain(statements, s => s.StartsWith("signatory ", StringComparison.Ordinal) && s is not ("signatory Niger" or "signatory Organisation of the Armed Resistance"));
        Assert.DoesNotContain("location Niamey", statements);
    }

    [Fact]
    public async Task A_body_whose_name_opens_with_a_heading_word_keeps_it()
    {
        var wanted = await WantedAsync();

        // "the Organisation of the Armed Resistance (ORA)": "Organisation" also heads sections, but not before "of".
        Assert.Contains("Organisation of the Armed Resistance", wanted);
        Assert.DoesNotContain("Armed Resistance", wanted);
    }

    [Fact]
    public async Task A_state_of_a_country_ends_before_in()
    {
        var wanted = await WantedAsync();

        // "which spread from Borno State in Nigeria" (not "Islamic State in the Greater Sahara", which keeps its "in").
        Assert.DoesNotContain("Borno State in Nigeria", wanted);
        Assert.Contains("Islamic State in the Greater Sahara", wanted);
    }

    [Fact]
    public async Task Fighting_with_an_army_is_no_membership_of_it()
    {
        // "He was killed in August 2021 in fighting with the Nigerian Army near Lake Chad"
        Assert.DoesNotContain("member_of Nigerian Army", await StatementsAsync("abu-musab-al-barnawi"));
    }

    [Fact]
    public async Task Neighbours_of_a_region_are_not_where_it_lies()
    {
        // "It borders Chad to the east and the Nigerian states of Borno and Yobe to the south"
        Assert.Equal(["located_in Niger"], await StatementsAsync("diffa-region"));
    }
}
