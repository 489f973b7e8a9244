using Sahel.Kb.Text;

namespace Sahel.Kb.Tests.Text;

public sealed class NameVariantsTests
{
    [Theory]
    [InlineData("Fahad Ag Almahmoud", "Fahad Ag Al-Mahmoud")] // a hyphen
    [InlineData("Jama'at Nasr al-Islam wal Muslimin", "Jama'at Nasr al-Islam wal-Muslimin")]
    [InlineData("Menaka Region", "Ménaka region")] // accents and case
    [InlineData("2012 Tuareg rebellion", "Tuareg rebellion of 2012")] // word order
    [InlineData("2023 Nigerien coup d'état", "the 2023 Nigerien coup")]
    [InlineData("Jama'at Nusrat ul-Islam wa al-Muslimin", "Jama'a Nusrat ul-Islam wa al-Muslimin")] // one letter in a long name
    [InlineData("Jama'at Nusrat ul-Islam wa al-Muslimin", "Jama'at Nusrat al-Islam wal-Muslimin")] // two letters in a very long name
    public void A_name_written_differently_finds_its_owner(string name, string written)
    {
        var variants = new NameVariants();
        variants.Add(name, 7);

        Assert.True(variants.TryFind(written, out var owner));
        Assert.Equal(7, owner);
    }

    [Theory]
    [InlineData("Battle of Kidal (2012)", "Battle of Kidal (2014)")] // numbers must agree
    [InlineData("Gao Region", "Gab Region")] // one letter apart, but a short name
    [InlineData("Movement for Unity in Azawad", "Movement for Unity in Adrar")] // long, but more than two letters apart
    [InlineData("Islamic State Sahel Province", "Islamic State Sinai Province")] // 25 letters, but four apart: two provinces
    [InlineData("Islamic State in the Greater Sahara", "Islamic State in the Sahara")]
    [InlineData("Nigerien Air Force", "Nigerian Air Force")] // one letter apart, but another country's
    [InlineData("Armed Forces of Gambia", "Armed Forces of Zambia")]
    public void A_different_name_finds_nothing(string name, string written)
    {
        var variants = new NameVariants();
        variants.Add(name, 7);

        Assert.False(variants.TryFind(written, out _));
    }

    [Fact]
    public void A_variant_two_owners_share_names_neither()
    {
        var variants = new NameVariants();
        variants.Add("Ag Almahmoud", 1);
        variants.Add("Ag Al Mahmoud", 2);

        Assert.False(variants.TryFind("Ag Al-Mahmoud", out _));
    }
}
