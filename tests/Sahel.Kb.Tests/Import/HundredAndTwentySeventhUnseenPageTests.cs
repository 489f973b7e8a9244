using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-twenty-seventh page that no rule was written from (the Extraordinary African Chambers, Hissène Habré, the
/// Documentation and Security Directorate, Goukouni Oueddei, Faya-Largeau), saved as HTML, each snippet cut inside a word as the
/// mirror cuts them, its expectations written before its first import. Its statements are in
/// <c>expected/extraordinary-african-chambers.statements.txt</c>.
/// </summary>
public sealed class HundredAndTwentySeventhUnseenPageTests() : ImportedPage("extraordinary-african-chambers.html")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("extraordinary-african-chambers", ArticleKind.Group),
            ("hissene-habre", ArticleKind.Person),
            ("documentation-and-security-directorate", ArticleKind.Group),
            ("goukouni-oueddei", ArticleKind.Person),
            ("faya-largeau", ArticleKind.Region));
    }

    [Fact]
    public async Task Lives_and_a_police_s_years_are_dated_as_written_and_a_town_not_by_who_held_it()
    {
        // "(13 August 1942 – 24 August 2021)"; "(born 1944)"; "created in January 1983 and dissolved in December 1990"; "held by … from 1983 until … 1987"
        Assert.Equal("1942-08-13", (await DateAsync("hissene-habre", DateLabel.Born)).Value);
        Assert.Equal("2021-08-24", (await DateAsync("hissene-habre", DateLabel.Died)).Value);
        Assert.Equal("1944", (await DateAsync("goukouni-oueddei", DateLabel.Born)).Value);
        Assert.Equal("1983-01", (await DateAsync("documentation-and-security-directorate", DateLabel.Founded)).Value);
        Assert.Equal("1990-12", (await DateAsync("documentation-and-security-directorate", DateLabel.Dissolved)).Value);
        Assert.Empty(await DatesAsync("faya-largeau"));
    }

    [Fact]
    public async Task Bodies_are_also_named_by_their_French_names_and_initials_and_a_town_by_its_short_name()
    {
        var court = await AliasesAsync("extraordinary-african-chambers");
        Assert.Contains("CAE", court);
        Assert.Contains("Chambres africaines extraordinaires", court);
        var police = await AliasesAsync("documentation-and-security-directorate");
        Assert.Contains("DDS", police);
        Assert.Contains("Direction de la documentation et de la sécurité", police);
        Assert.Contains("Faya", await AliasesAsync("faya-largeau"));
    }

    [Fact]
    public async Task Who_overthrew_whom_and_who_held_a_town_are_no_part_of_the_facts()
    {
        // "until he was overthrown by Idriss Déby in 1990"; "Libyan troops backed his Transitional Government …"; "it was held by Libyan forces and the Transitional Government"
        Assert.DoesNotContain(await StatementsAsync("hissene-habre"), s => s.Contains("Déby", StringComparison.Ordinal) || s.Contains("Goukouni", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("goukouni-oueddei"), s => s.Contains("Transitional", StringComparison.Ordinal) || s.Contains("North", StringComparison.Ordinal) || s.Contains("N'Djamena", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("faya-largeau"), s => s.Contains("Libya", StringComparison.Ordinal) || s.Contains("Transitional", StringComparison.Ordinal));
        Assert.Empty(await StatementsAsync("extraordinary-african-chambers"));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Armed Forces of the North"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("People's Armed Forces"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Borkou Region"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("African Union"));
    }
}
