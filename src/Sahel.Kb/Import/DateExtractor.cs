using System.Globalization;
using System.Text.RegularExpressions;
using Sahel.Kb.Domain;
using Sahel.Kb.Text;

namespace Sahel.Kb.Import;

/// <summary>A date read from a summary: its label, its ISO value cut to its precision, and the words it came from.</summary>
public sealed record ExtractedDate(DateLabel Label, string Value, DatePrecision Precision, string Words);

/// <summary>
/// Stage 4: reads the dates a summary gives for its subject, using the phrasings in
/// <see cref="DateRules"/> for the article's kind. Never invents precision: "1954" stays a year.
/// </summary>
public static partial class DateExtractor
{
    private const string Month =
        "January|February|March|April|May|June|July|August|September|October|November|December|" +
        "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

    private static readonly (DateRule Rule, Regex Trigger)[] s_rules = DateRules.All
        .Select(r => (r, new Regex(r.Trigger, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)))
        .ToArray();

    public static IReadOnlyList<ExtractedDate> Extract(ArticleKind kind, string text)
    {
        var found = new List<(ExtractedDate Date, int Position)>();
        foreach (var (start, length) in Sentences.Split(text))
        {
            var sentence = text.Substring(start, length);
            foreach (var (rule, trigger) in s_rules)
            {
                if (!rule.Kinds.Contains(kind))
                {
                    continue;
                }

                foreach (Match match in trigger.Matches(sentence))
                {
                    if (ReadAfter(sentence, match, rule) is not { } dates)
                    {
                        continue;
                    }

                    foreach (var date in dates)
                    {
                        Take(found, date, start + match.Index, rule.EachDate);
                    }

                    break;
                }
            }
        }

        return found.OrderBy(f => f.Position).ThenBy(f => f.Date.Label).Select(f => f.Date).ToList();
    }

    private static void Take(List<(ExtractedDate Date, int Position)> found, ExtractedDate date, int position, bool eachDate)
    {
        var sameLabel = found.FindIndex(f => f.Date.Label == date.Label);
        if (sameLabel < 0 || eachDate && found[sameLabel].Position == position)
        {
            if (found.All(f => f.Date != date))
            {
                found.Add((date, position));
            }

            return;
        }

        // A later, finer date that agrees with the first ("formed in 2014" ... "founded on 28 October 2014") refines it.
        var earlier = found[sameLabel].Date;
        if (date.Precision > earlier.Precision && date.Value.StartsWith(earlier.Value, StringComparison.Ordinal))
        {
            found[sameLabel] = (date, found[sameLabel].Position);
        }
    }

    private static ExtractedDate[]? ReadAfter(string sentence, Match trigger, DateRule rule)
    {
        var position = trigger.Index + trigger.Length;
        for (var gap = 0; gap <= rule.MaxGapWords; gap++)
        {
            while (position < sentence.Length && sentence[position] is ' ' or ',')
            {
                position++;
            }

            var expression = DateExpression().Match(sentence, position);
            if (expression.Success && expression.Index == position && !IsAmbiguous(sentence, expression))
            {
                var words = sentence[trigger.Index..(expression.Index + expression.Length)].Trim('(', ' ');
                return Read(expression, rule, words);
            }

            var wordEnd = sentence.IndexOf(' ', position);
            var word = wordEnd < 0 ? sentence[position..] : sentence[position..wordEnd];
            if (wordEnd < 0 || DateRules.Hedges.Contains(word.TrimEnd(',')))
            {
                return null;
            }

            position = wordEnd;
        }

        return null;
    }

    /// <summary>"born around 1959 or 1966": a choice of dates is no date.</summary>
    private static bool IsAmbiguous(string sentence, Match expression) =>
        OrAnotherDate().IsMatch(sentence.AsSpan(expression.Index + expression.Length));

    private static ExtractedDate[]? Read(Match m, DateRule rule, string words)
    {
        var year2 = m.Groups["y2"].Value;
        var year1 = m.Groups["y1"].Success ? m.Groups["y1"].Value : year2;
        var month2 = m.Groups["m2"].Success ? m.Groups["m2"].Value : m.Groups["m1"].Value;
        var month1 = m.Groups["m1"].Success ? m.Groups["m1"].Value : month2;
        var first = Date(year1, month1, m.Groups["d1"].Value);
        if (first is null)
        {
            return null;
        }

        if (!m.Groups["y2"].Success)
        {
            return [first with { Label = rule.First, Words = words }];
        }

        var second = Date(year2, month2, m.Groups["d2"].Value);
        if (second is null || string.CompareOrdinal(first.Value, second.Value) > 0)
        {
            return null;
        }

        var secondLabel = rule.EachDate ? rule.First : rule.Second ?? rule.First;
        return rule.Second is null && !rule.EachDate
            ? [first with { Label = rule.First, Words = words }]
            : [first with { Label = rule.First, Words = words }, second with { Label = secondLabel, Words = words }];
    }

    private static ExtractedDate? Date(string year, string month, string day)
    {
        if (!int.TryParse(year, CultureInfo.InvariantCulture, out var y))
        {
            return null;
        }

        if (month.Length == 0)
        {
            return new ExtractedDate(default, y.ToString("D4", CultureInfo.InvariantCulture), DatePrecision.Year, "");
        }

        var m = MonthNumber(month);
        if (day.Length == 0)
        {
            return new ExtractedDate(default, $"{y:D4}-{m:D2}", DatePrecision.Month, "");
        }

        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new ExtractedDate(default, $"{y:D4}-{m:D2}-{d:D2}", DatePrecision.Day, "")
            : null;
    }

    private static int MonthNumber(string name)
    {
        var prefix = name[..3].ToUpperInvariant();
        return Array.IndexOf(s_monthPrefixes, prefix) + 1;
    }

    private static readonly string[] s_monthPrefixes = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    // The date expressions, most specific first. A pair shares what it leaves out with the other
    // half: "November 10 and 14, 2023" is November 10 to November 14 of 2023.
    [GeneratedRegex(
        $@"(?:" +
        $@"(?<m1>{Month})\.? (?<d1>\d{{1,2}}),? (?<y1>\d{{4}}) (?:and|to|until|[-–]) (?<m2>{Month})\.? (?<d2>\d{{1,2}}),? (?<y2>\d{{4}})" +
        $@"|(?<d1>\d{{1,2}}) (?<m1>{Month})\.?,? (?<y1>\d{{4}}) (?:and|to|until|[-–]) (?<d2>\d{{1,2}}) (?<m2>{Month})\.?,? (?<y2>\d{{4}})" +
        $@"|(?<m1>{Month})\.? (?<d1>\d{{1,2}}) (?:and|to|[-–]) (?<m2>{Month})\.? (?<d2>\d{{1,2}}),? (?<y2>\d{{4}})" +
        $@"|(?<d1>\d{{1,2}}) (?<m1>{Month})\.? (?:and|to|[-–]) (?<d2>\d{{1,2}}) (?<m2>{Month})\.?,? (?<y2>\d{{4}})" +
        $@"|(?<m1>{Month})\.? (?<d1>\d{{1,2}}) ?(?:and|to|[-–]) ?(?<d2>\d{{1,2}}),? (?<y2>\d{{4}})" +
        $@"|(?<d1>\d{{1,2}}) ?(?:and|to|[-–]) ?(?<d2>\d{{1,2}}) (?<m2>{Month})\.?,? (?<y2>\d{{4}})" +
        $@"|(?<m1>{Month}) (?<y1>\d{{4}}) (?:and|to|until|[-–]) (?<m2>{Month}) (?<y2>\d{{4}})" +
        $@"|(?<m1>{Month}) ?(?:and|to|[-–]) ?(?<m2>{Month}),? (?<y2>\d{{4}})" +
        $@"|(?<y1>\d{{4}}) ?(?:and|to|until|[-–]) ?(?<y2>\d{{4}})" +
        $@"|(?<m1>{Month})\.? (?<d1>\d{{1,2}}),? (?<y1>\d{{4}})" +
        $@"|(?<d1>\d{{1,2}}) (?<m1>{Month})\.?,? (?<y1>\d{{4}})" +
        $@"|(?<m1>{Month}),? (?<y1>\d{{4}})" +
        $@"|(?<y1>\d{{4}})" +
        $@")(?![\d\w])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DateExpression();

    [GeneratedRegex(@"^,? or (?:\w+ )?\d", RegexOptions.CultureInvariant)]
    private static partial Regex OrAnotherDate();
}
