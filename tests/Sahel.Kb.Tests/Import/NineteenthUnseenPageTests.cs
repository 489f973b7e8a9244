using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A nineteenth page that no rule was written from (the Platform, Bilal Ag Acherif, Tin-Essako, the
/// Ménaka massacres, the Treaty of Niamey, Seytenga), read before its first import. Its statements
/// are in <c>expected/platform-of-armed-groups.statements.txt</c>; here, dates, aliases and what is not one.
/// </summary>
public sealed class NineteenthUnseenPageTests() : ImportedPage("platform-of-armed-groups.txt")
{
    [Fact]
    public async Task Massacres_are_dated_by_the_night_or_the_months_their_opening_gives()
    {
        var seytenga = await DatesAsync("seytenga-massacre");
        var menaka = await DatesAsync("menaka-massacres");

        // "on the night of 11 to 12 June 2022"; "between March and June 2022"
        Assert.Equal(("2022-06-11", "2022-06-12"), (Assert.Single(seytenga, d => d.Label == DateLabel.Start).Value, Assert.Single(seytenga, d => d.Label == DateLabel.End).Value));
        Assert.Equal(("2022-03", "2022-06"), (Assert.Single(menaka, d => d.Label == DateLabel.Start).Value, Assert.Single(menaka, d => d.Label == DateLabel.End).Value));
    }

    [Fact]
    public async Task The_sides_of_the_fighting_a_massacre_took_place_during_are_not_its_own()
    {
        // "… by the Islamic State in the Greater Sahara …, during the fighting between the ISGS and the MSA and GATIA"
        Assert.DoesNotContain(await StatementsAsync("menaka-massacres"), s => s.StartsWith("participant ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_treatys_formal_title_is_an_alias_and_no_word_of_it_alone()
    {
        var aliases = await AliasesAsync("treaty-of-niamey");

        // "The Treaty of Niamey, formally the Treaty establishing the Confederation of Sahel States, was signed …"
        Assert.Equal(["Treaty establishing the Confederation of Sahel States"], aliases);
    }

    [Fact]
    public async Task A_faction_of_a_group_does_not_make_the_group_a_member()
    {
        // "Its members include the … (GATIA), a faction of the Arab Movement of Azawad and the … (CMFPR)"
        Assert.DoesNotContain("has_part Arab Movement of Azawad", await StatementsAsync("platform-of-armed-groups"));
    }
}
