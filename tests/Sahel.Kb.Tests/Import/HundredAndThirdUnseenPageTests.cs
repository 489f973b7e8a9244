using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-third page, saved as HTML, that no rule was written from (the Burkinabé coup of January 2022, Camp Sangoulé
/// Lamizana, the Patriotic Movement for Safeguard and Restoration, Paul-Henri Sandaogo Damiba, Sangoulé Lamizana), each snippet
/// cut inside a word as the mirror cuts them, its expectations written before its first import. Its statements are in
/// <c>expected/burkinabe-coup-january-2022.statements.txt</c>.
/// </summary>
public sealed class HundredAndThirdUnseenPageTests() : ImportedPage("burkinabe-coup-january-2022.html")
{
    private const string Junta = "patriotic-movement-for-safeguard-and-restoration";

    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("january-2022-burkinabe-coup-detat", ArticleKind.Event),
            ("camp-sangoule-lamizana", ArticleKind.Region),
            (Junta, ArticleKind.Group),
            ("paul-henri-sandaogo-damiba", ArticleKind.Person),
            ("sangoule-lamizana", ArticleKind.Person));
    }

    [Fact]
    public async Task A_coup_a_junta_and_two_officers_are_dated_as_written()
    {
        // "took place on 23 and 24 January 2022"; "has ruled Burkina Faso since 24 January 2022"; "(born 1981)";
        // "(31 January 1916 – 26 May 2005)"
        Assert.Equal("2022-01-23", (await DateAsync("january-2022-burkinabe-coup-detat", DateLabel.Start)).Value);
        Assert.Equal("2022-01-24", (await DateAsync("january-2022-burkinabe-coup-detat", DateLabel.End)).Value);
        Assert.Equal("2022-01-24", (await DateAsync(Junta, DateLabel.Founded)).Value);
        Assert.Equal("1981", (await DateAsync("paul-henri-sandaogo-damiba", DateLabel.Born)).Value);
        Assert.Equal("1916-01-31", (await DateAsync("sangoule-lamizana", DateLabel.Born)).Value);
        Assert.Equal("2005-05-26", (await DateAsync("sangoule-lamizana", DateLabel.Died)).Value);
    }

    [Fact]
    public async Task A_camp_named_after_a_man_and_seized_in_a_coup_has_no_date_of_its_own()
    {
        // "Mutinous soldiers seized the camp on 23 January 2022": the coup's day, not the camp's founding.
        Assert.Empty(await DatesAsync("camp-sangoule-lamizana"));
    }

    [Fact]
    public async Task Two_presidents_terms_and_a_leader_s_end_are_read_to_the_day()
    {
        var damiba = await QualifiersAsync("paul-henri-sandaogo-damiba", "position_held", "President of Burkina Faso");
        Assert.Equal("2022-01-24", damiba["from"]);
        Assert.Equal("2022-09-30", damiba["to"]);
        var lamizana = await QualifiersAsync("sangoule-lamizana", "position_held", "President of Upper Volta");
        Assert.Equal("1966-01-03", lamizana["from"]);
        Assert.Equal("1980-11-25", lamizana["to"]);
        Assert.Equal("2022-09-30", (await QualifiersAsync(Junta, "led_by", "paul-henri-sandaogo-damiba"))["to"]);
    }

    [Fact]
    public async Task The_junta_s_short_and_french_names_are_aliases()
    {
        var junta = await AliasesAsync(Junta);
        Assert.Contains("MPSR", junta);
        Assert.Contains("Mouvement patriotique pour la sauvegarde et la restauration", junta);
    }

    [Fact]
    public async Task The_detained_president_and_the_man_a_camp_is_named_after_are_no_part_of_the_deeds()
    {
        // "detained President Roch Marc Christian Kaboré"; "named after the former president Sangoulé Lamizana";
        // "went into exile in Lomé"
        Assert.DoesNotContain(await StatementsAsync("january-2022-burkinabe-coup-detat"), s => s.Contains("Kaboré", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("camp-sangoule-lamizana"), s => s.EndsWith(" sangoule-lamizana", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("paul-henri-sandaogo-damiba"), s => s.Contains("Lomé", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Roch Marc Christian Kaboré"));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Ibrahim Traoré"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Regiment of Presidential Security"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Volunteers for the Defence of the Homeland"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Dianra"));
    }
}
