using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-thirty-seventh page that no rule was written from (the Gubio massacre of 2020, Gubio, Ali Modu Sheriff,
/// Malam Fatori, the Civilian Joint Task Force), each snippet cut inside a word as the mirror cuts them, its expectations
/// written before its first import. Its statements are in <c>expected/gubio-massacre.statements.txt</c>.
/// </summary>
public sealed class HundredAndThirtySeventhUnseenPageTests() : ImportedPage("gubio-massacre.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        // A Local Government Area is a place; a vigilante group is a body.
        await AssertKindsAsync(
            ("gubio-massacre", ArticleKind.Event),
            ("gubio", ArticleKind.Region),
            ("ali-modu-sheriff", ArticleKind.Person),
            ("malam-fatori", ArticleKind.Region),
            ("civilian-joint-task-force", ArticleKind.Group));
    }

    [Fact]
    public async Task Each_is_dated_by_its_own_words_and_places_not_by_what_befell_them()
    {
        // "took place on 9 June 2020"; "(born 1956)"; "formed in Maiduguri, Borno State, in June 2013";
        // "in June 2020 gunmen killed 81 people in two of its villa…"; "Boko Haram seized the town in November 2014"
        var start = await DateAsync("gubio-massacre", DateLabel.Start);
        Assert.Equal(("2020-06-09", DatePrecision.Day), (start.Value, start.Precision));
        var born = await DateAsync("ali-modu-sheriff", DateLabel.Born);
        Assert.Equal(("1956", DatePrecision.Year), (born.Value, born.Precision));
        var founded = await DateAsync("civilian-joint-task-force", DateLabel.Founded);
        Assert.Equal(("2013-06", DatePrecision.Month), (founded.Value, founded.Precision));
        Assert.Empty(await DatesAsync("gubio"));
        Assert.Empty(await DatesAsync("malam-fatori"));
    }

    [Fact]
    public async Task The_group_keeps_its_initials_as_an_alias()
    {
        // "The Civilian Joint Task Force (CJTF) is …"
        Assert.Contains("CJTF", await AliasesAsync("civilian-joint-task-force"));
    }

    [Fact]
    public async Task Offices_keep_their_periods()
    {
        // "was Governor of Borno State from 29 May 2003 to 29 May 2011"
        var governor = await QualifiersAsync("ali-modu-sheriff", "position_held", "Governor of Borno State");
        Assert.Equal(("2003-05-29", "2011-05-29"), (governor["from"], governor["to"]));
    }

    [Fact]
    public async Task A_blamed_group_a_headquarters_a_neighbour_and_a_river_are_no_part_of_the_facts()
    {
        // "blamed Boko Haram"; "with its headquarters in the town of Gubio, about 80 kilometres north-west of Maiduguri. It borders the
        // Magumeri, Nganzai and Mobbar areas"; "on the Komadugu Yobe river, which forms the border with Niger"
        Assert.DoesNotContain(await StatementsAsync("gubio-massacre"), s => s.Contains("Boko Haram", StringComparison.Ordinal) || s.Contains("Zulum", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("gubio"), s => s.Contains("Maiduguri", StringComparison.Ordinal) || s.Contains("Magumeri", StringComparison.Ordinal) || s.Contains("obbar", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("malam-fatori"), s => s.Contains("Komadugu", StringComparison.Ordinal) || s.Contains("\"Niger\"", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("civilian-joint-task-force"), s => s.Contains("Maiduguri", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Felo"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Goni Usmanti"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Ngala"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Abadam"));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Babagana Umara Zulum"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Peoples Democratic Party"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("All Nigeria Peoples Party"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Nigerian Army"));
    }
}
