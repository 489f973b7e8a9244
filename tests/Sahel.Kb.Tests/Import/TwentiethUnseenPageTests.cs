using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A twentieth page that no rule was written from (Burkina Faso's war, the VDP, Lake Chad, Amadou
/// Koufa, Resolution 2085, Karma), read before its first import. Its statements are in
/// <c>expected/jihadist-insurgency-in-burkina-faso.statements.txt</c>; here, kinds, dates and what is not one.
/// </summary>
public sealed class TwentiethUnseenPageTests() : ImportedPage("jihadist-insurgency-in-burkina-faso.txt")
{
    [Fact]
    public async Task Each_snippet_is_of_the_kind_its_summary_says()
    {
        // "an ongoing armed conflict", "a civilian auxiliary force", "a … lake", "a Malian Fulani preacher",
        // a Security Council resolution (a document: of the five kinds, an agreement), "The Karma massacre".
        await AssertKindsAsync(
            ("jihadist-insurgency-in-burkina-faso", ArticleKind.Event),
            ("volunteers-for-the-defense-of-the-homeland", ArticleKind.Group),
            ("lake-chad", ArticleKind.Region),
            ("amadou-koufa", ArticleKind.Person),
            ("united-nations-security-council-resolution-2085", ArticleKind.Agreement),
            ("karma-massacre", ArticleKind.Event));
    }

    [Fact]
    public async Task A_death_announced_and_then_belied_is_no_death()
    {
        var dates = await DatesAsync("amadou-koufa");

        // "(born c. 1961 in Niafunké)"; "French forces announced his death in 2018, but he reappeared in a video in 2019"
        Assert.Equal("1961", Assert.Single(dates, d => d.Label == DateLabel.Born).Value);
        Assert.DoesNotContain(dates, d => d.Label == DateLabel.Died);
    }

    [Fact]
    public async Task An_accusation_names_no_perpetrator()
    {
        // "Survivors and human rights groups accused soldiers of the Burkinabè army's Rapid Intervention Battalion; the government denied it"
        Assert.DoesNotContain(await StatementsAsync("karma-massacre"), s => s.StartsWith("perpetrator ", StringComparison.Ordinal) || s.StartsWith("participant ", StringComparison.Ordinal));
    }
}
