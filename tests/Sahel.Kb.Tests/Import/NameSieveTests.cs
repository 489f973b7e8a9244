using Sahel.Kb.Domain;
using Sahel.Kb.Import;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// The sieve may keep a name the texts do not hold (the linker then finds nothing), but must never
/// drop one the linker would find there, itself or as a variant.
/// </summary>
public sealed class NameSieveTests
{
    private static readonly NameSieve s_sieve = new([
        "The Kidal offensive was fought by the MNLA and Jama'a Nusrat ul-Islam wa al-Muslimin in the Tuareg rebellion of 2012.",
        "Ghaly's men took Aguelhok after the coup d'état in Mali; The Battle of Tessalit followed.",
    ]);

    [Theory]
    [InlineData("Kidal offensive")]                           // itself, in another case
    [InlineData("MNLA")]                                      // a short name, as a word
    [InlineData("2012 Tuareg rebellion")]                     // "X of 2012" in the text
    [InlineData("Tuareg rebellion of 2012")]
    [InlineData("Jama'at Nusrat ul-Islam wa al-Muslimin")]    // a letter off in a long name
    [InlineData("Jama'at Nusrat ul-Islam wal-Muslimin")]      // two letters off in a longer one
    [InlineData("Coup in Mali")]                              // "coup d'état" is "coup"
    [InlineData("Battle of Tessalit")]                        // after "The"
    [InlineData("Aguelhok")]
    public void A_name_the_linker_finds_in_the_texts_is_kept(string name) => Assert.True(s_sieve.MayHold(name));

    [Theory]
    [InlineData("Battle of Kidal")]                           // its words, not together
    [InlineData("Tuareg rebellion of 2013")]                  // another year
    [InlineData("MNL")]                                       // a short name inside a word
    [InlineData("Gao")]
    [InlineData("Jama'at Nusrat al-Islam wal-Muslimin")]      // three letters off: more than a variant may be
    [InlineData("Coordination of Azawad Movements")]
    public void A_name_the_texts_do_not_hold_is_sieved_out(string name) => Assert.False(s_sieve.MayHold(name));

    [Fact]
    public void A_run_of_the_name_that_stands_earlier_in_the_text_is_no_error()
    {
        // "ission" of "Tessit Mission" stands first in "Mission …", before where the name could start.
        Assert.True(new NameSieve(["Mission Tessit Mission"]).MayHold("Tessit Mission"));
        Assert.False(new NameSieve(["Mission Tessit"]).MayHold("Tessit Mission"));
    }

    [Fact]
    public void A_person_is_kept_for_a_surname_alone_and_a_place_is_not()
    {
        var person = new LinkInput(1, "Iyad Ag Ghaly", "", [], AliasesFixed: true, Kind: ArticleKind.Person);
        var place = new LinkInput(2, "Tin Ghaly", "", [], AliasesFixed: true, Kind: ArticleKind.Region);

        Assert.True(s_sieve.MayName(person));
        Assert.False(s_sieve.MayName(place));
    }

    [Fact]
    public void An_article_is_kept_for_an_alias()
    {
        var article = new LinkInput(3, "National Movement for the Liberation of Azawad", "", [new AliasCandidate("MNLA", AliasOrigin.Acronym)], AliasesFixed: true, Kind: ArticleKind.Group);

        Assert.True(s_sieve.MayName(article));
    }
}
