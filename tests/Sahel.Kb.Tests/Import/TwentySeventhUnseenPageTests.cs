using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A twenty-seventh page that no rule was written from, saved as HTML (the Barsalogho attack,
/// Ibrahim Traoré, Sanmatenga, the Islamic State – Sahel Province, the coup of September 2022), read
/// before its first import (14 of its 16 statements, none wrong). Its statements are in
/// <c>expected/barsalogho-attack.statements.txt</c>.
/// </summary>
public sealed class TwentySeventhUnseenPageTests() : ImportedPage("barsalogho-attack.html")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("2024-barsalogho-attack", ArticleKind.Event),
            ("ibrahim-traore", ArticleKind.Person),
            ("sanmatenga-province", ArticleKind.Region),
            ("islamic-state-sahel-province", ArticleKind.Group),
            ("september-2022-burkina-faso-coup-detat", ArticleKind.Event));
    }

    [Fact]
    public async Task The_days_each_snippet_gives_are_its_dates()
    {
        // "carried out on 24 August 2024"; "(born 14 March 1988)"; "founded in 2015"; "took place on 30 September 2022".
        Assert.Equal("2024-08-24", Assert.Single(await DatesAsync("2024-barsalogho-attack")).Value);
        Assert.Equal("1988-03-14", (await DateAsync("ibrahim-traore", DateLabel.Born)).Value);
        Assert.Equal("2015", (await DateAsync("islamic-state-sahel-province", DateLabel.Founded)).Value);
        Assert.Equal("2022-09-30", (await DateAsync("september-2022-burkina-faso-coup-detat", DateLabel.Start)).Value);
    }

    [Fact]
    public async Task A_former_name_is_whole_and_the_organisation_it_belongs_to_is_not_its_own_name()
    {
        // "The Islamic State – Sahel Province (ISSP), formerly the Islamic State in the Greater Sahara, is a branch of the Islamic State".
        var aliases = await AliasesAsync("islamic-state-sahel-province");
        Assert.Contains("Islamic State in the Greater Sahara", aliases);
        Assert.DoesNotContain("Islamic State", aliases);
        Assert.Contains("member_of Islamic State", await StatementsAsync("islamic-state-sahel-province"));
        Assert.DoesNotContain("Greater Sahara", await WantedAsync());
    }

    [Fact]
    public async Task A_two_word_rank_before_a_name_leaves_the_person_whole()
    {
        // "removed Lieutenant Colonel Paul-Henri Sandaogo Damiba … The officers accused Damiba of failing …": one man.
        var wanted = await WantedAsync();
        Assert.Contains("Paul-Henri Sandaogo Damiba", wanted);
        Assert.DoesNotContain("Damiba", wanted);
        Assert.DoesNotContain(wanted, name => name.StartsWith("Colonel ", StringComparison.Ordinal));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Paul-Henri Sandaogo Damiba"));
    }
}
