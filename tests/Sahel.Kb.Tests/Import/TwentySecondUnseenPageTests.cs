using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A twenty-second page that no rule was written from (Bamba in 2023, Mohamed Ag Intalla, Ansar Dine,
/// Ber, Léré), with the seed's American dates, read before its first import (13 of its 14 statements
/// read, none wrong). Its statements are in <c>expected/bamba-attack.statements.txt</c>; here, titles and dates.
/// </summary>
public sealed class TwentySecondUnseenPageTests() : ImportedPage("bamba-attack.txt")
{
    [Fact]
    public async Task A_section_heading_glued_to_a_sentence_does_not_keep_a_titles_capital()
    {
        var article = await ArticleAsync("2023-bamba-attack");

        // "The Bamba attack was a jihadist attack …" and, later, the heading "Attack" glued before "On the morning of September 7".
        Assert.Equal("2023 Bamba attack", article.Title);
    }

    [Fact]
    public async Task A_place_titled_with_its_country_after_a_comma_is_known_by_its_name()
    {
        // "Ber is a small town …" (titled "Ber, Mali")
        Assert.Contains("Ber", await AliasesAsync("ber-mali"));
    }

    [Fact]
    public async Task American_dates_are_read_as_written()
    {
        var bamba = await DatesAsync("2023-bamba-attack");
        var lere = await DatesAsync("lere-clashes-2023");

        // "a jihadist attack on September 7, 2023"; "took place on August 11 and 12, 2023"
        Assert.Equal("2023-09-07", Assert.Single(bamba, d => d.Label == DateLabel.Start).Value);
        Assert.Equal(("2023-08-11", "2023-08-12"), (Assert.Single(lere, d => d.Label == DateLabel.Start).Value, Assert.Single(lere, d => d.Label == DateLabel.End).Value));
    }

    [Fact]
    public async Task A_claim_of_responsibility_names_no_perpetrator()
    {
        // "Jama'at Nasr al-Islam wal Muslimin claimed responsibility for the attack"
        Assert.DoesNotContain(await StatementsAsync("2023-bamba-attack"), s => s.StartsWith("perpetrator ", StringComparison.Ordinal));
    }
}
