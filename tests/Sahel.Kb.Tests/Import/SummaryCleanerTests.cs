using Sahel.Kb.Import;

namespace Sahel.Kb.Tests.Import;

/// <summary>What the mirror leaves when it strips pronunciations and language tags, tidied; what an author wrote, kept.</summary>
public sealed class SummaryCleanerTests
{
    [Theory]
    [InlineData("Jama'at Nusrat ul-Islam wa al-Muslimin (, JNIM; , GSIM; ) is a Salafi organisation.", "Jama'at Nusrat ul-Islam wa al-Muslimin (JNIM, GSIM) is a Salafi organisation.")]
    [InlineData("The Coordination of Azawad Movements ( (CMA); ; ) is a large coalition.", "The Coordination of Azawad Movements (CMA) is a large coalition.")]
    [InlineData("The Strategic Framework (; CSP-DPA) was a coalition.", "The Strategic Framework (CSP-DPA) was a coalition.")]
    [InlineData("The Mission in Mali (, MINUSMA) was a mission.", "The Mission in Mali (MINUSMA) was a mission.")]
    [InlineData("Iyad Ag Ghaly (, sometimes romanised as Ag Ghali; born 1954), also known as Abu.", "Iyad Ag Ghaly (sometimes romanised as Ag Ghali; born 1954), also known as Abu.")]
    [InlineData("The Strategic Framework (; ) was a coalition.", "The Strategic Framework was a coalition.")]
    [InlineData("the eighth administrative region of Mali, covering . This area", "the eighth administrative region of Mali. This area")] // the area's figure was removed
    [InlineData("Gao Region ( Songhay: Gao Laabu) is a region.", "Gao Region (Songhay: Gao Laabu) is a region.")]
    [InlineData("The town, measuring . It lies north.", "The town. It lies north.")]
    [InlineData("captured the regional capital of Kidal on November 14, and Agu ...", "captured the regional capital of Kidal on November 14, and Agu…")]
    [InlineData("The National Movement for the Liberation of Azawad (MNLA) and Hassan (born 1959) met.", "The National Movement for the Liberation of Azawad (MNLA) and Hassan (born 1959) met.")]
    [InlineData("Kidal Region ( Bambara: Kidal Dineja) the eighth region", "Kidal Region (Bambara: Kidal Dineja) the eighth region")] // the space the pronunciation left
    [InlineData("They wrote @{ throw new System.Exception(); } on their flags.", "They wrote @{ throw new System.Exception(); } on their flags.")]
    public void Leftovers_are_tidied_and_what_was_written_is_kept(string summary, string expected) =>
        Assert.Equal(expected, SummaryCleaner.Clean(summary));
}
