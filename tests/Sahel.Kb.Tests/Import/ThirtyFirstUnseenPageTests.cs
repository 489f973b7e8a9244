using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A thirty-first page that no rule was written from (the Mauritanian coup of 2008, Sidi Ould Cheikh
/// Abdallahi, the High State Council, Aleg, the Dakar Accord of 2009), read before its first import
/// (14 of its 15 statements, none wrong). Its statements are in
/// <c>expected/mauritanian-coup-2008.statements.txt</c>.
/// </summary>
public sealed class ThirtyFirstUnseenPageTests() : ImportedPage("mauritanian-coup-2008.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind_and_a_junta_lasts_as_long_as_it_ruled()
    {
        await AssertKindsAsync(
            ("2008-mauritanian-coup-detat", ArticleKind.Event),
            ("sidi-ould-cheikh-abdallahi", ArticleKind.Person),
            ("high-state-council-mauritania", ArticleKind.Group),
            ("aleg", ArticleKind.Region),
            ("dakar-accord-2009", ArticleKind.Agreement));

        // "the military junta that ruled Mauritania from 6 August 2008 to 15 April 2009"
        var council = await DatesAsync("high-state-council-mauritania");
        Assert.Equal("2008-08-06", Assert.Single(council, d => d.Label == DateLabel.Founded).Value);
        Assert.Equal("2009-04-15", Assert.Single(council, d => d.Label == DateLabel.Dissolved).Value);
    }

    [Fact]
    public async Task A_fuller_name_the_summary_opens_with_is_the_subjects_and_a_part_of_a_persons_name_is_the_person()
    {
        // "Sidi Mohamed Ould Cheikh Abdallahi (1938 – …)" opens Sidi Ould Cheikh Abdallahi's summary;
        // "led by General Mohamed Ould Abdel Aziz … A High State Council, chaired by Abdel Aziz, took power".
        Assert.Contains("Sidi Mohamed Ould Cheikh Abdallahi", await AliasesAsync("sidi-ould-cheikh-abdallahi"));
        var wanted = await WantedAsync();
        Assert.DoesNotContain("Sidi Mohamed Ould Cheikh Abdallahi", wanted);
        Assert.DoesNotContain("Abdel Aziz", wanted);
        Assert.Contains("Mohamed Ould Abdel Aziz", wanted);
    }

    [Fact]
    public async Task An_office_whose_last_word_is_a_section_heading_is_whole()
    {
        // "he had been Minister of Economy in the 1970s"
        Assert.Contains("position_held Minister of Economy", await StatementsAsync("sidi-ould-cheikh-abdallahi"));
    }
}
