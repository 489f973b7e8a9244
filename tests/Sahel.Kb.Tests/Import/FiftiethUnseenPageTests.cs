using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A fiftieth page that no rule was written from (the Kano attacks of January 2012, Kano, Kano State,
/// Boko Haram, the Nigeria Police Force, Nigeria's State Security Service), its expectations written
/// before its first import (5 of its 9 statements, none wrong; two of four dates and three wanted names
/// wrong). Its statements are in <c>expected/kano-attacks-2012.statements.txt</c>.
/// </summary>
public sealed class FiftiethUnseenPageTests() : ImportedPage("kano-attacks-2012.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("january-2012-kano-attacks", ArticleKind.Event),
            ("kano", ArticleKind.Region),
            ("kano-state", ArticleKind.Region),
            ("boko-haram", ArticleKind.Group),
            ("nigeria-police-force", ArticleKind.Group),
            ("state-security-service-nigeria", ArticleKind.Group));
    }

    [Fact]
    public async Task The_attacks_and_the_bodies_are_dated_as_written()
    {
        // "on 20 January 2012"; "founded … in 2002"; "created in 1930"; "created in 1986"
        Assert.Equal("2012-01-20", (await DateAsync("january-2012-kano-attacks", DateLabel.Start)).Value);
        Assert.Equal("2002", (await DateAsync("boko-haram", DateLabel.Founded)).Value);
        Assert.Equal("1930", (await DateAsync("nigeria-police-force", DateLabel.Founded)).Value);
        Assert.Equal("1986", (await DateAsync("state-security-service-nigeria", DateLabel.Founded)).Value);
    }

    [Fact]
    public async Task An_official_name_and_the_other_names_in_brackets_are_aliases()
    {
        Assert.Contains("Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", await AliasesAsync("boko-haram"));
        Assert.Superset(new HashSet<string> { "SSS", "Department of State Services", "DSS" }, (await AliasesAsync("state-security-service-nigeria")).ToHashSet());
    }

    [Fact]
    public async Task The_people_and_bodies_without_a_snippet_are_wanted_and_a_people_is_not()
    {
        var wanted = await WantedAsync();
        string[] expected = ["Kano Emirate", "Mohammed Yusuf", "Goodluck Jonathan", "National Security Organization", "Maiduguri"];
        Assert.Empty(expected.Except(wanted));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Mohammed Yusuf"));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Goodluck Jonathan"));
        Assert.DoesNotContain("Hausa", wanted);
    }
}
