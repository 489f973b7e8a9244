using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Browse;

/// <summary>
/// One dated fact on the timeline. <see cref="Value"/> is ISO 8601 cut to its precision, so a
/// year-only date sorts at the head of its year and never passes for 1 January.
/// </summary>
public sealed record TimelineEntry(string Value, string? End, DateLabel Label, string Slug, string Title, ArticleKind Kind, string? Qualifier = null, string? Event = null)
{
    public string Year => Value[..Math.Min(4, Value.Length)];

    public string Text => End is null ? DateText.Format(Value, Qualifier) : DateText.FormatRange(Value, End);

    /// <summary>What the date is: an event's start is simply its date; a step says what happened; other dates say what they are.</summary>
    public string? What => (Kind, Label) switch
    {
        (ArticleKind.Event, DateLabel.Start) => null,
        (_, DateLabel.Step) => Event,
        _ => DateText.Label(Label),
    };
}

/// <summary>What the timeline shows: the kinds, the years (inclusive), the page.</summary>
public sealed record TimelineFilter(IReadOnlySet<ArticleKind> Kinds, int? FromYear, int? ToYear);

/// <summary>
/// Every dated article in chronological order. An article's single start and its end make one
/// entry shown as a range; every other date (founded, signed, born, died, ...) is an entry of its own.
/// </summary>
public static class Timeline
{
    public static Task<int> CountAsync(KbDbContext db, TimelineFilter filter, CancellationToken cancellationToken = default) =>
        Dates(db, filter).CountAsync(cancellationToken);

    public static async Task<IReadOnlyList<TimelineEntry>> LoadAsync(
        KbDbContext db, TimelineFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        var page = await Dates(db, filter)
            .OrderBy(x => x.Date.Value).ThenBy(x => x.Article.Slug).ThenBy(x => x.Date.Label)
            .Skip(skip).Take(take)
            .Select(x => new
            {
                x.Date.Value,
                x.Date.Label,
                x.Article.Slug,
                x.Article.Title,
                x.Article.Kind,
                x.Date.Qualifier,
                x.Date.Event,
                End = x.Date.Label == DateLabel.Start
                    ? db.Dates.Where(e => e.ArticleId == x.Date.ArticleId && e.Label == DateLabel.End).OrderBy(e => e.Value).Select(e => e.Value).FirstOrDefault()
                    : null,
            })
            .ToListAsync(cancellationToken);
        return page.Select(x => new TimelineEntry(x.Value, x.End is { } end && string.CompareOrdinal(end, x.Value) > 0 ? end : null, x.Label, x.Slug, x.Title, x.Kind, x.Qualifier, x.Event)).ToList();
    }

    private sealed class DatedArticle
    {
        public required ArticleDate Date { get; init; }

        public required Article Article { get; init; }
    }

    private static IQueryable<DatedArticle> Dates(KbDbContext db, TimelineFilter filter)
    {
        var kinds = filter.Kinds.ToList();
        var dates = db.Dates.AsNoTracking()
            .Join(db.Articles, d => d.ArticleId, a => a.Id, (d, a) => new DatedArticle { Date = d, Article = a })
            .Where(x => kinds.Contains(x.Article.Kind))
            // An end shows with its article's start, as one range, when there is a start.
            .Where(x => x.Date.Label != DateLabel.End || !db.Dates.Any(s => s.ArticleId == x.Date.ArticleId && s.Label == DateLabel.Start));
        if (filter.FromYear is { } from)
        {
            var first = Year(from);
            dates = dates.Where(x => x.Date.Value.CompareTo(first) >= 0);
        }

        if (filter.ToYear is { } to)
        {
            var after = Year(to + 1);
            dates = dates.Where(x => x.Date.Value.CompareTo(after) < 0);
        }

        return dates;
    }

    private static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);
}
