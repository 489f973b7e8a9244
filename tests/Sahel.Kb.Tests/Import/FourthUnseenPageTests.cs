using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A fourth page in the mirror's format that no rule was written from (central Mali: the
/// Ogossagou and Moura massacres, Katiba Macina, Operation Takuba, the Bamako Agreement). Each
/// expectation is what the page's sentences say; its statements are in
/// <c>expected/ogossagou-massacre.statements.txt</c>.
/// </summary>
public sealed class FourthUnseenPageTests() : ImportedPage("ogossagou-massacre.txt")
{
    [Fact]
    public async Task An_agreement_that_opens_with_was_signed_by_groups_is_an_agreement()
    {
        var agreement = await ArticleAsync("bamako-agreement-2015");

        // "The Agreement for Peace and Reconciliation in Mali resulting from the Algiers Process, commonly
        // called the Bamako Agreement, was signed on 15 May 2015 by the Malian government and the Platform, …":
        // "was signed" says what was done to it; "the Platform" is a signatory, not what it is.
        Assert.Equal(ArticleKind.Agreement, agreement.Kind);
        Assert.Contains("Agreement for Peace and Reconciliation in Mali", agreement.Aliases.Select(a => a.Name));
    }

    [Theory]
    [InlineData("operation-takuba", "end", "2022-06-30")] // "was disbanded on 30 June 2022"
    [InlineData("bamako-agreement-2015", "signed", "2015-05-15")]
    [InlineData("moura-massacre", "start", "2022-03-27")] // "took place between 27 and 31 March 2022"
    [InlineData("moura-massacre", "end", "2022-03-31")]
    public async Task A_date_is_read_where_the_sentence_gives_it(string slug, string label, string value)
    {
        var dates = await DatesAsync(slug);

        Assert.Equal(value, Assert.Single(dates, d => d.Label.ToString().Equals(label, StringComparison.OrdinalIgnoreCase)).Value);
    }
}
