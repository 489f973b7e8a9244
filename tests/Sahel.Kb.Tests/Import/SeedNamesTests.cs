using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;
using Sahel.Kb.Tests.Support;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// The seed's names read as an analyst would. Every list here was written by reading the seed page,
/// not from the importer's output: which capitalised names are real names without an article, and
/// which other names each opening states for its subject.
/// </summary>
public sealed partial class SeedNamesTests : IDisposable
{
    /// <summary>Proper names the seed mentions that none of its thirteen articles has: places, people, groups, events.</summary>
    private static readonly HashSet<string> s_realNames =
    [
        "1963-tuareg-rebellion", "1990-tuareg-rebellion", "2006-tuareg-rebellion", "2012-tuareg-rebellion", "2020-malian-coup-detat",
        "adrar-des-ifoghas", "al-mourabitoun", "al-qaeda", "al-qaeda-in-the-islamic-maghreb", "algeria", "algiers", "ansar-dine", "aqim",
        "arab-movement-of-azawad", "assimi-goita", "ayman-al-zawahiri", "azawad", "bah-ndaw", "bamako", "benin", "bilal-ag-acherif", "chad",
        "cmfpr", "coalition-of-the-people-of-azawad", "eucap-sahel-mali", "european-union", "eutm-mali", "gaddafi", "gao-region", "gatia",
        "high-council-for-the-unity-of-azawad", "ibrahim-ag-bahanga", "ibrahim-boubacar-keita", "ifergoumissen", "ifogha", "ifoghas",
        "ismael-wague", "kel-adagh", "kidal", "lebanese-civil-war", "lebanon", "libya", "maghreb", "mali", "mali-war", "malian-armed-forces",
        "malian-army", "menaka", "menaka-region", "moctar-ouane", "moussa-ag-acharatoumane", "movement-for-the-salvation-of-azawad", "mpla",
        "national-movement-for-the-liberation-of-azawad", "niger", "northern-mali-conflict", "operation-serval", "platform",
        "popular-movement-for-azawad", "popular-movement-for-the-liberation-of-azawad", "republic-of-mali", "rome", "sabha", "sahara", "sahel",
        "saudi-arabia", "siege-of-beirut", "souleymane-doucoure", "soumaila-cisse", "syria", "taoudenit-region", "tessalit",
        "timbuktu-region", "tinariwen", "togo", "unifil", "united-nations-security-council", "wagner-group", "west-africa",
    ];

    /// <summary>Names the issue found wanted that are none: descriptions, offices, fragments, another form of a name, an alias, a cut word.</summary>
    private static readonly string[] s_notNames =
    [
        "malian-imghad-tuareg", "salafi-jihadist", "tuareg-islamist", "prime-minister-moctar-ouane", "colonel-major-ismael-wague",
        "vice-president", "islamic-maghreb", "fahad-ag-al-mahmoud", "mnla", "kidal-dineja", "popula", "university", "wagner", "ouane", "ndaw",
    ];

    /// <summary>The names each opening states for its subject ("officially referred to as", "alias", "(CMA)", "tr.", ...).</summary>
    private static readonly (string Slug, string Alias)[] s_statedAliases =
    [
        ("algiers-accords-2015", "Accord for Peace and Reconciliation in Mali"),
        ("coordination-of-azawad-movements", "CMA"),
        ("iyad-ag-ghaly", "Ag Ghali"),
        ("iyad-ag-ghaly", "Abū al-Faḍl"),
        ("jamaat-nasr-al-islam-wal-muslimin", "Jama'at Nusrat ul-Islam wa al-Muslimin"),
        ("jamaat-nasr-al-islam-wal-muslimin", "JNIM"),
        ("jamaat-nasr-al-islam-wal-muslimin", "GSIM"),
        ("kidal-region", "Kidal Dineja"),
        ("minusma", "United Nations Multidimensional Integrated Stabilization Mission in Mali"),
        ("mohamed-ag-najem", "Ag Mohamed Najem"),
        ("mohamed-ag-najem", "Mahamed Ag Najim"),
        ("permanent-strategic-framework-for-peace-security-and-development", "CSP-PSD"),
        ("permanent-strategic-framework-for-peace-security-and-development", "CSP-DPA"),
        ("permanent-strategic-framework-for-peace-security-and-development", "Strategic Framework for the Defense of the People of Azawad"),
    ];

    private readonly TestDatabase _database = new(DatabaseProvider.Sqlite);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Nine_in_ten_wanted_names_are_real_names_and_none_is_a_description_an_office_or_a_fragment()
    {
        await _database.ImportAsync(Files.Seed);
        await using var db = _database.CreateContext();
        var wanted = await db.WantedNames.Select(w => w.Key).Distinct().ToListAsync();

        var real = wanted.Count(s_realNames.Contains);
        Assert.True(real >= 0.9 * wanted.Count, $"{real} of {wanted.Count} wanted names are real; not: {string.Join(", ", wanted.Where(w => !s_realNames.Contains(w)))}");
        Assert.Empty(wanted.Intersect(s_notNames));
        // One-word names mid-sentence, names led by their year, and the seed's "Tuareg rebellion of 2012" read as one.
        string[] expected = ["tessalit", "azawad", "platform", "bamako", "2020-malian-coup-detat", "2012-tuareg-rebellion", "northern-mali-conflict"];
        Assert.Empty(expected.Except(wanted));
    }

    [Fact]
    public async Task Nine_in_ten_stated_aliases_are_taken()
    {
        await _database.ImportAsync(Files.Seed);
        await using var db = _database.CreateContext();
        var aliases = (await db.Aliases.Join(db.Articles, a => a.ArticleId, a => a.Id, (alias, article) => new { article.Slug, alias.Name }).ToListAsync())
            .Select(a => (a.Slug, a.Name))
            .ToHashSet();

        var taken = s_statedAliases.Count(aliases.Contains);
        Assert.True(taken >= 0.9 * s_statedAliases.Length, $"{taken} of {s_statedAliases.Length} taken; missed: {string.Join(", ", s_statedAliases.Where(a => !aliases.Contains(a)))}");
    }

    [Fact]
    public async Task No_summary_shows_what_the_mirror_left()
    {
        await _database.ImportAsync(Files.Seed);
        await using var db = _database.CreateContext();
        var summaries = await db.Articles.Select(a => new { a.Slug, a.Summary, a.PlainSummary }).ToListAsync();

        Assert.All(summaries, s =>
        {
            Assert.DoesNotMatch(Leftover(), s.PlainSummary);
            Assert.DoesNotMatch(GluedHeading(), s.Summary);
        });
    }

    /// <summary>Separators at a bracket's edge, empty brackets, spaces inside brackets or before a stop, "...", a measure without its figure.</summary>
    [GeneratedRegex(@"\(\s*[,;]|[,;]\s*\)|\(\s*\)|\(\s|\s\)|\s[.,;:](?:\s|$)|\.\.\.|, covering\.", RegexOptions.CultureInvariant)]
    private static partial Regex Leftover();

    /// <summary>A section heading the issue or the seed shows glued to its section's first sentence.</summary>
    [GeneratedRegex(@"[.!?)] (?:Background|History|Early life|Biography|Organization|Geography|Battles and wars) \p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex GluedHeading();
}
