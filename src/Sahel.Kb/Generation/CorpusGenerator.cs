using System.Globalization;
using System.Net;
using System.Text;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Generation;

/// <summary>One generated seed page: its file name and its text.</summary>
public sealed record GeneratedPage(string FileName, string Content);

/// <summary>
/// Writes a synthetic corpus in the seed pages' own format, for benchmarks: pages of about a
/// dozen items (every fifth page as HTML), all five kinds, dates in the phrasings the importer
/// reads, acronyms, summaries that mention other articles' titles, and names that match
/// nothing. The same seed gives the same pages, byte for byte.
/// </summary>
public sealed class CorpusGenerator(int seed)
{
    public const int ItemsPerPage = 12;

    private static readonly string[] s_syllables =
    [
        "ka", "ti", "ma", "dou", "ga", "ber", "kel", "ou", "ta", "ne", "me", "ni", "za", "sa", "li", "bou", "rou", "fa",
        "ha", "wa", "te", "mo", "ki", "na", "da", "go", "lo", "sé", "ré", "ïa", "tin", "ag", "in", "es", "ar", "dji",
    ];

    private static readonly string[] s_months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    private readonly Random _random = new(seed);
    private readonly HashSet<string> _slugs = new(StringComparer.Ordinal);

    private sealed record Entry(ArticleKind Kind, string Title, string? Acronym, string Place);

    public IEnumerable<GeneratedPage> Generate(int articles)
    {
        var entries = Enumerable.Range(0, articles).Select(_ => NewEntry()).ToList();
        var byKind = entries.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.ToList());
        for (var page = 0; page * ItemsPerPage < entries.Count; page++)
        {
            var items = entries.Skip(page * ItemsPerPage).Take(ItemsPerPage)
                .Select(e => (e.Title, Summary: Summary(e, entries, byKind), Picture: _random.Next(5) == 0))
                .ToList();
            var html = page % 5 == 4;
            var name = string.Create(CultureInfo.InvariantCulture, $"page_{page:D5}.{(html ? "html" : "txt")}");
            yield return new GeneratedPage(name, html ? Html(items) : Text(items));
        }
    }

    private Entry NewEntry()
    {
        while (true)
        {
            var place = Name(2 + _random.Next(2));
            var year = 1960 + _random.Next(65);
            var roll = _random.Next(100);
            var (kind, title, acronym) = roll switch
            {
                < 30 => (ArticleKind.Event, Pick(["Battle of {0}", "Siege of {0}", "{0} offensive", "{1} {0} ambush", "Raid on {0}"], place, year), (string?)null),
                < 45 => (ArticleKind.Region, Pick(["{0} Region", "{0} Cercle", "{0} Province"], place, year), null),
                < 70 => GroupTitle(place),
                < 95 => (ArticleKind.Person, $"{Name(2)} {Pick(["Ag", "Ould", "Ben", "Mohamed"], place, year)} {Name(2 + _random.Next(2))}", null),
                _ => (ArticleKind.Agreement, Pick(["{0} Accord ({1})", "Treaty of {0}", "{0} Peace Agreement"], place, year), null),
            };
            if (_slugs.Add(Article.CreateSlug(title)) && (acronym is null || _slugs.Add("acronym:" + acronym)))
            {
                return new Entry(kind, title, acronym, place);
            }
        }
    }

    private (ArticleKind, string, string?) GroupTitle(string place)
    {
        string[] heads = ["Front", "Movement", "Coalition", "Coordination", "Alliance"];
        string[] aims = ["Liberation", "Salvation", "Unity", "Defence", "Renewal"];
        var head = heads[_random.Next(heads.Length)];
        var aim = aims[_random.Next(aims.Length)];
        var title = $"{head} for the {aim} of {place}";
        return (ArticleKind.Group, title, $"{head[0]}{aim[0]}{place[0]}{place[^1]}".ToUpperInvariant());
    }

    private string Summary(Entry entry, List<Entry> all, Dictionary<ArticleKind, List<Entry>> byKind)
    {
        var region = Other(byKind, ArticleKind.Region, entry);
        var group = Other(byKind, ArticleKind.Group, entry);
        var person = Other(byKind, ArticleKind.Person, entry);
        var year = 1990 + _random.Next(35);
        var day = 1 + _random.Next(27);
        var month = s_months[_random.Next(12)];
        var acronymOf = group?.Acronym is { } acronym ? $"{group.Title} ({acronym})" : group?.Title ?? "the army";
        var opening = entry.Kind switch
        {
            ArticleKind.Event => $"The {Lower(entry.Title)} was a battle in northern Mali near {entry.Place}. It took place between {day} and {day + 1} {month} {year}, between {acronymOf} and the Malian army.",
            ArticleKind.Region => $"{entry.Title} is an administrative region of Mali. It was created as a separate region in {year} from part of {region?.Title ?? "Gao Region"}. Its capital is the town of {entry.Place}.",
            ArticleKind.Group => $"The {entry.Title} ({entry.Acronym}) is an armed group active in {region?.Title ?? "northern Mali"}. It was founded on {day} {month} {year} by {person?.Title ?? "former soldiers"}.",
            ArticleKind.Person => _random.Next(3) == 0
                ? $"{entry.Title} (died {day} {month} {year}) was a rebel leader from {region?.Title ?? "Mali"}. He led the {group?.Title ?? "rebels"} in the north of Mali."
                : $"{entry.Title} (born {year - 40}) is a rebel leader from {region?.Title ?? "Mali"}. He leads the {group?.Title ?? "rebels"} in the north of Mali.",
            _ => $"The {entry.Title} is a peace agreement between {acronymOf} and the government of Mali. The agreement was signed on {month} {day}, {year}, in {entry.Place}.",
        };

        var text = new StringBuilder(opening);
        foreach (var mentioned in Enumerable.Range(0, 1 + _random.Next(3)).Select(_ => all[_random.Next(all.Count)]).Where(m => m != entry))
        {
            text.Append(' ').Append(Pick(
                ["Observers linked it to the {0}.", "Fighting spread towards {0} that year.", "Reports from {0} describe the same events.", "The {0} was often cited in negotiations."],
                mentioned.Title, year));
        }

        // A name that matches no article: a wanted article.
        text.Append(CultureInfo.InvariantCulture, $" Envoys of the {Name(2)} {Pick(["Commission", "Council", "Committee"], "", year)} visited {entry.Place} in {year + 1}.");
        return text.ToString();
    }

    private Entry? Other(Dictionary<ArticleKind, List<Entry>> byKind, ArticleKind kind, Entry not) =>
        byKind.TryGetValue(kind, out var list) && list.Count > 0 && list[_random.Next(list.Count)] is var other && other != not ? other : null;

    private string Name(int syllables)
    {
        var name = string.Concat(Enumerable.Range(0, syllables).Select(_ => s_syllables[_random.Next(s_syllables.Length)]));
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    private string Pick(string[] patterns, string value, int year) =>
        string.Format(CultureInfo.InvariantCulture, patterns[_random.Next(patterns.Length)], value, year);

    private static string Lower(string title) => title.StartsWith("Battle", StringComparison.Ordinal) || title.StartsWith("Siege", StringComparison.Ordinal) || title.StartsWith("Raid", StringComparison.Ordinal)
        ? char.ToLowerInvariant(title[0]) + title[1..]
        : title;

    private static string Text(List<(string Title, string Summary, bool Picture)> items)
    {
        var text = new StringBuilder();
        text.Append(items[0].Title).Append("\n   HOME\n\n\n\n\n");
        foreach (var (title, summary, picture) in items)
        {
            if (picture)
            {
                text.Append("picture info\n\n");
            }

            text.Append(title).Append('\n').Append(summary).Append('\n')
                .Append("[...More Info...]      \n[...Related Items...]     OR:     [Wikipedia]   [Google]   [Baidu]  \n\n\n");
        }

        return text.ToString();
    }

    private static string Html(List<(string Title, string Summary, bool Picture)> items)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(items[0].Title)).Append(" - Related Items</title>\n</head>\n<body>\n")
            .Append("<nav class=\"top\"><a href=\"/\">HOME</a></nav>\n<h1>").Append(E(items[0].Title)).Append("</h1>\n<div class=\"home\"><a href=\"/\">HOME</a></div>\n<div id=\"results\">\n");
        foreach (var (title, summary, picture) in items)
        {
            var wiki = E(title.Replace(' ', '_'));
            html.Append("<div class=\"item\">\n");
            if (picture)
            {
                html.Append("  <div class=\"pic\"><a href=\"#\"><img src=\"thumb.jpg\" alt=\"\"></a><br><a href=\"#\">picture info</a></div>\n");
            }

            html.Append("  <h2><a href=\"/wiki/").Append(wiki).Append("\">").Append(E(title)).Append("</a></h2>\n")
                .Append("  <p class=\"summary\">").Append(E(summary)).Append("</p>\n")
                .Append("  <div class=\"links\"><a href=\"/wiki/").Append(wiki).Append("\">[...More Info...]</a><br>\n")
                .Append("  <a href=\"/related/").Append(wiki).Append("\">[...Related Items...]</a> OR: <a href=\"https://en.wikipedia.org/wiki/").Append(wiki).Append("\">[Wikipedia]</a> <a href=\"https://www.google.com/search?q=").Append(wiki).Append("\">[Google]</a> <a href=\"https://www.baidu.com/s?wd=").Append(wiki).Append("\">[Baidu]</a></div>\n")
                .Append("</div>\n");
        }

        return html.Append("</div>\n</body>\n</html>\n").ToString();
    }
}
