using Sahel.Kb.Import;

namespace Sahel.Kb.Tests.Import;

public class TitleCaserTests
{
    [Theory]
    // The mirror capitalises every word; the summary's own words say which are names.
    [InlineData("2016 Test Attacks", "On 15 January 2016, gunmen attacked a hotel in Test. A group claimed the attack.", "2016 Test attacks")]
    [InlineData("Malian Armed Forces", "The Malian Armed Forces are the army of Mali. Its force is small.", "Malian Armed Forces")]
    [InlineData("Test Brothers", "The Test Brothers are a family of traders. One brother led the group.", "Test Brothers")]
    public void A_plural_of_an_events_noun_the_summary_writes_small_is_small(string title, string summary, string expected) =>
        Assert.Equal(expected, TitleCaser.Naturalize(title, summary));

    [Theory]
    // A title that opens with its year describes its event: the event's noun is no name's, though the summary never writes it.
    [InlineData("2010 Test Kidnapping", "On the night of 15 to 16 September 2010, gunmen kidnapped seven employees in Test.", "2010 Test kidnapping")]
    [InlineData("Test Kidnapping", "On the night of 15 to 16 September 2010, gunmen kidnapped seven employees in Test.", "Test Kidnapping")]
    [InlineData("2012 Test Region", "The Test Region was created in 2012.", "2012 Test Region")]
    public void The_noun_of_a_title_that_opens_with_its_year_is_small(string title, string summary, string expected) =>
        Assert.Equal(expected, TitleCaser.Naturalize(title, summary));
}
