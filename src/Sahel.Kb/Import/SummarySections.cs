using System.Text;
using System.Text.RegularExpressions;
using Sahel.Kb.Text;

namespace Sahel.Kb.Import;

/// <summary>
/// Part of stage 3 (drafting): the mirror glues an article's section headings into its text
/// ("… in 2014. Organization The CMA was founded …"). A heading an encyclopedia uses, after the
/// end of a sentence and before a capitalised word, becomes a subheading of the summary's Markdown.
/// </summary>
public static partial class SummarySections
{
    /// <summary>Section headings of encyclopedia articles on conflicts, places, groups and people, as the mirror writes them.</summary>
    public static readonly IReadOnlyList<string> Headings =
    [
        "Background", "History", "Early life and education", "Early life", "Education", "Biography", "Career",
        "Military career", "Political career", "Personal life", "Later life", "Death", "Legacy", "Prelude", "Aftermath",
        "Reactions", "International reactions", "Casualties", "Timeline", "Events", "Overview", "Etymology", "Name",
        "Geography", "Climate", "Demographics", "Economy", "Administration", "Administrative divisions", "Politics",
        "Organization", "Organisation", "Structure", "Leadership", "Ideology", "Activities", "Operations", "Funding",
        "Membership", "Members", "Formation", "Foundation", "Analysis", "Impact", "Consequences", "Controversies",
        "Criticism", "Battles and wars", "Mandate", "Deployment", "Withdrawal", "Terms", "Provisions", "Signatories",
        "Implementation", "Negotiations", "Presidency", "Rise to power", "Human rights abuses", "Attacks", "Battle",
    ];

    private static readonly Regex s_gluedHeading = new(
        $@"(?<=[.!?…""”)]) (?<heading>{string.Join('|', Headings.OrderByDescending(h => h.Length).Select(Regex.Escape))}) (?=[\p{{Lu}}\p{{N}}])",
        RegexOptions.CultureInvariant);

    /// <summary>The cleaned seed text as Markdown, its glued headings as subheadings.</summary>
    public static string ToMarkdown(string text)
    {
        var markdown = new StringBuilder(text.Length + 32);
        var position = 0;
        foreach (Match heading in s_gluedHeading.Matches(text))
        {
            markdown.Append(SummaryText.SeedToMarkdown(text[position..heading.Index])).Append("\n\n### ").Append(heading.Groups["heading"].Value).Append("\n\n");
            position = heading.Index + heading.Length;
        }

        return markdown.Append(SummaryText.SeedToMarkdown(text[position..])).ToString();
    }
}
