namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A second page in the mirror's format that no rule was written from (Burkina Faso's insurgency:
/// the Solhan massacre, Ansarul Islam, Soum Province). Each expectation is what the page's
/// sentences say; its statements are in <c>expected/solhan-massacre.statements.txt</c>.
/// </summary>
public sealed class SecondUnseenPageTests() : ImportedPage("solhan-massacre.txt")
{
    [Theory]
    [InlineData("soum-province", "Soum Province")] // the summary writes "the province borders …", yet the place's name keeps its capital
    [InlineData("september-2022-burkina-faso-coup-detat", "September 2022 Burkina Faso coup d'état")] // "The coup was carried out …": "coup", then "d'état" after it
    [InlineData("tamanrasset-accords", "Tamanrasset Accords")]
    public async Task A_title_takes_the_casing_a_reader_expects(string slug, string title)
    {
        Assert.Equal(title, (await ArticleAsync(slug)).Title);
    }

    [Theory]
    [InlineData("ibrahim-malam-dicko", "born", "1970", "circa")] // "(c. 1970 – May 2017)"
    [InlineData("ibrahim-malam-dicko", "died", "2017-05", null)]
    [InlineData("solhan-massacre", "start", "2021-06-04", null)] // "on the night of 4–5 June 2021"
    [InlineData("solhan-massacre", "end", "2021-06-05", null)]
    [InlineData("september-2022-burkina-faso-coup-detat", "start", "2022-09-30", null)] // "On 30 September 2022, …"
    public async Task A_date_is_read_as_written_and_circa_stays_circa(string slug, string label, string value, string? qualifier)
    {
        var dates = await DatesAsync(slug);

        var date = Assert.Single(dates, d => d.Label.ToString().Equals(label, StringComparison.OrdinalIgnoreCase));
        Assert.Equal((value, qualifier), (date.Value, date.Qualifier));
    }

    [Fact]
    public async Task A_date_inside_another_events_name_is_no_step_of_this_one()
    {
        var dates = await DatesAsync("september-2022-burkina-faso-coup-detat");

        // "who had himself seized power in the January 2022 coup": that date is the earlier coup's.
        Assert.DoesNotContain(dates, d => d.Value == "2022-01");
    }

    [Fact]
    public async Task A_name_joined_by_an_arabic_particle_is_one_name()
    {
        var wanted = await WantedAsync();

        // "jihadists of Jama'at Nasr al-Islam wal Muslimin (JNIM)"
        Assert.Contains("Jama'at Nasr al-Islam wal Muslimin", wanted);
        Assert.DoesNotContain("Muslimin", wanted);
    }
}
