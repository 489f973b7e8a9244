using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;
using Sahel.Kb.Web.Pages.Shared;

namespace Sahel.Kb.Web.Pages.Search;

/// <summary>
/// Finds articles by title, alias or words of the summary: an exact name first, then names
/// that contain the words, then summaries.
/// </summary>
public sealed class IndexModel(KbDbContext db) : PageModel
{
    public const int MaxResults = 100;
    public const int MaxQueryLength = 500;

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<ArticleRow> Results { get; private set; } = [];

    /// <summary>The article whose title or alias is exactly the query, if any.</summary>
    public ArticleRow? ExactMatch { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = (Query ?? "").Trim();
        if (query.Length > MaxQueryLength)
        {
            query = query[..MaxQueryLength];
        }

        var key = Article.CreateSlug(query);
        if (key.Length == 0)
        {
            return;
        }

        var pattern = "%" + query.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        var hits = await db.Articles.AsNoTracking()
            .Where(a => a.Slug.Contains(key)
                || db.Aliases.Any(alias => alias.ArticleId == a.Id && alias.Key.Contains(key))
                || EF.Functions.Like(a.PlainSummary, pattern, "\\"))
            .Select(a => new
            {
                a.Slug,
                a.Title,
                a.Kind,
                a.PlainSummary,
                Exact = a.Slug == key || db.Aliases.Any(alias => alias.ArticleId == a.Id && alias.Key == key),
                InName = a.Slug.Contains(key) || db.Aliases.Any(alias => alias.ArticleId == a.Id && alias.Key.Contains(key)),
            })
            .OrderByDescending(a => a.Exact).ThenByDescending(a => a.InName).ThenBy(a => a.Slug)
            .Take(MaxResults)
            .ToListAsync(cancellationToken);
        Results = hits.Select(h => ArticleRow.Create(h.Slug, h.Title, h.Kind, h.PlainSummary)).ToList();
        ExactMatch = hits.Count > 0 && hits[0].Exact ? Results[0] : null;
    }
}
