using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Sahel.Kb.Browse;
using Sahel.Kb.Editing;
using Sahel.Kb.Import;
using Sahel.Kb.Tests.Support;

namespace Sahel.Kb.Tests.Browse;

public sealed class LinkGraphTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_links_touching_an_article_are_its_related_items_and_mentions_both_ways_each_once()
    {
        await _database.ImportAsync(Files.Seed, Files.Fixture("wagner-group.txt"));
        await using var db = _database.CreateContext();
        var wagner = await db.Articles.SingleAsync(a => a.Slug == "wagner-group");
        var expected = (await db.RelatedItems.Where(r => r.ArticleId == wagner.Id || r.RelatedArticleId == wagner.Id).Select(r => new { From = r.ArticleId, To = r.RelatedArticleId }).ToListAsync())
            .Concat(await db.Mentions.Where(m => m.SourceArticleId == wagner.Id || m.TargetArticleId == wagner.Id).Select(m => new { From = m.SourceArticleId, To = m.TargetArticleId }).ToListAsync())
            .Select(l => (l.From, l.To))
            .Distinct()
            .Order()
            .ToList();

        var graph = await LinkGraph.LoadAsync(db, CancellationToken.None);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, graph.LinksTouching([wagner.Id]));
        Assert.True(graph.TryGetArticle(wagner.Id, out var link));
        Assert.Equal(("wagner-group", "Wagner Group"), (link.Slug, link.Title));
        Assert.Equal(await db.Articles.CountAsync(), graph.Count);
    }

    [Fact]
    public async Task The_graph_is_read_again_only_when_the_knowledge_base_moved()
    {
        await _database.ImportAsync(Files.Seed);
        using var graphs = new LinkGraphs(NullLogger<LinkGraphs>.Instance);
        await using var db = _database.CreateContext();
        var cancel = CancellationToken.None;

        var first = await graphs.AtAsync(await ContentVersion.ReadAsync(db, cancel), db, cancel);
        var again = await graphs.AtAsync(await ContentVersion.ReadAsync(db, cancel), db, cancel);
        await using (var editing = _database.CreateContext())
        {
            var fields = ArticleFields.Of(await editing.Articles.Include(a => a.Aliases).SingleAsync(a => a.Slug == "minusma", cancel));
            await new ArticleEditor(editing, TimeProvider.System).SaveAsync("minusma", fields with { Title = "MINUSMA (UN mission)" }, "admin", cancellationToken: cancel);
        }

        var afterEdit = await graphs.AtAsync(await ContentVersion.ReadAsync(db, cancel), db, cancel);

        Assert.Same(first, again);
        Assert.NotSame(first, afterEdit);
        var id = await db.Articles.Where(a => a.Slug == "minusma").Select(a => a.Id).SingleAsync(cancel);
        Assert.True(afterEdit.TryGetArticle(id, out var renamed));
        Assert.Equal("MINUSMA (UN mission)", renamed.Title);
    }

    [Fact]
    public async Task After_this_instances_edits_the_graph_updated_in_place_is_the_graph_read_whole()
    {
        await _database.ImportAsync(Files.Seed);
        var edits = new RecentEdits();
        using var graphs = new LinkGraphs(NullLogger<LinkGraphs>.Instance, edits);
        await using var db = _database.CreateContext();
        var cancel = CancellationToken.None;
        var before = await ContentVersion.ReadAsync(db, cancel);
        await graphs.AtAsync(before, db, cancel);

        // A rename, and a summary that drops its old links and links three other articles.
        await EditAsync(edits, "minusma", fields => fields with { Title = "MINUSMA (UN mission)" });
        await EditAsync(edits, "kidal-region", fields => fields with { Summary = "Kidal Region is a region of Mali. Iyad Ag Ghaly, Hassan Ag Fagaga and the Wagner Group fought there." });
        var after = await ContentVersion.ReadAsync(db, cancel);
        Assert.True(edits.TryChangedBetween(before.Number, after.Number, out _));

        var updated = await graphs.AtAsync(after, db, cancel);
        var whole = await LinkGraph.LoadAsync(db, cancel);

        var everyId = await db.Articles.Select(a => a.Id).ToListAsync(cancel);
        // Each article's links, asked one by one: from its own links out and from the others' in.
        Assert.Equal(everyId.Select(id => whole.LinksTouching([id])), everyId.Select(id => updated.LinksTouching([id])));
        Assert.Equal(whole.Articles.OrderBy(a => a.Slug, StringComparer.Ordinal), updated.Articles.OrderBy(a => a.Slug, StringComparer.Ordinal));
        Assert.Contains(updated.Articles, a => a.Title == "MINUSMA (UN mission)");
    }

    private async Task EditAsync(RecentEdits edits, string slug, Func<ArticleFields, ArticleFields> change)
    {
        await using var db = _database.CreateContext();
        var article = await db.Articles.Include(a => a.Aliases).SingleAsync(a => a.Slug == slug);
        await new ArticleEditor(db, TimeProvider.System, edits).SaveAsync(slug, change(ArticleFields.Of(article)), "admin");
    }

    [Fact]
    public async Task Requests_that_find_the_graph_stale_together_share_one_load()
    {
        await _database.ImportAsync(Files.Seed);
        using var graphs = new LinkGraphs(NullLogger<LinkGraphs>.Instance);
        var cancel = CancellationToken.None;
        var version = await ReadVersionAsync(cancel);

        var loaded = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            await using var db = _database.CreateContext();
            return await graphs.AtAsync(version, db, cancel);
        }));

        Assert.All(loaded, graph => Assert.Same(loaded[0], graph));
    }

    private async Task<ContentVersion> ReadVersionAsync(CancellationToken cancellationToken)
    {
        await using var db = _database.CreateContext();
        return await ContentVersion.ReadAsync(db, cancellationToken);
    }
}
