using Sahel.Kb.Import;
using Sahel.Kb.Tests.Support;

namespace Sahel.Kb.Tests.Import;

public class ItemParserTests
{
    private static SeedPage ParseFile(string path) => ItemParser.Parse(new SeedReader(new ImportOptions()).Read(path));

    [Fact]
    public void The_seed_page_has_thirteen_items_with_its_subject_first()
    {
        var page = ParseFile(Files.Seed);

        Assert.Equal("Kidal Offensive", page.PageTitle);
        Assert.Equal(13, page.Items.Count);
        Assert.Equal("Kidal Offensive", page.Subject.Title);
        Assert.Equal(12, page.RelatedItems.Count());
        Assert.Equal("Mohamed Ag Najem", page.Items[^1].Title);
        Assert.Empty(page.Warnings);
    }

    [Fact]
    public void The_subject_is_the_item_the_pages_title_names_wherever_it_stands()
    {
        // The page's <title> is "MINUSMA - Related Items"; MINUSMA is its second item.
        var page = ParseFile(Files.Fixture("subject-not-first.html"));

        Assert.Equal("MINUSMA", page.PageTitle);
        Assert.Equal("MINUSMA", page.Subject.Title);
        Assert.Equal(["Kidal Region", "Tessalit"], page.RelatedItems.Select(i => i.Title));
        Assert.Empty(page.Warnings);
    }

    [Fact]
    public void A_page_whose_heading_names_none_of_its_items_takes_its_first_item_with_a_warning()
    {
        var document = new SeedDocument("x.txt", "x.txt", SeedFormat.Text,
        [
            new(1, "Gao Region"), new(2, "HOME"), new(3, ""),
            new(4, "Kidal Region"), new(5, "Kidal Region is the eighth administrative region of Mali."), new(6, ""),
            new(7, "Tessalit"), new(8, "Tessalit is a town in the Kidal Region of Mali."),
        ]);

        var page = ItemParser.Parse(document);

        Assert.Equal("Kidal Region", page.Subject.Title);
        Assert.Equal("x.txt: no item is the page's subject \"Gao Region\"; its first item, \"Kidal Region\", is taken as the subject", Assert.Single(page.Warnings));
    }

    [Fact]
    public void A_picture_info_line_belongs_to_the_item_after_it()
    {
        var page = ParseFile(Files.Seed);

        var withPictures = page.Items.Where(i => i.HasPicture).Select(i => i.Title);
        Assert.Equal(["Jama'at Nasr Al-Islam Wal Muslimin", "Algiers Accords (2015)", "2021 Malian Coup D'état", "Hassan Ag Fagaga"], withPictures);
    }

    [Fact]
    public void Summaries_keep_their_text_with_non_breaking_spaces_folded()
    {
        var page = ParseFile(Files.Seed);

        var kidalRegion = page.Items.Single(i => i.Title == "Kidal Region");
        Assert.StartsWith("Kidal Region ( Bambara:", kidalRegion.Summary, StringComparison.Ordinal);
        Assert.Contains("45 °C (113 °F)", kidalRegion.Summary, StringComparison.Ordinal);
        Assert.EndsWith("In 2009 the region had ...", kidalRegion.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(page.Items, i => i.Summary.Contains("[...More Info...]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("kidal-offensive-crlf-bom.txt")]
    [InlineData("kidal-offensive.html")]
    public void Another_form_of_the_seed_page_gives_the_same_items(string fixture)
    {
        var seed = ParseFile(Files.Seed);

        var variant = ParseFile(Files.Fixture(fixture));

        Assert.Equal(seed.Items.Select(i => (i.Title, i.Summary, i.HasPicture)), variant.Items.Select(i => (i.Title, i.Summary, i.HasPicture)));
    }

    [Fact]
    public void Items_without_link_lines_and_with_runs_of_blank_lines_are_found()
    {
        var page = ParseFile(Files.Fixture("no-link-lines.txt"));

        Assert.Equal(["Operation Serval", "Ansar Dine", "Gao"], page.Items.Select(i => i.Title));
        Assert.EndsWith("drove them out in January 2013.", page.Items[1].Summary, StringComparison.Ordinal);
        Assert.True(page.Items[2].HasPicture);
    }

    [Fact]
    public void An_html_page_ignores_scripts_navigation_and_footers()
    {
        var lines = HtmlBlocks.Extract(File.ReadAllText(Files.Fixture("kidal-offensive.html")));

        Assert.DoesNotContain(lines, l => l.Text.Contains("gtag", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Text.Contains("About this mirror", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Text.Contains("Wikimedia Foundation", StringComparison.Ordinal));
    }

    [Fact]
    public void An_html_item_reports_the_line_its_element_starts_on()
    {
        var page = ParseFile(Files.Fixture("kidal-offensive.html"));

        var html = File.ReadAllLines(Files.Fixture("kidal-offensive.html"));
        var minusma = page.Items.Single(i => i.Title == "MINUSMA");
        Assert.Contains(">MINUSMA</a></h2>", html[minusma.Line - 1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-seed.txt", "not-a-seed.txt: line 3: not a text file")]
    [InlineData("invalid-utf8.txt", "invalid-utf8.txt: line 2: not valid UTF-8 text")]
    [InlineData("no-items.txt", "no-items.txt: no items found")]
    public void Bad_input_is_refused_with_one_line_naming_the_file(string fixture, string expected)
    {
        var error = Assert.Throws<ImportException>(() => ParseFile(Files.Fixture(fixture)));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
