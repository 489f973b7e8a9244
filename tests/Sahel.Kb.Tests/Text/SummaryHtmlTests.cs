using Sahel.Kb.Text;

namespace Sahel.Kb.Tests.Text;

public class SummaryHtmlTests
{
    [Fact]
    public void The_first_mention_of_an_article_becomes_a_link_whatever_its_case_and_accents_and_later_ones_stay_text()
    {
        var html = SummaryHtml.Render("The CMA met MINUSMA. Later the cma left Ménaka.", [
            new SummaryLink("CMA", "/articles/cma", "Coordination of Azawad Movements"),
            new SummaryLink("Menaka", "/articles/menaka", null),
        ]);

        Assert.Equal(
            "<p>The <a href=\"/articles/cma\" title=\"Coordination of Azawad Movements\">CMA</a> met MINUSMA. Later the "
            + "cma left <a href=\"/articles/menaka\">Ménaka</a>.</p>\n",
            html);
    }

    [Fact]
    public void A_heading_starts_a_section_whose_first_mention_is_linked_again_and_two_names_of_one_article_link_once()
    {
        var html = SummaryHtml.Render("The Coordination of Azawad Movements (CMA) formed.\n\n### History\n\nThe CMA met.", [
            new SummaryLink("Coordination of Azawad Movements", "/articles/cma", null),
            new SummaryLink("CMA", "/articles/cma", "Coordination of Azawad Movements"),
        ]);

        Assert.Equal(2, html.Split("href=\"/articles/cma\"").Length - 1);
        Assert.Contains("<p>The <a href=\"/articles/cma\">Coordination of Azawad Movements</a> (CMA) formed.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_inside_a_longer_word_is_not_a_mention_and_a_wanted_name_carries_its_class()
    {
        var html = SummaryHtml.Render("CMAX is not Wagner Group.", [
            new SummaryLink("CMA", "/articles/cma", null),
            new SummaryLink("Wagner Group", "/wanted/wagner-group", "Wagner Group: no article yet", "wanted"),
        ]);

        Assert.DoesNotContain("/articles/cma", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/wanted/wagner-group\" class=\"wanted\" title=\"Wagner Group: no article yet\">Wagner Group</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_html_shows_as_text_and_only_http_or_relative_link_targets_survive()
    {
        var html = SummaryHtml.Render(
            "<script>alert(1)</script> [bad](javascript:alert(1)) [ok](https://example.org/a) [rel](/articles/x) ![img](data:text/html,x) <javascript:alert(2)>",
            []);

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:alert(1)\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"data:", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/a\">ok</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/articles/x\">rel</a>", html, StringComparison.Ordinal);
        Assert.Contains("bad", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_text_escaped_as_markdown_renders_as_the_same_text()
    {
        var seed = "Kidal Region ( Bambara: tr. Kidal) covers *all* of <north> & 45 °C [1].";

        var html = SummaryHtml.Render(SummaryText.SeedToMarkdown(seed), []);

        Assert.Equal("<p>Kidal Region ( Bambara: tr. Kidal) covers *all* of &lt;north&gt; &amp; 45 °C [1].</p>\n", html);
    }
}
