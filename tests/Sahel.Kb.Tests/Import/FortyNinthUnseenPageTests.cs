using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A forty-ninth page that no rule was written from (the Arlit kidnapping of 2010, Arlit, Areva, the
/// Agadez Region, the Tigharghar Mountains, Akokan), its expectations written before its first import
/// (11 of its 17 statements, none wrong; the title's casing and a nationality as a wanted name were
/// wrong). Its statements are in <c>expected/arlit-kidnapping.statements.txt</c>.
/// </summary>
public sealed class FortyNinthUnseenPageTests() : ImportedPage("arlit-kidnapping.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("2010-arlit-kidnapping", ArticleKind.Event),
            ("arlit", ArticleKind.Region),
            ("areva", ArticleKind.Group),
            ("agadez-region", ArticleKind.Region),
            ("tigharghar-mountains", ArticleKind.Region),
            ("akokan", ArticleKind.Region));
    }

    [Fact]
    public async Task A_night_across_two_days_and_a_company_are_dated_as_written()
    {
        // "On the night of 15 to 16 September 2010"; "founded in 2001 by the merger of …"
        Assert.Equal("2010-09-15", (await DateAsync("2010-arlit-kidnapping", DateLabel.Start)).Value);
        Assert.Equal("2010-09-16", (await DateAsync("2010-arlit-kidnapping", DateLabel.End)).Value);
        Assert.Equal("2001", (await DateAsync("areva", DateLabel.Founded)).Value);
    }

    [Fact]
    public async Task An_event_noun_in_the_title_is_written_small_and_the_company_keeps_its_full_name()
    {
        Assert.Equal("2010 Arlit kidnapping", (await ArticleAsync("2010-arlit-kidnapping")).Title);
        Assert.Contains("Areva SA", await AliasesAsync("areva"));
    }

    [Fact]
    public async Task The_companies_and_places_without_a_snippet_are_wanted_and_no_nationality_is()
    {
        var wanted = await WantedAsync();
        // ("succeeded by Orano …": one word the mirror's cut ends may be cut, so no name since page 76.)
        string[] expected = ["Satom", "CEA Industrie", "Framatome", "Cogema", "Somaïr", "Cominak", "Adrar des Ifoghas"];
        Assert.Empty(expected.Except(wanted));
        Assert.DoesNotContain(wanted, name => name is "Togolese" or "Malagasy" or "French");
    }
}
