using Sahel.Kb.Domain;
using Sahel.Kb.Import;

namespace Sahel.Kb.Tests.Import;

/// <summary>The merge of an article's snippets, without a database: one answer for one set of snippets, whatever their order.</summary>
public sealed class ArticleMergeTests
{
    private static SnippetDraft Snippet(string page, string text, string title = "Coordination Of Azawad Movements") =>
        new("coordination-of-azawad-movements", page, 1, 10, title, text, HasPicture: page == "b.txt");

    private static readonly SnippetDraft[] s_snippets =
    [
        Snippet("a.txt", "The Coordination of Azawad Movements is a coalition of rebel groups formed in 2014."),
        Snippet("b.txt", "The Coordination of Azawad Movements (CMA) is a coalition of Tuareg rebel groups. It was founded on 28 October 2014."),
        Snippet("c.txt", "The Coordination of Azawad Movements is an alliance. It was founded on 9 June 2014 in Algiers."),
    ];

    [Fact]
    public void The_order_of_the_snippets_never_changes_the_article()
    {
        var orders = new[] { s_snippets, s_snippets.Reverse().ToArray(), [s_snippets[1], s_snippets[2], s_snippets[0]] };

        var drafts = orders.Select(o => ArticleMerge.Merge("coordination-of-azawad-movements", o)).ToList();

        Assert.All(drafts, d => Assert.Equal(Describe(drafts[0]), Describe(d)));
    }

    [Fact]
    public void The_longest_summary_wins_and_gives_the_titles_casing()
    {
        var draft = ArticleMerge.Merge("coordination-of-azawad-movements", s_snippets);

        // b.txt's summary is the longest; it writes "Coordination of Azawad Movements".
        Assert.StartsWith("The Coordination of Azawad Movements (CMA) is a coalition of Tuareg", draft.Summary, StringComparison.Ordinal);
        Assert.Equal("Coordination of Azawad Movements", draft.Title);
        Assert.Equal("b.txt", draft.SummaryPage);
        Assert.True(draft.HasPicture);
        Assert.Equal(["a.txt", "b.txt", "c.txt"], draft.Sources);
    }

    [Fact]
    public void Dates_are_the_union_of_every_page_with_their_pages_and_a_refined_year_goes()
    {
        var draft = ArticleMerge.Merge("coordination-of-azawad-movements", s_snippets);

        // a.txt's "formed in 2014" agrees with b.txt's finer "28 October 2014"; c.txt's "9 June 2014" disagrees and stays.
        Assert.Equal(
            ["founded 2014-06-09 c.txt", "founded 2014-10-28 b.txt"],
            draft.Dates.Select(d => $"{d.Date.Label.ToString().ToLowerInvariant()} {d.Date.Value} {string.Join(",", d.Pages)}"));
    }

    [Fact]
    public void Equal_summaries_are_decided_by_their_text_not_by_their_page()
    {
        var one = Snippet("z.txt", "The Coordination of Azawad Movements is a coalition of rebel groups in Mali.");
        var other = Snippet("a.txt", "The Coordination of Azawad Movements is a coalition of armed groups in Mali.");

        var draft = ArticleMerge.Merge("coordination-of-azawad-movements", [one, other]);

        // Same length: the ordinal first text ("armed" before "rebel") wins, wherever it was read.
        Assert.Contains("armed groups", draft.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snippet_whose_kind_has_no_evidence_takes_the_kind_others_give()
    {
        var bare = new SnippetDraft("tinzaouaten", "a.txt", 0, 1, "Tinzaouaten", "Tinzaouaten lies far to the north, near the border, beside a long wadi with wells.", false);
        var town = new SnippetDraft("tinzaouaten", "b.txt", 0, 1, "Tinzaouaten", "Tinzaouaten is a town in Mali.", false);

        var draft = ArticleMerge.Merge("tinzaouaten", [bare, town]);

        Assert.Equal(ArticleKind.Region, draft.Kind.Kind);
        Assert.False(draft.Kind.IsFallback);
    }

    private static string Describe(ArticleDraft d) =>
        $"{d.Title}|{d.Kind}|{d.Summary}|{d.HasPicture}|{string.Join(";", d.Dates.Select(x => $"{x.Date}{string.Join(",", x.Pages)}"))}|{string.Join(",", d.Sources)}|{d.SummaryPage}";
}
