using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Sahel.Kb.Domain;
using Sahel.Kb.Generation;
using Sahel.Kb.Import;
using Sahel.Kb.Text;

namespace Sahel.Kb.Benchmarks;

/// <summary>The import's hot code on a generated page of a dozen items, and on 20,000 summaries for the automaton.</summary>
[MemoryDiagnoser]
public class HotCodeBenchmarks
{
    private SeedDocument _page = null!;
    private string _summary = "";
    private NameAutomaton _automaton = null!;
    private List<string> _names = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = Directory.CreateTempSubdirectory("sahel-kb-benchmarks-").FullName;
        var pages = new CorpusGenerator(seed: 7).Generate(20_000).ToList();
        var file = Path.Combine(folder, pages[0].FileName);
        File.WriteAllText(file, pages[0].Content);
        _page = new SeedReader(new ImportOptions()).Read(file);
        var items = ItemParser.Parse(_page).Items;
        _summary = items[0].Summary;
        _names = pages.SelectMany(p => ItemParser.Parse(new SeedReader(new ImportOptions()).Read(Write(folder, p))).Items).Select(i => i.Title).ToList();
        _automaton = new NameAutomaton(_names);
    }

    private static string Write(string folder, GeneratedPage page)
    {
        var path = Path.Combine(folder, page.FileName);
        File.WriteAllText(path, page.Content);
        return path;
    }

    [Benchmark(Description = "ItemParser.Parse: one page of 12 items")]
    public int ParsePage() => ItemParser.Parse(_page).Items.Count;

    [Benchmark(Description = "DateExtractor.Extract: one summary")]
    public int ExtractDates() => DateExtractor.Extract(ArticleKind.Event, _summary).Count;

    [Benchmark(Description = "NameAutomaton.Find: one summary against 20,000 names")]
    public int FindNames() => _automaton.Find(_summary).Count;

    [Benchmark(Description = "NameAutomaton: build from 20,000 names")]
    public int BuildAutomaton() => new NameAutomaton(_names).Count;

    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(HotCodeBenchmarks).Assembly).Run(args);
}
