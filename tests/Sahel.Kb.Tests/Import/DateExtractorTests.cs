using Sahel.Kb.Domain;
using Sahel.Kb.Import;

namespace Sahel.Kb.Tests.Import;

public class DateExtractorTests
{
    public static TheoryData<ArticleKind, string, string> Phrasings => new()
    {
        { ArticleKind.Event, "The battle took place between November 10 and 14, 2023, in the north.", "start 2023-11-10 day; end 2023-11-14 day" },
        { ArticleKind.Event, "The raid took place from 2 to 5 March 2019.", "start 2019-03-02 day; end 2019-03-05 day" },
        { ArticleKind.Event, "On the night of 24 May 2021, the army arrested the president.", "start 2021-05-24 day" },
        { ArticleKind.Event, "The siege began in January 2013 and ended in 2014.", "start 2013-01 month; end 2014 year" },
        { ArticleKind.Person, "Iyad (, also Ag Ghali; born 1954), is a militant.", "born 1954 year" },
        { ArticleKind.Person, "Fahad (died 1 December 2024) was a militant.", "died 2024-12-01 day" },
        { ArticleKind.Person, "Ibrahim (1970 – 2011) was a rebel.", "born 1970 year; died 2011 year" },
        { ArticleKind.Person, "Hassan, born around 1959 or 1966, was a soldier.", "" },
        { ArticleKind.Person, "He is thought to be born at the end of the 1950s.", "" },
        { ArticleKind.Group, "The mission was established on 25 April 2013 by a resolution, and was terminated over a decade later on 30 June 2023.", "founded 2013-04-25 day; dissolved 2023-06-30 day" },
        { ArticleKind.Group, "It formed in Mali during the war in 2014. The group was founded on 28 October 2014 as an alliance.", "founded 2014-10-28 day" },
        { ArticleKind.Group, "The coalition was formed on 6 May 2021, as an alliance.", "founded 2021-05-06 day" },
        { ArticleKind.Region, "This area was created as a separate region in 1991.", "founded 1991 year" },
        { ArticleKind.Agreement, "The agreement was signed on May 15 and June 20, 2015, in Bamako.", "signed 2015-05-15 day; signed 2015-06-20 day" },
        { ArticleKind.Agreement, "It was terminated by the Malian government on January 25, 2024, amid conflict.", "end 2024-01-25 day" },
        { ArticleKind.Person, "In 2008, he was appointed as a diplomat.", "" },
    };

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void Each_phrasing_gives_its_labelled_dates_at_their_precision(ArticleKind kind, string text, string expected)
    {
        var dates = DateExtractor.Extract(kind, text);

        Assert.Equal(expected, string.Join("; ", dates.Select(d => $"{d.Label.ToString().ToLowerInvariant()} {d.Value} {d.Precision.ToString().ToLowerInvariant()}")));
    }

    [Fact]
    public void A_date_keeps_the_words_it_came_from()
    {
        var date = Assert.Single(DateExtractor.Extract(ArticleKind.Group, "It was founded on 28 October 2014 in Algiers."));

        Assert.Equal("founded on 28 October 2014", date.Words);
    }

    [Fact]
    public void A_year_alone_is_never_given_a_day()
    {
        var date = Assert.Single(DateExtractor.Extract(ArticleKind.Person, "Someone (born 1954) is a militant."));

        Assert.Equal("1954", date.Value);
        Assert.Equal(DatePrecision.Year, date.Precision);
    }

    [Fact]
    public void An_impossible_day_is_not_a_date()
    {
        Assert.Empty(DateExtractor.Extract(ArticleKind.Person, "Someone (died 31 February 2020) was a militant."));
    }
}
