using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Sahel.Kb.Data;
using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests.Browsing;

/// <summary>Every query on a hot path finds its rows through an index: no full scan of a table that grows with the corpus.</summary>
public sealed partial class QueryPlanTests(KbAppFactory factory) : IClassFixture<KbAppFactory>
{
    [Theory]
    [InlineData("/articles/kidal-offensive")] // rendered live; served prepared, its one query is PageReaderTests'
    [InlineData("/articles/minusma")]
    [InlineData("/api/articles/minusma")]
    [InlineData("/search?q=kidal")]
    [InlineData("/api/search?q=algiers+agreement")]
    [InlineData("/kinds/person")]
    [InlineData("/articles/JNIM")]
    public async Task Every_query_of_a_hot_page_uses_an_index(string path)
    {
        var recorder = new QueryRecorder();
        using var app = factory.WithWebHostBuilder(b => b
            .UseSetting("Kb:PreparedPages:Enabled", "false")
            .ConfigureTestServices(s => s.AddSingleton<IInterceptor>(recorder)));
        app.Server.PreserveExecutionContext = true;
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        // Steady state: the first article page read the link graph, a scan that happens once per import or edit.
        (await client.GetAsync(new Uri("/articles/iyad-ag-ghaly", UriKind.Relative))).Dispose();

        using var watch = recorder.Watch();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.True((int)response.StatusCode is 200 or 301, $"{path} answered {(int)response.StatusCode}");
        Assert.Null(response.Headers.ETag);
        Assert.NotEmpty(recorder.Queries);
        foreach (var query in recorder.Queries)
        {
            var scans = await FullScansAsync(query);
            Assert.True(scans.Count == 0, $"{path}: {string.Join("; ", scans)}\n{query.Sql}");
        }
    }

    [Fact]
    public async Task A_full_table_scan_is_caught()
    {
        factory.CreateClient().Dispose();

        var scans = await FullScansAsync(new QueryRecorder.Query("""SELECT "a"."Id" FROM "Articles" AS "a" WHERE "a"."Title" = 'MINUSMA'""", []));

        Assert.Equal(["SCAN a"], scans);
    }

    private async Task<List<string>> FullScansAsync(QueryRecorder.Query query)
    {
        var plan = await QueryRecorder.PlanAsync(factory.DatabasePath, query);
        var tables = TableAlias().Matches(query.Sql).SelectMany(m => new[] { m.Groups["table"].Value, m.Groups["alias"].Value }).ToHashSet();
        return plan.Where(line => Scan().Match(line) is { Success: true } scan && tables.Contains(scan.Groups["name"].Value) && !line.Contains("INDEX", StringComparison.Ordinal)).ToList();
    }

    /// <summary>"SCAN a" reads all of the table "a" stands for; "SCAN a USING (COVERING) INDEX" walks an index in order.</summary>
    [GeneratedRegex(@"^SCAN (?<name>\w+)")]
    private static partial Regex Scan();

    /// <summary>The tables that grow with the corpus, and the aliases a query gives them.</summary>
    [GeneratedRegex(@"\b""?(?<table>Articles|Aliases|Dates|Sources|RelatedItems|Mentions|WantedNames)""?(?:\s+AS)?\s+""?(?<alias>\w+)""?")]
    private static partial Regex TableAlias();
}
