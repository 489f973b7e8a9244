using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;
using Sahel.Kb.Web.Pages.Shared;

namespace Sahel.Kb.Web.Pages;

public sealed class IndexModel(KbDbContext db) : PageModel
{
    public const int EntryPointCount = 24;
    public const int RecentCount = 10;

    public sealed record KindCount(ArticleKind Kind, int Count);

    public sealed record RecentArticle(ArticleRow Row, DateTime UpdatedAt);

    public int Total { get; private set; }

    public IReadOnlyList<KindCount> Kinds { get; private set; } = [];

    /// <summary>The subjects of the seed pages: each page was saved for one of them.</summary>
    public IReadOnlyList<ArticleRow> EntryPoints { get; private set; } = [];

    public int SeedPageCount { get; private set; }

    public IReadOnlyList<RecentArticle> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var counts = await db.Articles.AsNoTracking()
            .GroupBy(a => a.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Kind, g => g.Count, cancellationToken);
        Kinds = ArticleKinds.All.Select(k => new KindCount(k, counts.GetValueOrDefault(k))).ToList();
        Total = counts.Values.Sum();

        var subjects = db.RelatedItems.Select(r => r.ArticleId).Distinct();
        SeedPageCount = await db.RelatedItems.Select(r => r.Page).Distinct().CountAsync(cancellationToken);
        EntryPoints = await ArticleRow.LoadAsync(
            db.Articles.AsNoTracking().Where(a => subjects.Contains(a.Id)).OrderBy(a => a.Slug), 0, EntryPointCount, cancellationToken);

        Recent = (await db.Articles.AsNoTracking()
                .OrderByDescending(a => a.UpdatedAt).ThenBy(a => a.Slug)
                .Take(RecentCount)
                .Select(a => new { a.Slug, a.Title, a.Kind, a.PlainSummary, a.UpdatedAt })
                .ToListAsync(cancellationToken))
            .Select(a => new RecentArticle(ArticleRow.Create(a.Slug, a.Title, a.Kind, a.PlainSummary), a.UpdatedAt))
            .ToList();
    }
}
