using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A fifth page in the mirror's format that no rule was written from (AQIM and its offshoots: the
/// In Amenas hostage crisis, Mokhtar Belmokhtar, Al-Mourabitoun, the National Pact). Each
/// expectation is what the page's sentences say; its statements are in
/// <c>expected/in-amenas-hostage-crisis.statements.txt</c>.
/// </summary>
public sealed class FifthUnseenPageTests() : ImportedPage("in-amenas-hostage-crisis.txt")
{
    [Fact]
    public async Task Wanted_names_are_whole_names()
    {
        var wanted = await WantedAsync();

        // "near In Amenas, Algeria": the town's name starts with "In".
        Assert.Contains("In Amenas", wanted);
        Assert.DoesNotContain("Amenas", wanted);
        // "al-Qaeda-linked terrorists" names no one.
        Assert.DoesNotContain("al-Qaeda-linked", wanted);
        // "between the government of Mali and the Unified Movements and Fronts of Azawad (MFUA)": two names.
        Assert.Contains("Unified Movements and Fronts of Azawad", wanted);
        Assert.DoesNotContain("Mali and the Unified Movements and Fronts of Azawad", wanted);
        // "the merger of the Movement for Oneness and Jihad in West Africa and …": a formal name takes its place.
        Assert.Contains("Movement for Oneness and Jihad in West Africa", wanted);
    }

    [Fact]
    public async Task A_year_in_another_events_name_is_no_date_of_this_one_and_a_span_from_month_to_month_is_read()
    {
        var pact = await DatesAsync("national-pact-1992");
        var siege = await DatesAsync("siege-of-tessalit");

        // "It ended the Tuareg rebellion of 1990": the National Pact did not end in 1990.
        Assert.DoesNotContain(pact, d => d.Label == DateLabel.End);
        // "fought between … from January to March 2012"
        Assert.Contains(siege, d => d.Label == DateLabel.Start && d.Value == "2012-01");
        Assert.Contains(siege, d => d.Label == DateLabel.End && d.Value == "2012-03");
    }
}
