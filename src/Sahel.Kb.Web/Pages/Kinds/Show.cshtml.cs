using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Browse;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;
using Sahel.Kb.Web.Pages.Shared;

namespace Sahel.Kb.Web.Pages.Kinds;

/// <summary>Every article of one kind, in A–Z order; events in the order they happened.</summary>
public sealed class ShowModel(KbDbContext db) : PageModel
{
    public ArticleKind Kind { get; private set; }

    public IReadOnlyList<ArticleRow> Rows { get; private set; } = [];

    public Paging Paging { get; private set; } = new(1, Paging.DefaultPageSize, 0, new Dictionary<string, object?>());

    public async Task<IActionResult> OnGetAsync(string kind, [FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        if (!ArticleKinds.TryParse(kind, out var parsed))
        {
            // "/kinds/Events", "/kinds/people": the plural a reader may type names the same list.
            var plural = ArticleKinds.All.Where(k => string.Equals(k.PluralLabel(), kind, StringComparison.OrdinalIgnoreCase)).ToList();
            return plural.Count == 1 ? RedirectToPagePermanent("/Kinds/Show", new { kind = plural[0].Name() }) : NotFound();
        }

        if (kind != parsed.Name())
        {
            return RedirectToPagePermanent("/Kinds/Show", new { kind = parsed.Name() });
        }

        Kind = parsed;
        var articles = db.Articles.AsNoTracking().Where(a => a.Kind == parsed);
        var total = await articles.CountAsync(cancellationToken);
        Paging = new Paging(Paging.Clamp(pageNumber, total), Paging.DefaultPageSize, total, new Dictionary<string, object?>());
        Rows = parsed == ArticleKind.Event
            ? await EventsInTimeAsync(articles, cancellationToken)
            : await ArticleRow.LoadAsync(articles.OrderBy(a => a.Slug), Paging.Skip, Paging.PageSize, cancellationToken);
        return Page();
    }

    /// <summary>
    /// Events by the date they began, undated ones last, each with its date. An event the text
    /// dates only by its steps is placed at the first, written "by late October 2023": it began then or before.
    /// </summary>
    private async Task<List<ArticleRow>> EventsInTimeAsync(IQueryable<Article> events, CancellationToken cancellationToken)
    {
        var rows = await events
            .Select(a => new
            {
                a.Slug,
                a.Title,
                a.Kind,
                a.PlainSummary,
                First = db.Dates.Where(d => d.ArticleId == a.Id).OrderBy(d => d.Label == DateLabel.Step).ThenBy(d => d.Value)
                    .Select(d => new { d.Value, d.Qualifier, IsStep = d.Label == DateLabel.Step }).FirstOrDefault(),
            })
            .OrderBy(a => a.First == null).ThenBy(a => a.First!.Value).ThenBy(a => a.Slug)
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(a => ArticleRow.Create(a.Slug, a.Title, a.Kind, a.PlainSummary) with { When = When(a.First?.Value, a.First?.Qualifier, a.First?.IsStep ?? false) })];
    }

    private static string When(string? value, string? qualifier, bool isStep) =>
        value is null ? "Undated" : isStep ? $"by {LowerFirst(DateText.Format(value, qualifier))}" : DateText.Format(value, qualifier);

    /// <summary>"Late October 2023" within a phrase: "late October 2023"; "October 2023" stays.</summary>
    private static string LowerFirst(string date) =>
        date.Split(' ')[0] is "Early" or "Mid" or "Late" ? char.ToLowerInvariant(date[0]) + date[1..] : date;
}
