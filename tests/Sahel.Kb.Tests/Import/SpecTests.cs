using System.Text;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Export;
using Sahel.Kb.Tests.Support;
using Sahel.Kb.Text;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// The import's spec, one case a folder under <c>Specs/</c> (as markdig's <c>Specs/*.md</c>): a
/// few small seed pages of one input shape and <c>expected.md</c>, written by reading the pages
/// (its comment lines say why). Each case is imported in one run and its articles written in the
/// same compact form: "## slug | kind | title", then "picture", "summary:" (the first sentence,
/// where the expected file asks for it), "dates:", "related:", "sources:". A date names its pages
/// when the article has more than one.
/// </summary>
public sealed class SpecTests
{
    private static readonly string s_root = Path.Combine(Files.RepositoryRoot, "tests", "Sahel.Kb.Tests", "Specs");

    public static TheoryData<string> Cases => [.. Directory.GetDirectories(s_root).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_case_imports_into_the_articles_its_expected_file_describes(string name)
    {
        var folder = Path.Combine(s_root, name);
        var expected = Blocks(await File.ReadAllTextAsync(Path.Combine(folder, "expected.md")));
        using var database = new TestDatabase();
        await database.ImportAsync([.. Directory.GetFiles(folder).Where(f => Path.GetFileName(f) != "expected.md").Order(StringComparer.Ordinal)]);

        var export = await database.ExportAsync();
        await using var db = database.CreateContext();
        var pictures = (await db.Articles.Where(a => a.HasPicture).Select(a => a.Slug).ToListAsync()).ToHashSet(StringComparer.Ordinal);
        var actual = export.Articles.Select(a => Render(a, pictures.Contains(a.Slug), expected.GetValueOrDefault(a.Slug, "").Contains("\nsummary:", StringComparison.Ordinal))).ToList();

        Assert.Equal(string.Join("\n\n", expected.Values), string.Join("\n\n", actual));
    }

    /// <summary>The expected articles by slug, without the comment lines.</summary>
    private static Dictionary<string, string> Blocks(string text) =>
        string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Where(l => !l.StartsWith("# ", StringComparison.Ordinal) && l != "#"))
            .Split("## ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(b => "## " + b)
            .ToDictionary(b => b[3..b.IndexOf(' ', 3)], StringComparer.Ordinal);

    private static string Render(ExportedArticle article, bool picture, bool withSummary)
    {
        var text = new StringBuilder($"## {article.Slug} | {article.Kind} | {article.Title}");
        if (picture)
        {
            text.Append("\npicture");
        }

        if (withSummary)
        {
            var plain = SummaryText.ToPlain(article.Summary);
            var (start, length) = Sentences.Split(plain).First();
            text.Append("\nsummary: ").Append(plain.AsSpan(start, length).Trim());
        }

        if (article.Dates.Count > 0)
        {
            text.Append("\ndates: ").AppendJoin("; ", article.Dates.Select(d =>
                $"{d.Label} {(d.Qualifier is null ? "" : d.Qualifier + " ")}{d.Value}{(d.Event is null ? "" : $" \"{d.Event}\"")}"
                + (article.Sources.Count > 1 ? $" ({string.Join(", ", d.Sources)})" : "")));
        }

        if (article.Related.Count > 0)
        {
            text.Append("\nrelated: ").AppendJoin(", ", article.Related);
        }

        return text.Append("\nsources: ").AppendJoin(", ", article.Sources).ToString();
    }
}
