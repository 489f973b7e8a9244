using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests;

public class SlugTests
{
    [Theory]
    [InlineData("Battle Of Kidal (2023)", "battle-of-kidal-2023")]
    [InlineData("2021 Malian Coup D'État", "2021-malian-coup-detat")]
    [InlineData("Permanent Strategic Framework For Peace, Security, And Development", "permanent-strategic-framework-for-peace-security-and-development")]
    [InlineData("Ménaka  Region", "menaka-region")]
    [InlineData("CSP-PSD", "csp-psd")]
    [InlineData("Abū al-Faḍl", "abu-al-fadl")]
    [InlineData("  (!)  ", "")]
    public void A_slug_is_lowercase_ascii_words_joined_by_hyphens(string title, string slug)
    {
        Assert.Equal(slug, Article.CreateSlug(title));
    }
}
