using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A twenty-sixth page that no rule was written from (the Moura massacre, Djenné, the Battle of
/// Tinzaouaten, Sadio Camara, Ansarul Islam, the Ouagadougou Agreement of 2013), read before its
/// first import (14 of its 23 statements right, 3 of 17 wrong). Its statements are in
/// <c>expected/moura-massacre.statements.txt</c>.
/// </summary>
public sealed class TwentySixthUnseenPageTests() : ImportedPage("moura-massacre.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        // A massacre and a battle are events, a town is a region, a jihadist group and an agreement signed by parties are what they say.
        await AssertKindsAsync(
            ("moura-massacre", ArticleKind.Event),
            ("djenne", ArticleKind.Region),
            ("battle-of-tinzaouaten", ArticleKind.Event),
            ("sadio-camara", ArticleKind.Person),
            ("ansarul-islam", ArticleKind.Group),
            ("ouagadougou-agreement-2013", ArticleKind.Agreement));
    }

    [Fact]
    public async Task The_days_each_snippet_gives_are_its_dates()
    {
        // "between 27 and 31 March 2022"; "from 25 to 27 July 2024"; "signed on 18 June 2013"; "(born 1979)"; "founded in December 2016".
        Assert.Equal(["start 2022-03-27", "end 2022-03-31"], Dates(await DatesAsync("moura-massacre")));
        Assert.Equal(["start 2024-07-25", "end 2024-07-27"], Dates(await DatesAsync("battle-of-tinzaouaten")));
        Assert.Equal(["signed 2013-06-18"], Dates(await DatesAsync("ouagadougou-agreement-2013")));
        Assert.Equal(["born 1979"], Dates(await DatesAsync("sadio-camara")));
        Assert.Equal(["founded 2016-12"], Dates(await DatesAsync("ansarul-islam")));
    }

    [Fact]
    public async Task A_territory_named_after_a_town_is_not_the_town()
    {
        // "in Moura, a village in the Djenné Cercle of the Mopti Region of Mali": the cercle, not the town of Djenné.
        var moura = await StatementsAsync("moura-massacre");
        Assert.Contains("location Djenné Cercle", moura);
        Assert.DoesNotContain("location djenne", moura);
        Assert.Contains("Djenné Cercle", await WantedAsync());
    }

    [Fact]
    public async Task Who_acted_is_named_without_the_words_around_the_name()
    {
        // "Fighters of the Strategic Framework … ambushed"; "mercenaries of the Wagner Group in Moura"; "Minister of Defence and Veterans Affairs".
        var wanted = await WantedAsync();
        Assert.Contains("Strategic Framework for the Defense of the People of Azawad", wanted);
        Assert.DoesNotContain(wanted, name => name.StartsWith("Fighters of", StringComparison.Ordinal) || name.EndsWith(" in Moura", StringComparison.Ordinal));
        Assert.Contains("position_held Minister of Defence and Veterans Affairs", await StatementsAsync("sadio-camara"));
    }

    [Fact]
    public async Task A_mediator_and_a_claimant_are_no_parties()
    {
        // "Mediated by President Blaise Compaoré of Burkina Faso"; "Jama'at Nasr al-Islam wal Muslimin also claimed to have taken part".
        Assert.DoesNotContain(await StatementsAsync("ouagadougou-agreement-2013"), s => s.Contains("Compaoré", StringComparison.Ordinal) || s.Contains("Burkina Faso", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("battle-of-tinzaouaten"), s => s.Contains("Jama'at", StringComparison.Ordinal));
    }

    private static List<string> Dates(List<ArticleDate> dates) =>
        [.. dates.OrderBy(d => d.Value, StringComparer.Ordinal).Select(d => $"{d.Label.ToString().ToLowerInvariant()} {d.Value}")];
}
