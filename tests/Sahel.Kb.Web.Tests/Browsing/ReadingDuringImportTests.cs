using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sahel.Kb.Generation;
using Sahel.Kb.Import;
using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests.Browsing;

/// <summary>Readers while a large import writes: every page answers, and shows the knowledge base before the import or after it, never between.</summary>
public sealed class ReadingDuringImportTests : IDisposable
{
    private readonly KbAppFactory _factory = new();
    private readonly string _corpus = Directory.CreateTempSubdirectory("sahel-kb-corpus-").FullName;

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_corpus, recursive: true);
    }

    [Fact]
    public async Task Every_page_answers_during_an_import_and_no_reader_sees_half_of_it()
    {
        using var app = _factory.WithWebHostBuilder(b => b.UseSetting("Kb:RateLimits:SearchPerMinute", "1000000"));
        using var client = app.CreateClient();
        var before = await ArticleCountAsync(client, 0);
        foreach (var page in new CorpusGenerator(seed: 11).Generate(3000))
        {
            await File.WriteAllTextAsync(Path.Combine(_corpus, page.FileName), page.Content);
        }

        var import = Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportAsync([_corpus]);
        });

        var failures = new ConcurrentBag<string>();
        var counts = new ConcurrentBag<int>();
        var readsDuringImport = 0;
        async Task ReadAsync(int reader)
        {
            for (var n = 0; !import.IsCompleted; n++)
            {
                // A new query string each time: the output cache must not answer for the database.
                var query = $"reader={reader}&n={n}";
                counts.Add(await ArticleCountAsync(client, n * 10 + reader));
                foreach (var path in new[] { $"/articles/minusma?{query}", $"/search?q=mali&{query}", $"/?{query}", $"/timeline?{query}" })
                {
                    using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        failures.Add($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    }
                }

                if (!import.IsCompleted)
                {
                    Interlocked.Increment(ref readsDuringImport);
                }
            }
        }

        await Task.WhenAll(ReadAsync(1), ReadAsync(2));
        var report = await import;
        var after = await ArticleCountAsync(client, -1);

        Assert.Empty(failures);
        Assert.True(readsDuringImport > 0, "no read happened while the import ran");
        Assert.Equal(before + report.Created, after);
        Assert.Subset(new HashSet<int> { before, after }, counts.ToHashSet());
    }

    private static async Task<int> ArticleCountAsync(HttpClient client, int n)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/articles?n={n}", UriKind.Relative)));
        return json.RootElement.GetArrayLength();
    }
}
