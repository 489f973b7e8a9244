using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A sixty-seventh page that no rule was written from (the Tourine ambush of September 2008, Tourine,
/// the Tiris Zemmour Region, Zouérat, Ahmed Ould Daddah, the Société Nationale Industrielle et
/// Minière), its expectations written before its first import (13 of its 14 statements, none wrong;
/// kinds and dates right; the company's initials missed). Its statements are in
/// <c>expected/tourine-ambush.statements.txt</c>.
/// </summary>
public sealed class SixtySeventhUnseenPageTests() : ImportedPage("tourine-ambush.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("tourine-ambush", ArticleKind.Event),
            ("tourine", ArticleKind.Region),
            ("tiris-zemmour-region", ArticleKind.Region),
            ("zouerat", ArticleKind.Region),
            ("ahmed-ould-daddah", ArticleKind.Person),
            ("societe-nationale-industrielle-et-miniere", ArticleKind.Group));
    }

    [Fact]
    public async Task An_ambush_a_company_and_a_politician_are_dated_as_written()
    {
        // "took place on 14 September 2008"; "founded in 1972"; "(born 7 August 1942)"
        Assert.Equal("2008-09-14", (await DateAsync("tourine-ambush", DateLabel.Start)).Value);
        Assert.Equal("1972", (await DateAsync("societe-nationale-industrielle-et-miniere", DateLabel.Founded)).Value);
        Assert.Equal("1942-08-07", (await DateAsync("ahmed-ould-daddah", DateLabel.Born)).Value);
        // A bank governor's years are no dates of his life.
        Assert.Single(await DatesAsync("ahmed-ould-daddah"));
    }

    [Fact]
    public async Task A_region_is_known_without_its_kind_and_a_company_by_its_initials()
    {
        Assert.Equal(["Tiris Zemmour"], await AliasesAsync("tiris-zemmour-region"));
        Assert.Equal(["SNIM"], await AliasesAsync("societe-nationale-industrielle-et-miniere"));
    }
}
