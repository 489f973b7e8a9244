using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A third page in the mirror's format that no rule was written from (Chad and the Lake Chad basin:
/// the Battle of Bohoma, Boko Haram, Idriss Déby, the MNJTF). Each expectation is what the page's
/// sentences say; its statements are in <c>expected/battle-of-bohoma.statements.txt</c>.
/// </summary>
public sealed class ThirdUnseenPageTests() : ImportedPage("battle-of-bohoma.txt")
{
    [Fact]
    public async Task A_task_force_is_a_group()
    {
        // "The Multinational Joint Task Force (MNJTF) is a combined multinational formation, comprising units from …"
        Assert.Equal(ArticleKind.Group, (await ArticleAsync("multinational-joint-task-force")).Kind);
    }

    [Theory]
    [InlineData("idriss-deby", "Idriss Déby Itno")] // the summary opens with the fuller name: "Idriss Déby Itno (18 June 1952 – 20 April 2021) was …"
    [InlineData("boko-haram", "Jamā'at Ahl as-Sunnah lid-Da'wah wa'l-Jihād")] // "officially known as …", to its last word
    public async Task Another_name_the_opening_gives_is_an_alias_whole(string slug, string alias)
    {
        var aliases = await AliasesAsync(slug);

        Assert.Contains(alias, aliases);
    }

    [Fact]
    public async Task A_signing_date_after_where_it_was_signed_is_read()
    {
        var dates = await DatesAsync("doha-agreement-2022");

        // "signed in Doha, Qatar, on 8 August 2022"
        var signed = Assert.Single(dates, d => d.Label == DateLabel.Signed);
        Assert.Equal("2022-08-08", signed.Value);
    }

    [Fact]
    public async Task A_time_or_an_adjective_with_a_prefix_is_no_wanted_name()
    {
        var wanted = await WantedAsync();

        // "stopped by the Chadian Army in mid-April"; the surname after the opening's title is Déby's ("Itno").
        Assert.DoesNotContain("mid-April", wanted);
        Assert.DoesNotContain("Itno", wanted);
        Assert.Contains("Chadian Army", wanted);
    }
}
