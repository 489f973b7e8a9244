using Sahel.Kb.Browse;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Browse;

public class DateTextTests
{
    [Theory]
    [InlineData("1954", "1954")]
    [InlineData("2021-05", "May 2021")]
    [InlineData("2021-05-24", "24 May 2021")]
    [InlineData("2024-12-01", "1 December 2024")]
    public void A_date_reads_at_its_precision_and_no_finer(string value, string expected) =>
        Assert.Equal(expected, DateText.Format(value));

    [Theory]
    [InlineData("2023-11-10", "2023-11-14", "10–14 November 2023")]
    [InlineData("2023-10-28", "2023-11-14", "28 October – 14 November 2023")]
    [InlineData("2023-12-30", "2024-01-02", "30 December 2023 – 2 January 2024")]
    [InlineData("2013-01", "2013-06", "January–June 2013")]
    [InlineData("2012", "2013", "2012–2013")]
    [InlineData("2013-01", "2014", "January 2013 – 2014")]
    [InlineData("2021-05-24", "2021-05-24", "24 May 2021")]
    public void A_range_shares_what_its_ends_share(string start, string end, string expected) =>
        Assert.Equal(expected, DateText.FormatRange(start, end));

    [Fact]
    public void A_start_and_an_end_make_one_date_line_and_other_dates_keep_their_labels()
    {
        ArticleDate[] dates =
        [
            new() { Label = DateLabel.End, Value = "2023-11-14", Precision = DatePrecision.Day },
            new() { Label = DateLabel.Start, Value = "2023-11-10", Precision = DatePrecision.Day },
            new() { Label = DateLabel.Signed, Value = "2015-05-15", Precision = DatePrecision.Day },
        ];

        var facts = DateText.Facts(dates);

        Assert.Equal(["Date: 10–14 November 2023", "Signed: 15 May 2015"], facts.Select(f => $"{f.Label}: {f.Text}"));
        Assert.Equal(("2023-11-10", "2023-11-14"), (facts[0].Start, facts[0].End));
    }

    [Theory]
    [InlineData("2012", null, "2012")]
    [InlineData("2011", "late", "late 2011")]
    [InlineData("2013", "mid", "mid-2013")]
    [InlineData("2023-10", "early", "early October 2023")]
    [InlineData("1970", "circa", "c. 1970")]
    public void A_qualifier_places_the_date_in_words(string value, string? qualifier, string expected) =>
        Assert.Equal(expected, DateText.Format(value, qualifier));

    [Fact]
    public void Pages_that_disagree_are_both_shown_each_with_its_page_and_a_step_with_what_happened()
    {
        ArticleDate[] dates =
        [
            new() { Label = DateLabel.Founded, Value = "2014-10-28", Pages = "seed.txt" },
            new() { Label = DateLabel.Founded, Value = "2014-06-09", Pages = "other.txt" },
            new() { Label = DateLabel.Signed, Value = "2015-05-15", Pages = "seed.txt" },
            new() { Label = DateLabel.Signed, Value = "2015-06-20", Pages = "seed.txt\nother.txt" },
            new() { Label = DateLabel.Step, Value = "2023-10", Qualifier = "late", Event = "captured Tessalit", Pages = "seed.txt" },
        ];

        var facts = DateText.Facts(dates).Select(f => $"{f.Label}: {f.Text}{(f.Event is null ? "" : " / " + f.Event)}");

        // One page giving two signing dates disputes nothing.
        Assert.Equal(
            ["Founded: 9 June 2014 (according to other.txt)", "Founded: 28 October 2014 (according to seed.txt)", "Signed: 15 May 2015", "Signed: 20 June 2015",
             "Late October 2023: late October 2023 / captured Tessalit"],
            facts);
    }

    [Fact]
    public void An_event_with_only_a_start_shows_it_as_its_date_and_a_person_shows_born_and_died()
    {
        Assert.Equal("Date: 24 May 2021", Line(new ArticleDate { Label = DateLabel.Start, Value = "2021-05-24" }));
        Assert.Equal("Born: 1954", Line(new ArticleDate { Label = DateLabel.Born, Value = "1954" }));
        Assert.Equal("Died: 1 December 2024", Line(new ArticleDate { Label = DateLabel.Died, Value = "2024-12-01" }));

        static string Line(ArticleDate date) => DateText.Facts([date]).Select(f => $"{f.Label}: {f.Text}").Single();
    }
}
