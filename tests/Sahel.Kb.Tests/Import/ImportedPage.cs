using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Domain;
using Sahel.Kb.Tests.Support;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A page of the mirror imported alone into its own database, and what a test reads of it: an
/// article's kind, title, aliases and dates, and the knowledge base's wanted names.
/// </summary>
public abstract class ImportedPage(string fixture) : IAsyncLifetime, IDisposable
{
    private readonly TestDatabase _database = new();

    public async Task InitializeAsync() => await _database.ImportAsync(Files.Fixture(fixture));

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _database.Dispose();
        GC.SuppressFinalize(this);
    }

    protected async Task<Article> ArticleAsync(string slug)
    {
        await using var db = _database.CreateContext();
        return await db.Articles.Include(a => a.Aliases).AsNoTracking().SingleAsync(a => a.Slug == slug);
    }

    protected async Task<List<string>> AliasesAsync(string slug) => [.. (await ArticleAsync(slug)).Aliases.Select(a => a.Name)];

    protected async Task<List<ArticleDate>> DatesAsync(string slug)
    {
        await using var db = _database.CreateContext();
        return await db.Dates.Where(d => db.Articles.Any(a => a.Id == d.ArticleId && a.Slug == slug)).ToListAsync();
    }

    /// <summary>An article's one date of <paramref name="label"/>: a failure says it has none or several.</summary>
    protected async Task<ArticleDate> DateAsync(string slug, DateLabel label) => Assert.Single(await DatesAsync(slug), d => d.Label == label);

    /// <summary>An article's statements as "label object" lines: "located_in Mauritania", "signatory arab-islamic-front-of-azawad".</summary>
    protected async Task<List<string>> StatementsAsync(string slug) =>
        [.. (await _database.ArticleAsync(slug)).Statements.Select(s => $"{s.Label} {s.Object ?? s.Name}")];

    /// <summary>An article's statement of <paramref name="label"/> about <paramref name="name"/>, with its qualifiers.</summary>
    protected async Task<IReadOnlyDictionary<string, string>> QualifiersAsync(string slug, string label, string name) =>
        (await _database.ArticleAsync(slug)).Statements.Single(s => s.Label == label && (s.Object ?? s.Name) == name).Qualifiers;

    /// <summary>The qualifiers of every statement of <paramref name="label"/> about <paramref name="name"/> (one fact may be stated with and without a period).</summary>
    protected async Task<List<IReadOnlyDictionary<string, string>>> QualifierSetsAsync(string slug, string label, string name) =>
        [.. (await _database.ArticleAsync(slug)).Statements.Where(s => s.Label == label && (s.Object ?? s.Name) == name).Select(s => s.Qualifiers)];

    protected async Task<HashSet<string>> WantedAsync()
    {
        await using var db = _database.CreateContext();
        return (await db.WantedNames.Select(w => w.Name).ToListAsync()).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The kind a wanted name is guessed to be, from the words around it where any say it.</summary>
    protected async Task<ArticleKind?> WantedKindAsync(string name)
    {
        await using var db = _database.CreateContext();
        return (await db.WantedNames.Where(w => w.Name == name).Select(w => w.Kind).ToListAsync()).OrderBy(kind => kind is null).First();
    }

    protected async Task<Dictionary<string, ArticleKind>> KindsAsync()
    {
        await using var db = _database.CreateContext();
        return await db.Articles.ToDictionaryAsync(a => a.Slug, a => a.Kind);
    }

    /// <summary>Asserts each article's kind, all at once: a failure lists every article filed under another kind.</summary>
    protected async Task AssertKindsAsync(params (string Slug, ArticleKind Kind)[] expected)
    {
        var kinds = await KindsAsync();
        Assert.Equal(expected, expected.Select(e => (e.Slug, kinds[e.Slug])));
    }
}
