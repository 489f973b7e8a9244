using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A ninety-third page that no rule was written from (the attacks on Bamako of 2024, the city, Jama'at
/// Nasr al-Islam wal Muslimin, Modibo Keïta International Airport, Faladié), each snippet cut inside a
/// word as the mirror cuts them, its expectations written before its first import. Its statements are
/// in <c>expected/bamako-attacks-2024.statements.txt</c>.
/// </summary>
public sealed class NinetyThirdUnseenPageTests() : ImportedPage("bamako-attacks-2024.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("2024-bamako-attacks", ArticleKind.Event),
            ("bamako", ArticleKind.Region),
            ("jamaat-nasr-al-islam-wal-muslimin", ArticleKind.Group),
            ("modibo-keita-international-airport", ArticleKind.Region),
            ("faladie", ArticleKind.Region));
    }

    [Fact]
    public async Task An_attack_an_alliance_and_an_airport_are_dated_as_written()
    {
        // "On 17 September 2024, fighters of …"; "formed on 2 March 2017"; "Opened in 1974"
        Assert.Equal("2024-09-17", (await DateAsync("2024-bamako-attacks", DateLabel.Start)).Value);
        Assert.Equal("2017-03-02", (await DateAsync("jamaat-nasr-al-islam-wal-muslimin", DateLabel.Founded)).Value);
        Assert.Equal("1974", (await DateAsync("modibo-keita-international-airport", DateLabel.Founded)).Value);
        // "a population of about 2.8 million in 2022": a census, no date of the city.
        Assert.Empty(await DatesAsync("bamako"));
    }

    [Fact]
    public async Task The_attackers_are_the_first_side_and_the_army_that_repelled_them_the_second()
    {
        var attacks = await StatementsAsync("2024-bamako-attacks");

        // "fighters of Jama'at Nasr al-Islam wal Muslimin attacked …"; "The Malian Armed Forces repelled the attackers"
        Assert.Equal("1", (await QualifiersAsync("2024-bamako-attacks", "participant", "jamaat-nasr-al-islam-wal-muslimin")).GetValueOrDefault("side"));
        Assert.Equal("2", (await QualifiersAsync("2024-bamako-attacks", "participant", "Malian Armed Forces")).GetValueOrDefault("side"));
        Assert.Contains("JNIM", await AliasesAsync("jamaat-nasr-al-islam-wal-muslimin"));
        // "the deadliest attack on the capital since the start of the Mali War": a comparison, not a part.
        Assert.DoesNotContain(attacks, s => s.StartsWith("part_of", StringComparison.Ordinal));
    }
}
