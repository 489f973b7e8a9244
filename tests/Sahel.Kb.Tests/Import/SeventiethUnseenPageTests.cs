using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A seventieth page that no rule was written from (the Gwoza massacre of June 2014, Gwoza, the
/// Mandara Mountains, the Sambisa Forest, Mohammed Yusuf, Maiduguri), its expectations written before
/// its first import (9 of its 15 statements, 2 wrong; a range filed as a group; dates and aliases
/// right; 14 of 15 now). Its statements are in <c>expected/gwoza-massacre.statements.txt</c>.
/// </summary>
public sealed class SeventiethUnseenPageTests() : ImportedPage("gwoza-massacre.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("gwoza-massacre", ArticleKind.Event),
            ("gwoza", ArticleKind.Region),
            ("mandara-mountains", ArticleKind.Region),
            ("sambisa-forest", ArticleKind.Region),
            ("mohammed-yusuf-boko-haram", ArticleKind.Person),
            ("maiduguri", ArticleKind.Region));
    }

    [Fact]
    public async Task A_massacre_and_a_preacher_are_dated_as_written()
    {
        // "took place on 2 June 2014"; "(29 January 1970 – 30 July 2009)"
        Assert.Equal("2014-06-02", (await DateAsync("gwoza-massacre", DateLabel.Start)).Value);
        Assert.Equal("1970-01-29", (await DateAsync("mohammed-yusuf-boko-haram", DateLabel.Born)).Value);
        Assert.Equal("2009-07-30", (await DateAsync("mohammed-yusuf-boko-haram", DateLabel.Died)).Value);
        // A town held and retaken, a range sheltering fighters since 2013, a group born in a city: no dates of theirs.
        Assert.Empty(await DatesAsync("gwoza"));
        Assert.Empty(await DatesAsync("mandara-mountains"));
        Assert.Empty(await DatesAsync("maiduguri"));
    }

    [Fact]
    public async Task A_preacher_is_known_without_his_group_and_the_villages_are_wanted_places()
    {
        Assert.Equal(["Mohammed Yusuf"], await AliasesAsync("mohammed-yusuf-boko-haram"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Aganjara"));
    }
}
