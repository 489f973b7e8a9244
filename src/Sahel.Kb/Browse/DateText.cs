using System.Globalization;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Browse;

/// <summary>
/// A date as a reader reads it, with the ISO value for <c>&lt;time datetime&gt;</c>. A step of an
/// event carries <see cref="Event"/>, what happened then; its date is its label.
/// </summary>
public sealed record DateFact(string Label, string Text, string Start, string? End, string? Event = null);

/// <summary>
/// Writes dates at the precision they were read with and no finer: "1954", "May 2021",
/// "24 May 2021", and ranges that share what they can: "10–14 November 2023". In the reader's
/// interface language: French when the current UI culture is French ("24 mai 2021"), else English.
/// </summary>
public static class DateText
{
    private static readonly DateTimeFormatInfo s_format = CultureInfo.InvariantCulture.DateTimeFormat;
    private static readonly DateTimeFormatInfo s_french = CultureInfo.GetCultureInfo("fr").DateTimeFormat;

    /// <summary>The reader's interface is French: dates are written the French way ("fin octobre 2023", "24 mai 2021"); else in English.</summary>
    private static bool IsFrench => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr";

    /// <summary>A date placed within its year or month: "late October 2023", "mid-2013"; in French "fin octobre 2023", "mi-2013".</summary>
    public static string Format(string value, string? qualifier) =>
        (qualifier, IsFrench) switch
        {
            (null, _) => Format(value),
            ("mid", false) => $"mid-{Format(value)}",
            ("mid", true) => $"mi-{Format(value)}",
            ("early", true) => $"début {Format(value)}",
            ("late", true) => $"fin {Format(value)}",
            ("circa", false) => $"c. {Format(value)}",
            ("circa", true) => $"vers {Format(value)}",
            _ => $"{qualifier} {Format(value)}",
        };

    public static string Format(string value)
    {
        var (year, month, day) = Parse(value);
        return (month, day) switch
        {
            (null, _) => year,
            (_, null) => $"{MonthName(month.Value)} {year}",
            _ => $"{day.Value} {MonthName(month.Value)} {year}",
        };
    }

    public static string FormatRange(string start, string end)
    {
        if (start == end)
        {
            return Format(start);
        }

        var (startYear, startMonth, startDay) = Parse(start);
        var (endYear, endMonth, endDay) = Parse(end);
        var samePrecision = start.Length == end.Length;
        return (samePrecision, startYear == endYear, startMonth == endMonth) switch
        {
            (true, true, true) when startDay is not null => $"{startDay}–{endDay} {MonthName(endMonth!.Value)} {endYear}",
            (true, true, _) when startDay is not null => $"{startDay} {MonthName(startMonth!.Value)} – {endDay} {MonthName(endMonth!.Value)} {endYear}",
            (true, true, _) when startMonth is not null => $"{MonthName(startMonth.Value)}–{MonthName(endMonth!.Value)} {endYear}",
            (true, _, _) when startMonth is null => $"{startYear}–{endYear}",
            _ => $"{Format(start)} – {Format(end)}",
        };
    }

    /// <summary>
    /// The infobox lines for an article's dates: a start and an end make one range, an event
    /// with only a start shows it as its date, every other date under its own label.
    /// </summary>
    public static IReadOnlyList<DateFact> Facts(IEnumerable<ArticleDate> dates)
    {
        var ordered = dates.OrderBy(d => d.Value, StringComparer.Ordinal).ThenBy(d => d.Label).ToList();
        var starts = ordered.Where(d => d.Label == DateLabel.Start).ToList();
        var ends = ordered.Where(d => d.Label == DateLabel.End).ToList();
        var facts = new List<DateFact>();
        if (starts.Count == 1 && ends.Count == 1 && string.CompareOrdinal(starts[0].Value, ends[0].Value) <= 0)
        {
            facts.Add(new DateFact("Date", FormatRange(starts[0].Value, ends[0].Value), starts[0].Value, ends[0].Value));
            ordered.Remove(starts[0]);
            ordered.Remove(ends[0]);
        }
        else if (starts.Count == 1 && ends.Count == 0)
        {
            facts.Add(new DateFact("Date", Format(starts[0].Value), starts[0].Value, null));
            ordered.Remove(starts[0]);
        }

        var steps = ordered.Where(d => d.Label == DateLabel.Step).ToList();
        // Pages that disagree ("founded 2013" on one, "founded 2014" on another) are both shown, each with its page.
        // (One page giving two dates, "signed on May 15 and June 20", disputes nothing.)
        var disputed = ordered.Except(steps).GroupBy(d => d.Label).Where(Disagree).Select(g => g.Key).ToHashSet();
        facts.AddRange(ordered.Except(steps).Select(d => new DateFact(
            Label(d.Label),
            disputed.Contains(d.Label) ? $"{Format(d.Value, d.Qualifier)} (according to {string.Join(", ", d.Pages.Split('\n', StringSplitOptions.RemoveEmptyEntries))})" : Format(d.Value, d.Qualifier),
            d.Value,
            null)));
        facts.AddRange(steps.Select(d => new DateFact(Capitalized(Format(d.Value, d.Qualifier)), Format(d.Value, d.Qualifier), d.Value, null, d.Event ?? "")));
        return facts;
    }

    /// <summary>Two dates of one label, each from pages the other's do not include.</summary>
    private static bool Disagree(IEnumerable<ArticleDate> sameLabel)
    {
        var dates = sameLabel.Select(d => (d.Value, Pages: d.Pages.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal))).ToList();
        return dates.Any(a => dates.Any(b => a.Value != b.Value && a.Pages.Count > 0 && b.Pages.Count > 0 && !a.Pages.Overlaps(b.Pages)));
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string Label(DateLabel label) => label switch
    {
        DateLabel.Start => "Began",
        DateLabel.End => "Ended",
        DateLabel.Born => "Born",
        DateLabel.Died => "Died",
        DateLabel.Founded => "Founded",
        DateLabel.Dissolved => "Dissolved",
        DateLabel.Signed => "Signed",
        DateLabel.Step => "During",
        _ => label.ToString(),
    };

    private static string MonthName(int month) => (IsFrench ? s_french : s_format).GetMonthName(month);

    /// <summary>"2021-05-24" → ("2021", 5, 24); "1954" → ("1954", null, null).</summary>
    private static (string Year, int? Month, int? Day) Parse(string value)
    {
        var parts = value.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length == 0)
        {
            throw new FormatException($"'{value}' is not an ISO 8601 date cut to year, month or day.");
        }

        int? Part(int index) => parts.Length > index ? int.Parse(parts[index], NumberStyles.None, CultureInfo.InvariantCulture) : null;
        return (parts[0], Part(1), Part(2));
    }
}
