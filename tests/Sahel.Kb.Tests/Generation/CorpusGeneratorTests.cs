using Sahel.Kb.Generation;
using Sahel.Kb.Tests.Support;

namespace Sahel.Kb.Tests.Generation;

public sealed class CorpusGeneratorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sahel-kb-generated-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_same_seed_gives_the_same_pages_and_another_seed_other_pages()
    {
        var first = new CorpusGenerator(seed: 3).Generate(120).ToList();
        var again = new CorpusGenerator(seed: 3).Generate(120).ToList();
        var other = new CorpusGenerator(seed: 4).Generate(120).ToList();

        Assert.Equal(first, again);
        Assert.NotEqual(first.Select(p => p.Content), other.Select(p => p.Content));
        Assert.Equal(10, first.Count);
        Assert.Equal(2, first.Count(p => p.FileName.EndsWith(".html", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_generated_corpus_imports_whole_with_every_kind_dates_acronyms_mentions_and_wanted_names()
    {
        foreach (var page in new CorpusGenerator(seed: 7).Generate(240))
        {
            await File.WriteAllTextAsync(Path.Combine(_folder, page.FileName), page.Content);
        }

        using var database = new TestDatabase();
        var report = await database.ImportAsync(_folder);
        var export = await database.ExportAsync();

        Assert.Equal(240, report.Created);
        Assert.Equal(["agreement", "event", "group", "person", "region"], export.Articles.Select(a => a.Kind).Distinct().Order());
        Assert.True(export.Articles.Count(a => a.Dates.Count > 0) > 200, "most articles are dated");
        Assert.Contains(export.Articles, a => a.Aliases.Any(alias => alias.All(char.IsUpper)));
        Assert.True(export.Articles.Sum(a => a.Mentions.Count) > 240, "summaries mention other articles");
        await using var db = database.CreateContext();
        Assert.True(db.WantedNames.Count() > 200, "names that match nothing become wanted names");
    }
}
