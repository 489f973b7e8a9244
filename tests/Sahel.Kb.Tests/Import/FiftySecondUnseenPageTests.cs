using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A fifty-second page that no rule was written from (Mauritania's coup d'état of 2005, Maaouya Ould
/// Sid'Ahmed Taya, Ely Ould Mohamed Vall, the Military Council for Justice and Democracy, Nouakchott,
/// Mohamed Khouna Ould Haidalla), its expectations written before its first import (5 of its 8
/// statements, none wrong; these cases all held). Its statements are in
/// <c>expected/mauritanian-coup-2005.statements.txt</c>.
/// </summary>
public sealed class FiftySecondUnseenPageTests() : ImportedPage("mauritanian-coup-2005.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("2005-mauritanian-coup-detat", ArticleKind.Event),
            ("maaouya-ould-sidahmed-taya", ArticleKind.Person),
            ("ely-ould-mohamed-vall", ArticleKind.Person),
            ("military-council-for-justice-and-democracy", ArticleKind.Group),
            ("nouakchott", ArticleKind.Region),
            ("mohamed-khouna-ould-haidalla", ArticleKind.Person));
    }

    [Fact]
    public async Task A_coup_a_junta_a_city_and_three_officers_are_dated_as_written()
    {
        // "on 3 August 2005"; "(born 28 November 1941)"; "(1953 – 5 May 2017)"; "ruled Mauritania from 3 August 2005 to
        // 19 April 2007"; "Founded in 1958"
        Assert.Equal("2005-08-03", (await DateAsync("2005-mauritanian-coup-detat", DateLabel.Start)).Value);
        Assert.Equal("1941-11-28", (await DateAsync("maaouya-ould-sidahmed-taya", DateLabel.Born)).Value);
        Assert.Equal("1953", (await DateAsync("ely-ould-mohamed-vall", DateLabel.Born)).Value);
        Assert.Equal("2017-05-05", (await DateAsync("ely-ould-mohamed-vall", DateLabel.Died)).Value);
        Assert.Equal("2005-08-03", (await DateAsync("military-council-for-justice-and-democracy", DateLabel.Founded)).Value);
        Assert.Equal("2007-04-19", (await DateAsync("military-council-for-justice-and-democracy", DateLabel.Dissolved)).Value);
        Assert.Equal("1958", (await DateAsync("nouakchott", DateLabel.Founded)).Value);
    }

    [Fact]
    public async Task The_junta_keeps_its_french_name_and_initials_and_a_cut_name_is_not_wanted()
    {
        Assert.Equal(["CMJD", "Conseil militaire pour la justice et la démocratie"], (await AliasesAsync("military-council-for-justice-and-democracy")).Order(StringComparer.Ordinal));
        // "… to the elected President Sidi Ould Cheikh Abdallahi ...": the mirror cut the text there, perhaps mid-name.
        Assert.DoesNotContain("Sidi Ould Cheikh Abdallahi", await WantedAsync());
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Fahd"));
    }
}
