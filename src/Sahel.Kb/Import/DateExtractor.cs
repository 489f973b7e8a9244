using System.Globalization;
using System.Text.RegularExpressions;
using Sahel.Kb.Domain;
using Sahel.Kb.Text;

namespace Sahel.Kb.Import;

/// <summary>
/// A date read from a summary: its label, its ISO value cut to its precision, the words it came
/// from, a qualifier ("late" October) and, for an event's step, what happened then.
/// </summary>
public sealed record ExtractedDate(DateLabel Label, string Value, DatePrecision Precision, string Words, string? Qualifier = null, string? Event = null);

/// <summary>
/// Part of stage 4 (the merge): reads the dates a summary gives for its subject, using the phrasings in
/// <see cref="DateRules"/> for the article's kind. Never invents precision: "1954" stays a year.
/// A number after a document word ("Resolution 2100") is no year. A date written without its
/// year ("on November 14") takes the year the summary gave last before it, and only then.
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
        // An event's own dates, as written with their years, frame the dates written without one:
        // "took place between November 10 and 14, 2023 ... captured the city on November 14".
        var frame = kind == ArticleKind.Event
            ? Scan(kind, text, yearless: false).FirstOrDefault(f => f.Date.Label == DateLabel.Start).Date?.Value[..4]
            : null;
        var found = Scan(kind, text, yearless: true, frame);

        // A step is a date within the event: not its start or its end again.
        var bounds = found.Where(f => f.Date.Label is DateLabel.Start or DateLabel.End).Select(f => f.Date.Value).ToHashSet(StringComparer.Ordinal);
        found.RemoveAll(f => f.Date.Label == DateLabel.Step && bounds.Contains(f.Date.Value));
        return found.OrderBy(f => f.Position).ThenBy(f => f.Date.Label).Select(f => f.Date).ToList();
    }

    /// <summary>
    /// The dates of every rule, sentence by sentence. A date without its year takes
    /// <paramref name="frame"/> (an event's own year), else the last year written earlier in its
    /// sentence, else the year the sentence before gave (written or read): "just given", never older.
    /// </summary>
    private static List<(ExtractedDate Date, int Position)> Scan(ArticleKind kind, string text, bool yearless, string? frame = null)
    {
        var found = new List<(ExtractedDate Date, int Position)>();
        var wholes = new HashSet<DateLabel>();
        string? previousYear = null;
        foreach (var (start, length) in Sentences.Split(text))
        {
            var sentence = text.Substring(start, length);
            var before = found.Count;
            Func<int, string?>? yearAt = yearless ? at => frame ?? LastYear(sentence[..at]) ?? previousYear : null;
            foreach (var (rule, trigger) in s_rules)
            {
                if (!rule.Kinds.Contains(kind))
                {
                    continue;
                }

                foreach (Match match in trigger.Matches(sentence))
                {
                    if (ReadAfter(sentence, match, rule, yearAt) is not { } dates)
                    {
                        continue;
                    }

                    foreach (var date in dates)
                    {
                        Take(found, date, start + match.Index, rule, wholes);
                    }

                    break;
                }
            }

            previousYear = LastYear(sentence) ?? found.Skip(before).Select(f => f.Date.Value[..4]).LastOrDefault();
        }

        return found;
    }

    private static void Take(List<(ExtractedDate Date, int Position)> found, ExtractedDate date, int position, DateRule rule, HashSet<DateLabel> wholes)
    {
        if (date.Label == DateLabel.Step)
        {
            if (!found.Any(f => f.Date.Label == DateLabel.Step && f.Date.Value == date.Value))
            {
                found.Add((date, position));
            }

            return;
        }

        var sameLabel = found.FindIndex(f => f.Date.Label == date.Label);
        if (sameLabel < 0 || rule.EachDate && found[sameLabel].Position == position)
        {
            if (found.All(f => f.Date != date))
            {
                found.Add((date, position));
                if (rule.Whole)
                {
                    wholes.Add(date.Label);
                }
            }

            return;
        }

        // A later, finer date that agrees with the first ("formed in 2014" ... "founded on 28 October 2014") refines it,
        // unless the first is the whole's ("a series of protests in October 2014").
        var earlier = found[sameLabel].Date;
        if (!wholes.Contains(date.Label) && date.Precision > earlier.Precision && date.Value.StartsWith(earlier.Value, StringComparison.Ordinal))
        {
            found[sameLabel] = (date, found[sameLabel].Position);
        }
    }

    private static ExtractedDate[]? ReadAfter(string sentence, Match trigger, DateRule rule, Func<int, string?>? yearAt)
    {
        var position = trigger.Index + trigger.Length;
        var previousWord = "";
        for (var gap = 0; gap <= rule.MaxGapWords; gap++)
        {
            while (position < sentence.Length && sentence[position] is ' ' or ',')
            {
                position++;
            }

            var qualifier = QualifierAt(sentence, ref position);
            var (written, dates) = DateRules.DocumentWords.Contains(previousWord) ? (false, null) : ReadAt(sentence, position, rule, yearAt);
            if (qualifier == "circa" && !written)
            {
                // "around the town …": an uncertain word with no date after it ends the search.
                return null;
            }

            if (written && (dates is null || qualifier is not null && dates[0].Precision == DatePrecision.Day))
            {
                // A date that is no real date ("31 February 2020", "late 24 May") ends the search; a qualifier is
                // its first date's ("c. 1973 – 19 May 2021": circa 1973, and the day he died).
                return null;
            }

            if (dates is not null)
            {
                var end = position + dates[0].Words.Length;
                // "seized power in the January 2022 coup": a date inside another event's name is not this one's.
                // "It ended the Tuareg rebellion of 1990": so is one after such a name's noun.
                // ("The Tuareg rebellion of 1990–1995 was …": a date right after a trigger that is the subject's own name is its own.)
                if (sentence.AsSpan(0, position).EndsWith("the ", StringComparison.OrdinalIgnoreCase) && EventNounAfter().IsMatch(sentence[end..])
                    || EventNounBefore().IsMatch(sentence.AsSpan(0, position)) && !sentence.AsSpan(trigger.Index + trigger.Length, position - trigger.Index - trigger.Length).IsWhiteSpace())
                {
                    return null;
                }

                var words = sentence[trigger.Index..end].Trim('(', ' ');
                var happened = rule.First == DateLabel.Step ? WhatHappened(sentence[trigger.Index..position]) : null;
                // "c. 1970 – May 2017": the qualifier written before a span is its first end's ("c. 1217 – c. 1255": each its own).
                return [.. dates.Select((d, i) => d with { Words = words, Qualifier = i == 0 ? qualifier : d.Qualifier, Event = happened })];
            }

            var wordEnd = sentence.IndexOf(' ', position);
            var word = wordEnd < 0 ? sentence[position..] : sentence[position..wordEnd];
            // ("took place before dawn on 11 May 2022": a time of day after the hedge, not a hedged date.)
            if (wordEnd < 0 || DateRules.Hedges.Contains(word.TrimEnd(',')) && !DateRules.TimesOfDay.Contains(NextWord(sentence, wordEnd)))
            {
                return null;
            }

            previousWord = word;
            position = wordEnd;
        }

        return null;
    }

    /// <summary>The word after the space at <paramref name="space"/>, without the punctuation after it.</summary>
    private static string NextWord(string sentence, int space)
    {
        var start = space + 1;
        var end = start;
        while (end < sentence.Length && char.IsLetter(sentence[end]))
        {
            end++;
        }

        return sentence[start..end];
    }

    /// <summary>
    /// Whether a date is written at <paramref name="position"/>, and the dates it gives (their
    /// Words the expression): none when it is no real date or a choice of dates, or when it has
    /// no year and the text gave none before it.
    /// </summary>
    private static (bool Written, ExtractedDate[]? Dates) ReadAt(string sentence, int position, DateRule rule, Func<int, string?>? yearAt)
    {
        var expression = DateExpression().Match(sentence, position);
        if (expression.Success && expression.Index == position)
        {
            return (true, IsAmbiguous(sentence, expression) ? null : Read(expression, rule, expression.Value));
        }

        var yearless = YearlessDate().Match(sentence, position);
        if (!yearless.Success || yearless.Index != position)
        {
            return (false, null);
        }

        var date = yearAt?.Invoke(position) is { } year ? Date(year, yearless.Groups["m1"].Value, yearless.Groups["d1"].Value) : null;
        return (true, date is null ? null : [date with { Label = rule.First, Words = yearless.Value }]);
    }

    [GeneratedRegex(@"^\s+(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}(?:coup|coups|war|attack|attacks|offensive|rebellion|uprising|insurgency|crisis|election|elections|massacre|ambush|battle|agreement|accords?|ceasefire|mutiny)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EventNounAfter();

    [GeneratedRegex(@"\b(?:coup|war|rebellion|uprising|insurgency|crisis|conflict|election|elections|massacre|offensive|revolution)\s+of\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex EventNounBefore();

    /// <summary>"late", "early", "mid" (or "mid-") before a date: the qualifier, with <paramref name="position"/> moved past it.</summary>
    private static string? QualifierAt(string sentence, ref int position)
    {
        foreach (var qualifier in DateRules.Qualifiers)
        {
            var rest = sentence.AsSpan(position);
            if (rest.StartsWith(qualifier, StringComparison.OrdinalIgnoreCase) && rest.Length > qualifier.Length + 1 && rest[qualifier.Length] is ' ' or '-')
            {
                position += qualifier.Length + 1;
                // "c. 1970", "ca. 1970", "around 1970": circa, however it is written.
                return qualifier is "c." or "ca." or "around" or "about" or "approximately" ? "circa" : qualifier;
            }
        }

        return null;
    }

    /// <summary>The last year <paramref name="text"/> writes, not counting document numbers.</summary>
    private static string? LastYear(string text)
    {
        string? year = null;
        foreach (Match match in YearInText().Matches(text))
        {
            var before = text[..match.Index].TrimEnd();
            var lastSpace = before.LastIndexOf(' ');
            if (!DateRules.DocumentWords.Contains(before[(lastSpace + 1)..]))
            {
                year = match.Value;
            }
        }

        return year;
    }

    /// <summary>"captured the town of Tessalit and its MINUSMA base in late" → "captured the town of Tessalit and its MINUSMA base".</summary>
    private static string WhatHappened(string words)
    {
        var what = words.Trim().TrimEnd(',');
        foreach (var tail in (string[])[" late", " early", " mid", " in", " on", " by", " during", " around"])
        {
            if (what.EndsWith(tail, StringComparison.OrdinalIgnoreCase))
            {
                what = what[..^tail.Length].TrimEnd(' ', ',');
            }
        }

        return what;
    }

    /// <summary>
    /// The period a sentence gives: "Between March and August 2022" (from 2022-03 to 2022-08),
    /// "from its formation in 2014 until 2023", "since 2019". Either end may be missing.
    /// </summary>
    public static (string? From, string? To) Period(string sentence)
    {
        string? from = null;
        string? to = null;
        if (PeriodStart().Match(sentence) is { Success: true } start)
        {
            var dates = FirstDateAfter(sentence, start.Index + start.Length, maxWords: 6);
            from = dates?[0].Value;
            to = dates is { Length: > 1 } ? dates[1].Value : null;
            // ("from 2005 and was Minister … from March to December 2007": an end past "and" is another period's.)
            if (to is null && PeriodEnd().Match(sentence, start.Index + start.Length) is { Success: true } end
                && !sentence.AsSpan(start.Index, end.Index - start.Index).Contains(" and ", StringComparison.Ordinal))
            {
                to = EndAfter(sentence, end);
            }
        }
        else
        {
            from = StartAfterOpening(sentence);
            if (PeriodEndAlone().Match(sentence) is { Success: true } end)
            {
                // "It was led by Jafar Dicko until 2019": an end without a start.
                to = EndAfter(sentence, end);
            }
        }

        return (from, to);
    }

    /// <summary>
    /// The start an opening clause "After …" dates: "After Yusuf was killed in police custody in 2009 it was led by Abubakar
    /// Shekau" began with the deed it dates.
    /// </summary>
    public static string? StartAfterOpening(string sentence) =>
        OpeningAfter().Match(sentence) is { Success: true } opening ? FirstDateAfter(opening.Value, 0, maxWords: 12)?[0].Value : null;

    /// <summary>
    /// The date a period ends at, after its "to" or "until": "to 2010"; "until he was overthrown on 24
    /// January 2022", "until the coup of 18 August 2020", "until his death in April 2021" — what ended it,
    /// dated in the same clause ("until he fled to Senegal, where he died in 2006" is no end, nor the
    /// election one resigned "to stand in").
    /// </summary>
    private static string? EndAfter(string sentence, Match end)
    {
        var from = end.Index + end.Length;
        if (end.Value == "to")
        {
            return FirstDateAfter(sentence, from, maxWords: 2)?[0].Value;
        }

        var clause = ClauseEnd().Match(sentence, from) is { Success: true } stop ? sentence[..stop.Index] : sentence;
        return FirstDateAfter(clause, from, maxWords: 10)?[0].Value;
    }

    private static ExtractedDate[]? FirstDateAfter(string sentence, int position, int maxWords)
    {
        var rule = new DateRule([], "", DateLabel.Start, DateLabel.End);
        for (var word = 0; word <= maxWords && position < sentence.Length; word++)
        {
            while (position < sentence.Length && sentence[position] is ' ' or ',')
            {
                position++;
            }

            var expression = DateExpression().Match(sentence, position);
            if (expression.Success && expression.Index == position)
            {
                return Read(expression, rule, expression.Value);
            }

            var next = sentence.IndexOf(' ', position);
            if (next < 0)
            {
                return null;
            }

            position = next;
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:[Bb]etween|[Ff]rom|[Ss]ince)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodStart();

    /// <summary>A sentence's opening clause "After …" up to its main clause's subject or a comma.</summary>
    [GeneratedRegex(@"^(?:After|Following)\s[^,;:]*?(?=,|\s(?:it|he|she|they)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningAfter();

    [GeneratedRegex(@"\b(?:until|till|to)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodEnd();

    [GeneratedRegex(@"\b(?:until|till)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodEndAlone();

    /// <summary>Where a clause ends: a stop, a conjunction, or an infinitive of purpose ("until he resigned to stand in the election of July 2009").</summary>
    [GeneratedRegex(@"[,;:(]|\s(?:and|but|when|where|after|before|then)\s|\sto\s+(?!(?:the|a|an|power|office|exile)\b)\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseEnd();

    /// <summary>"born around 1959 or 1966": a choice of dates is no date.</summary>
    private static bool IsAmbiguous(string sentence, Match expression) =>
        OrAnotherDate().IsMatch(sentence.AsSpan(expression.Index + expression.Length));

    private static ExtractedDate[]? Read(Match m, DateRule rule, string words)
    {
        var year2 = m.Groups["y2"].Value;
        var year1 = m.Groups["y1"].Success ? m.Groups["y1"].Value : year2;
        var month2 = m.Groups["m2"].Success ? m.Groups["m2"].Value : m.Groups["m1"].Value;
        // "10 and 14 November": a day without its month shares the other's; "1970 – May 2017": a year alone stays a year.
        var month1 = m.Groups["m1"].Success ? m.Groups["m1"].Value : m.Groups["d1"].Success ? month2 : "";
        var first = Date(year1, month1, m.Groups["d1"].Value);
        if (first is null)
        {
            return null;
        }

        if (!m.Groups["y2"].Success && !m.Groups["ya"].Success)
        {
            return [first with { Label = rule.First, Words = words }];
        }

        var second = m.Groups["ya"].Success ? Date(m.Groups["ya"].Value, "", "") : Date(year2, month2, m.Groups["d2"].Value);
        if (second is null || string.CompareOrdinal(first.Value, second.Value) > 0)
        {
            return null;
        }

        second = m.Groups["c2"].Success ? second with { Qualifier = "circa" } : second;
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
        // A span whose ends are known to different precisions: "16 February 1973 – August 2021".
        $@"|(?<d1>\d{{1,2}}) (?<m1>{Month})\.?,? (?<y1>\d{{4}}) ?[-–] ?(?<m2>{Month}),? (?<y2>\d{{4}})" +
        $@"|(?<m1>{Month})\.? (?<d1>\d{{1,2}}),? (?<y1>\d{{4}}) ?[-–] ?(?<m2>{Month}),? (?<y2>\d{{4}})" +
        $@"|(?<m1>{Month}),? (?<y1>\d{{4}}) ?[-–] ?(?<d2>\d{{1,2}}) (?<m2>{Month})\.?,? (?<y2>\d{{4}})" +
        $@"|(?<m1>{Month}),? (?<y1>\d{{4}}) ?[-–] ?(?<m2>{Month})\.? (?<d2>\d{{1,2}}),? (?<y2>\d{{4}})" +
        // "from 15 April 1974 to 1989": a day, then a year alone (its own, not the first end's month)
        $@"|(?<d1>\d{{1,2}}) (?<m1>{Month})\.?,? (?<y1>\d{{4}}) (?:to|until|[-–]) (?<ya>\d{{4}})(?! ?(?:[-–]|\d))" +
        $@"|(?<m1>{Month})\.? (?<d1>\d{{1,2}}),? (?<y1>\d{{4}}) (?:to|until|[-–]) (?<ya>\d{{4}})(?! ?(?:[-–]|\d))" +
        // "c. 1970 – May 2017", "1954 – 3 March 2024"
        $@"|(?<y1>\d{{4}}) ?[-–] ?(?<m2>{Month}),? (?<y2>\d{{4}})" +
        $@"|(?<y1>\d{{4}}) ?[-–] ?(?<d2>\d{{1,2}}) (?<m2>{Month})\.?,? (?<y2>\d{{4}})" +
        // "from February to 11 March 2012", "from 20 February to March 2012": a month and a day, the year written once
        $@"|(?<m1>{Month}) (?:to|until|[-–]) (?<d2>\d{{1,2}}) (?<m2>{Month})\.?,? (?<y2>\d{{4}})" +
        $@"|(?<d1>\d{{1,2}}) (?<m1>{Month})\.? (?:to|until|[-–]) (?<m2>{Month}),? (?<y2>\d{{4}})" +
        $@"|(?<m1>{Month}) ?(?:and|to|[-–]) ?(?<m2>{Month}),? (?<y2>\d{{4}})" +
        // "c. 1217 – c. 1255": each end uncertain
        $@"|(?<y1>\d{{4}}) ?[-–] ?(?<c2>c\.|ca\.|circa) ?(?<y2>\d{{4}})" +
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

    // Full month names, capitalised: without a year beside it, "may" or "march" is no date.
    internal const string MonthName = "January|February|March|April|May|June|July|August|September|October|November|December";

    /// <summary>A date without its year: "November 14", "14 November", "October".</summary>
    [GeneratedRegex(
        $@"(?:(?<m1>{MonthName}) (?<d1>\d{{1,2}})(?!\d)(?!,? \d)|(?<d1>\d{{1,2}}) (?<m1>{MonthName})(?!,? \d)|(?<m1>{MonthName})(?!,? \d))(?![\w])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex YearlessDate();

    [GeneratedRegex(@"(?<![\d\w-])(?:1[0-9]{3}|20[0-9]{2})(?![\d\w])", RegexOptions.CultureInvariant)]
    private static partial Regex YearInText();
}
