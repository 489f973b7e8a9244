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
}
