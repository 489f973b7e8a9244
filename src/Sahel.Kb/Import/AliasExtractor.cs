using System.Text.RegularExpressions;
using Sahel.Kb.Domain;
using Sahel.Kb.Text;

namespace Sahel.Kb.Import;

/// <summary>A name found for an article, and how it was found.</summary>
public sealed record AliasCandidate(string Name, AliasOrigin Origin);

/// <summary>A parenthesis that gives acronyms for the name just before it: "Coordination of Azawad Movements (CMA)".</summary>
public sealed record AcronymDefinition(string Name, IReadOnlyList<string> Acronyms, int Position);

/// <summary>
/// Part of stage 5 (linking): the names an article's own title and summary give it: the title without its
/// parenthetical, the acronyms and full name of the opening ("Jama'at Nusrat ul-Islam wa
/// al-Muslimin (, JNIM; , GSIM; ) is ..."), "also known as" phrasings, and a birth name ("(born Lehbib Ould Ali; …").
/// </summary>
public static partial class AliasExtractor
{
    /// <summary>Phrases that introduce another name of the subject, within its first two sentences.</summary>
    public static readonly IReadOnlyList<string> AlsoKnownAsPhrases =
    [
        "also known as", "also called", "better known as", "alias", "alternatively spelled", "alternatively spelt",
        "also spelled", "also spelt", "sometimes spelled", "romanised as", "romanized as", "also transliterated as",
        "formerly known as", "formerly called", "formerly", "also referred to as", "commonly known as", "commonly called",
        "often known as", "often called", "often referred to as", "widely known as", "popularly known as", "sometimes known as", "sometimes called",
        // "Faya-Largeau, or simply Faya, is …"
        "or simply", "simply called", "simply known as",
        // "In 2021 it was renamed Operation Hadin Kai": its later name is its name too.
        "renamed", "renamed as", "rebranded as",
        // "It was founded as Fort-Lamy by the French in 1900": its first name is its name too.
        "founded as", "established as",
        // "officially PMC Wagner", "officially referred to as the Accord for Peace and Reconciliation in Mali"; "officially the deadliest" names nothing.
        "officially known as", "officially referred to as", "officially called", "officially named", "officially titled", "officially",
        // "The Treaty of Niamey, formally the Treaty establishing the Confederation of Sahel States, was …"
        "formally known as", "formally called", "formally",
        // "often known by his initials IBK"
        "known by his initials", "known by her initials", "known by its initials", "known by the initials", "known by the acronym",
        // A name in a language of the region, as the opening's bracket gives it: "(AES; French: Alliance des États du Sahel)".
        "French:", "Arabic:", "Zarma:", "Hausa:", "Tamasheq:", "Fula:", "Fulfulde:", "Songhay:", "Bambara:",
        // ... and its transliteration: "(Bambara: <N'Ko script> tr. Kidal Dineja)".
        "tr.",
    ];

    private static readonly Regex s_alsoKnownAs = new(
        // ("Anéfis (also Anefif) is …": "also" opening a bracket, before a name; "known until 2022 as the Islamic State in the Greater Sahara":
        // its former name, with the year it changed; "founded in 2002 as the Darfur Liberation Front", "Founded by the French in 1899 as Fort
        // Archambault": the name it began with, and when.)
        // ("The 33rd Parachute Commando Regiment (…), known as the Red Berets, is …": after the opening name and its bracket, a
        // name the subject goes by; not "commanded by Mohamed Hamdan Dagalo, known as Hemedti", another's.)
        $@"(?:\b(?:{string.Join('|', AlsoKnownAsPhrases.OrderByDescending(p => p.Length).Select(Regex.Escape))})\s+|\((?:also|or)\s+(?=\p{{Lu}})|(?<=^(?:The\s+)?[^,.;()]{{1,120}}?(?:\s*\([^()]*\))?),\s+known\s+as\s+(?=(?:the\s+)?\p{{Lu}})|\bknown\s+(?:until|before)\s+(?:\d{{1,2}}\s+)?(?:\p{{Lu}}\p{{Ll}}+\s+)?\d{{4}}\s+as\s+" +
        $@"|\b(?:[Ff]ounded|[Ff]ormed|[Cc]reated|[Ee]stablished)\s+(?:by\s+(?:the\s+)?\p{{L}}+\s+)?(?:in|on)\s+(?:\d{{1,2}}\s+)?(?:\p{{Lu}}\p{{Ll}}+\s+)?\d{{4}}\s+as\s+(?=(?:the\s+)?\p{{Lu}}))", RegexOptions.CultureInvariant);

    public static IReadOnlyList<AliasCandidate> Extract(string title, string summary)
    {
        var aliases = new List<AliasCandidate>();
        var shortTitle = ShortTitle(title);
        if (shortTitle is not null)
        {
            aliases.Add(new AliasCandidate(shortTitle, AliasOrigin.ShortTitle));
        }

        var titleKeys = new HashSet<string>(StringComparer.Ordinal) { TextFold.Key(title), TextFold.Key(shortTitle ?? title) };
        var opening = Sentences.Split(summary).Take(2).ToList();

        var alsoKnownAs = new List<AliasCandidate>();
        var openingText = opening.Count > 0 ? summary[..(opening[^1].Start + opening[^1].Length)] : summary;
        foreach (Match phrase in s_alsoKnownAs.Matches(openingText))
        {
            var valueStart = phrase.Index + phrase.Length;
            // "also known as the Blue Helmets": the name starts after the article.
            if (openingText.AsSpan(valueStart).StartsWith("the ", StringComparison.Ordinal))
            {
                valueStart += 4;
            }

            // "(Songhay: "Masters of the Land")": a language's name in double quotes is a translation, no name.
            var isLanguage = phrase.Value.TrimEnd().EndsWith(':');
            var name = Quoted().Match(openingText, valueStart) is { Success: true } quoted && quoted.Index == valueStart
                ? isLanguage && quoted.Value.StartsWith('"') ? null : quoted.Groups["name"].Value
                : isLanguage
                    ? LanguageName(openingText, valueStart)
                    : IsFormal(phrase.Value)
                        ? FormalTitle(openingText, valueStart) ?? (ProperNames.RunAfter(openingText, valueStart) is { } run && run.Contains(' ', StringComparison.Ordinal) ? run : null)
                        : WholeName(openingText, valueStart, ProperNames.RunAfter(openingText, valueStart));
            // ("… it was renamed Operation Hadin Kai ...": a name that runs into the mirror's cut may be cut; none.)
            if (name is not null && name.Length > 1 && !name.EndsWith('…'))
            {
                alsoKnownAs.Add(new AliasCandidate(name, AliasOrigin.AlsoKnownAs));
                // ("officially Jama'atu Ansarul Muslimina fi Biladis Sudan (Vanguard for the Protection of Muslims in Black Africa)": that name's rendering too.)
                if (openingText.AsSpan(valueStart).StartsWith(name, StringComparison.Ordinal) && RenderingAt(openingText, valueStart + name.Length) is { } rendered)
                {
                    alsoKnownAs.Add(rendered);
                }
            }

            // "(Arabic: أنصار الدين, Anṣār ad-Dīn, "Helpers of the Religion")": a name in Latin letters after the script is its
            // romanisation, a name too; one in double quotes is a translation.
            if (phrase.Value.TrimEnd().EndsWith(':'))
            {
                var bracketEnd = openingText.IndexOfAny([')', ';'], valueStart);
                var elements = openingText[valueStart..(bracketEnd < 0 ? openingText.Length : bracketEnd)].Split(',', StringSplitOptions.TrimEntries);
                alsoKnownAs.AddRange(elements.Skip(1)
                    .Select(e => e.Trim('\'', '*'))
                    .Where(e => Romanised().IsMatch(e) && !ProperNames.IsAcronym(e) || NumberedUnit().IsMatch(e))
                    .Select(e => new AliasCandidate(e, AliasOrigin.AlsoKnownAs)));
            }
        }

        // "Idriss Déby Itno (18 June 1952 – …) was …": the fuller name the summary opens with is the subject's;
        // so is "Sidi Mohamed Ould Cheikh Abdallahi (…)" for "Sidi Ould Cheikh Abdallahi", a name given between.
        var openingRun = ProperNames.RunAfter(summary, 0);
        // ("Yacouba Isaac Zida (born 1965) is …" for "Isaac Zida": a given name before the whole title, where a life's bracket follows;
        // "Mahamat Idriss Déby Itno (born 4 April 1984)" for "Mahamat Déby": names between and after, the same.)
        if (openingRun is not null && StripArticle(openingRun) is var openingName
            && summary.AsSpan(openingRun.Length).TrimStart().StartsWith("(", StringComparison.Ordinal)
            && (IsFullerName(TextFold.Key(openingName), TextFold.Key(shortTitle ?? title))
                || LifeBracket().IsMatch(summary[openingRun.Length..])
                    && (IsGivenNameBefore(TextFold.Key(openingName), TextFold.Key(shortTitle ?? title)) || IsFullerName(TextFold.Key(openingName), TextFold.Key(shortTitle ?? title), anyEnd: true))))
        {
            alsoKnownAs.Add(new AliasCandidate(openingName, AliasOrigin.FullName));
        }

        // "The Agreement for Peace and Reconciliation in Mali resulting from the Algiers Process, commonly called the Bamako Agreement, …":
        // the name the summary opens with, before another name of the subject, is the subject's too.
        // ("Mohamed Ould Cheikh … Ould Ghazouani (born 4 December 1956), commonly known as …": a bracket may stand between, after the whole name.)
        if (OpeningThenAnotherName().Match(summary) is { Success: true } renamed && ProperNames.RunAfter(summary, renamed.Groups["name"].Index) is { } formal
            && formal.Contains(' ', StringComparison.Ordinal) && !titleKeys.Contains(TextFold.Key(formal))
            && WholeBeforeBracket(renamed, formal))
        {
            alsoKnownAs.Add(new AliasCandidate(formal, AliasOrigin.FullName));
        }

        // "The National Gendarmerie of Mali is a branch of …" (titled "Gendarmerie Nationale (Mali)"): the name the summary opens with, before its verb, is the subject's
        // (without a date it is named by: "The Algiers Accord of 4 July 2006 was …").
        var openingStart = summary.StartsWith("The ", StringComparison.Ordinal) ? 4 : 0;
        if (ProperNames.RunAfter(summary, openingStart) is { } named && Copula().IsMatch(summary.AsSpan(openingStart + named.Length))
            && TrailingDate().Replace(named, "") is var subject
            && subject.Contains(' ', StringComparison.Ordinal) && !titleKeys.Any(key => $" {key} ".Contains($" {TextFold.Key(subject)} ", StringComparison.Ordinal))
            && SharesAWord(subject, title))
        {
            alsoKnownAs.Add(new AliasCandidate(subject, AliasOrigin.FullName));
        }

        // "The Boulkessi and Mondoro attacks were …" (titled "2019 Boulkessi And Mondoro Attacks"), "Hodh Ech Chargui (Arabic: …) is
        // the easternmost region …" (titled "… Region"): the title without its year or its kind of place, as the summary opens with it
        // (not "Kidal" for "Kidal Region" when the summary names the town Kidal again: "Its capital is Kidal").
        if (TitleCore(title) is { } core && OpensWith(summary, core, title))
        {
            alsoKnownAs.Add(new AliasCandidate(core, AliasOrigin.ShortTitle));
        }

        // "Tchologo is one of the 31 regions of Ivory Coast" (titled "Tchologo"): the title with the kind of place the summary says it is
        // ("the Tchologo Region"; not "Gao is a city … in the Gao Region", a town, nor "Darfur is a region of western Sudan", a land
        // its compass places.)
        if (TitleCore(title) is null && summary.StartsWith(title + " ", StringComparison.Ordinal) && KindOfPlace().Match(summary, title.Length) is { Success: true } kind)
        {
            alsoKnownAs.Add(new AliasCandidate($"{title} {char.ToUpperInvariant(kind.Groups["noun"].Value[0])}{kind.Groups["noun"].Value[1..]}", AliasOrigin.FullName));
        }

        // "Ber is a small town …" (titled "Ber, Mali"): a place's name without the country that tells it apart.
        if (CommaCountry().Match(title) is { Success: true } place && WantedNameRules.Countries.Contains(place.Groups["country"].Value)
            && summary.StartsWith(place.Groups["core"].Value + " ", StringComparison.Ordinal))
        {
            alsoKnownAs.Add(new AliasCandidate(place.Groups["core"].Value, AliasOrigin.ShortTitle));
        }

        // "Al-Mulathameen (the Masked Men Brigade), also known as …": a name alone in the bracket after the opening name is its rendering.
        if (openingRun is not null && RenderingAt(summary, openingRun.Length) is { } rendering)
        {
            alsoKnownAs.Add(rendering);
        }

        // "(born Lehbib Ould Ali Ould Said Ould Yumani; 16 February 1973 – August 2021)": the name a person was born with is theirs too.
        foreach (Match birth in BirthName().Matches(openingText))
        {
            if (ProperNames.RunAfter(openingText, birth.Index + birth.Length) is { } name && name.Contains(' ', StringComparison.Ordinal))
            {
                alsoKnownAs.Add(new AliasCandidate(name, AliasOrigin.AlsoKnownAs));
            }
        }

        // "also known as Islamic State – Sahel Province (ISSP)": an acronym of another name of the subject is the subject's too.
        var known = titleKeys.Concat(alsoKnownAs.Select(a => TextFold.Key(a.Name))).ToHashSet(StringComparer.Ordinal);
        foreach (var definition in FindAcronymDefinitions(summary))
        {
            // The opening's subject is the name that starts the summary: "The Strategic Framework ... (; CSP-DPA) was ...".
            var isOpeningSubject = StripArticle(summary[..definition.Position].Trim()) == definition.Name;
            if (!isOpeningSubject && !known.Contains(TextFold.Key(definition.Name)))
            {
                continue;
            }

            if (!known.Contains(TextFold.Key(definition.Name)))
            {
                aliases.Add(new AliasCandidate(definition.Name, AliasOrigin.FullName));
            }

            aliases.AddRange(definition.Acronyms.Select(a => new AliasCandidate(a, AliasOrigin.Acronym)));
        }

        aliases.AddRange(alsoKnownAs);

        return Distinct(aliases, title);
    }

    /// <summary>
    /// A name after a language tag, as that language writes it, lower-case words and all: "French:
    /// Front de libération du Macina, FLM" gives "Front de libération du Macina". It ends at the
    /// bracket's next separator or a transliteration ("tr.") or translation ("lit.").
    /// </summary>
    private static string? LanguageName(string text, int start)
    {
        var end = LanguageNameEnd().Match(text, start) is { Success: true } stop ? stop.Index : text.Length;
        var name = text[start..end].Trim();
        return name.Length > 0 && name.Any(char.IsLetter) && name.Split(' ').Length <= 12 ? name : null;
    }

    [GeneratedRegex(@"[;,)]|\s(?:tr|lit)\.", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageNameEnd();

    /// <summary>Every parenthesis holding acronyms, with the name that stands before it.</summary>
    public static IEnumerable<AcronymDefinition> FindAcronymDefinitions(string text)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        while (open >= 0)
        {
            var close = MatchingParenthesis(text, open);
            if (close < 0)
            {
                yield break;
            }

            var acronyms = AcronymToken().Matches(text[(open + 1)..close])
                .Select(m => m.Value)
                .Where(a => ProperNames.IsAcronym(a) || IsNamedAcronym(a))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            // ("The National Alliance for the Protection of Peul Identity and the Restoration of Justice (ANSIPRJ) is …": the name a
            // text opens with is one name, "and the" and all.)
            if (acronyms.Count > 0 && ProperNames.RunBefore(text, open) is { } run
                && WithoutOpeners(StripArticle(text[..open].TrimEnd()) == StripArticle(run) ? run : AfterLastAndThe(run)) is { } name && !WantedNameRules.NotNames.Contains(name))
            {
                yield return new AcronymDefinition(StripArticle(name), acronyms, open);
            }

            open = text.IndexOf('(', close);
        }
    }

    /// <summary>"the government of Mali and the Unified Movements and Fronts of Azawad (MFUA)": the name before the bracket is the last of the two.</summary>
    public static string AfterLastAndThe(string run)
    {
        var at = run.LastIndexOf(" and the ", StringComparison.Ordinal);
        return at < 0 ? run : run[(at + " and the ".Length)..];
    }

    /// <summary>"In 2012 the Movement for Unity (MU)": the words that open the sentence are not the name's.</summary>
    private static string WithoutOpeners(string run)
    {
        var words = WantedNameRules.WithoutMembersOf(run).Split(' ');
        var first = 0;
        while (first < words.Length - 1 && (WantedNameRules.NotNames.Contains(words[first]) && !WantedNameRules.OpensBodyName(words[first], words[first + 1]) || char.IsDigit(words[first][0]) || ProperNames.Particles.Contains(words[first])))
        {
            first++;
        }

        return string.Join(' ', words[first..]);
    }

    /// <summary>"Battle of Kidal (2023)" gives "Battle of Kidal"; a title without a parenthetical gives null.</summary>
    public static string? ShortTitle(string title)
    {
        var match = TrailingParenthetical().Match(title);
        return match.Success && match.Index > 0 ? title[..match.Index].TrimEnd() : null;
    }

    /// <summary>"Presidential Guard (Niger)" gives "Niger", what the title is told apart by; a title without a parenthetical gives null.</summary>
    public static string? TitleQualifier(string title)
    {
        var match = TrailingParenthetical().Match(title);
        return match.Success && match.Index > 0 ? match.Value.Trim()[1..^1] : null;
    }

    /// <summary>One more name before the whole of another: "Yacouba Isaac Zida" of "Isaac Zida".</summary>
    private static bool IsGivenNameBefore(string fuller, string name) =>
        fuller.EndsWith(" " + name, StringComparison.Ordinal) && !fuller[..^(name.Length + 1)].Contains(' ', StringComparison.Ordinal);

    /// <summary>A person's bracket after the name the summary opens with: "(born 1965)", "(1938 – 22 November 2020)".</summary>
    [GeneratedRegex(@"^\s*\((?:born\s|\d{4}\s*[–-]|\d{1,2}\s+\p{L}+\s+\d{4}\s*[–-])", RegexOptions.CultureInvariant)]
    private static partial Regex LifeBracket();

    /// <summary>A unit's short form that opens with its number: "33e RCP", "2e REP", "1st RCP".</summary>
    [GeneratedRegex(@"^\d{1,3}(?:e|er|re|ème|st|nd|rd|th)\s+\p{Lu}{2,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedUnit();

    /// <summary>
    /// A name with the same first and last words as another and all its words in order, and more:
    /// "Idriss Déby Itno" of "Idriss Déby"; with <paramref name="anyEnd"/>, whatever it ends with
    /// ("Mahamat Idriss Déby Itno" of "Mahamat Déby"). A word may carry the Arabic article the other leaves
    /// off ("Ibrahim Yaqoub El-Zakzaky" of "Ibrahim Zakzaky").
    /// </summary>
    private static bool IsFullerName(string fuller, string name, bool anyEnd = false)
    {
        var (longer, shorter) = (fuller.Split(' '), name.Split(' '));
        if (longer.Length <= shorter.Length || !IsSameWord(longer[0], shorter[0]))
        {
            return false;
        }

        // Its words in order, the first at the start: then the rest of the fuller name may follow the last ("Itno").
        var at = 0;
        foreach (var word in longer)
        {
            if (at < shorter.Length && IsSameWord(word, shorter[at]))
            {
                at++;
            }
        }

        return at == shorter.Length && (anyEnd || IsSameWord(longer[^1], shorter[^1]) || fuller.StartsWith(name + " ", StringComparison.Ordinal));
    }

    /// <summary>One word of a name, with or without the Arabic article before it: "el-zakzaky" and "zakzaky".</summary>
    private static bool IsSameWord(string one, string other) =>
        one == other || WithoutArabicArticle(one) == WithoutArabicArticle(other);

    private static string WithoutArabicArticle(string word) =>
        word.Length > 3 && word[2] == '-' && word[..2] is "el" or "al" ? word[3..] : word;

    /// <summary>
    /// The name that starts at <paramref name="start"/> as the linker reads it, when it runs on past
    /// <paramref name="run"/>: "formerly the Islamic State in the Greater Sahara", not "Islamic State".
    /// </summary>
    private static string? WholeName(string text, int start, string? run)
    {
        if (run is null)
        {
            return null;
        }

        var rest = text[start..];
        return NameCandidates.Find(rest, []).FirstOrDefault(c => c.Start == 0) is { } whole && whole.Length > run.Length && rest.StartsWith(whole.Name, StringComparison.Ordinal)
            ? whole.Name
            : run;
    }

    /// <summary>Whether a name the match opens with ends where the match's bracket opens: "Mohamed … Ould Ghazouani (born …)", not "Islamic State | in the Greater Sahara (ISGS)".</summary>
    private static bool WholeBeforeBracket(Match opening, string name)
    {
        var bracket = opening.Value.IndexOf('(', StringComparison.Ordinal);
        var end = opening.Groups["name"].Index + name.Length;
        return bracket < 0 || opening.Value.AsSpan(end, bracket - end).IsWhiteSpace();
    }

    /// <summary>
    /// After "formally" or "officially", a document's full title to the comma, lower-case words and all:
    /// "the Treaty establishing the Confederation of Sahel States". Null when the words are not one.
    /// </summary>
    private static string? FormalTitle(string text, int start)
    {
        var end = text.IndexOfAny([',', ';', '(', ')', '.'], start);
        var words = text[start..(end < 0 ? text.Length : end)].Trim().Split(' ');
        // ("officially the Jeddah Declaration of Commitment to Protect the Civilians of Sudan": the document's word may follow its place.)
        return words.Length is >= 3 and <= 12 && ProperNames.IsNameWord(words[0]) && ProperNames.IsNameWord(words[^1])
            && (DateRules.DocumentWords.Contains(words[0]) || words.Take(3).Any(w => KindRules.TitleWords[ArticleKind.Agreement].Contains(w.ToLowerInvariant())))
            ? string.Join(' ', words)
            : null;
    }

    /// <summary>"formally", "officially …": a full title follows, of more than one word ("officially the deadliest" names nothing).</summary>
    private static bool IsFormal(string phrase) => phrase.StartsWith("formally", StringComparison.Ordinal) || phrase.StartsWith("officially", StringComparison.Ordinal);

    /// <summary>"2019 Boulkessi And Mondoro Attacks" gives "Boulkessi And Mondoro Attacks", "Hodh Ech Chargui Region" gives "Hodh Ech Chargui", "Yobe State" "Yobe", "Zamzam camp" "Zamzam"; others null.</summary>
    private static string? TitleCore(string title) => TitleYearOrPlaceNoun().Match(title) is { Success: true } m ? m.Groups["core"].Value : null;

    /// <summary>Whether the summary opens with the name (after "The") but not with the whole title, and a place's name is not written again after it.</summary>
    private static bool OpensWith(string summary, string name, string title)
    {
        var start = summary.StartsWith("The ", StringComparison.Ordinal) ? 4 : 0;
        if (summary.AsSpan(start).StartsWith(title, StringComparison.OrdinalIgnoreCase) || summary.Length <= start + name.Length || !summary.AsSpan(start, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
            || char.IsLetterOrDigit(summary[start + name.Length]))
        {
            return false;
        }

        // ("Its capital is Kidal": the name again, as its town's; "Yobe borders Niger" names the subject again.)
        return char.IsDigit(name[0]) || !NamesATownAgain(summary, name, start + name.Length);
    }

    /// <summary>Whether <paramref name="name"/> stands again after <paramref name="from"/> as a town's: "Its capital is Kidal", "the town of Kidal".</summary>
    private static bool NamesATownAgain(string summary, string name, int from)
    {
        for (var at = summary.IndexOf(name, from, StringComparison.Ordinal); at >= 0; at = summary.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            if (TownWordsBefore().IsMatch(summary.AsSpan(Math.Max(0, at - 40), Math.Min(at, 40))))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:capital|town|city|seat|headquarters|chief town)\b[^.;]{0,12}$", RegexOptions.CultureInvariant)]
    private static partial Regex TownWordsBefore();

    /// <summary>A proper name of more than one word alone in the bracket at <paramref name="at"/>: the name before it, rendered.</summary>
    private static AliasCandidate? RenderingAt(string text, int at) =>
        RenderingBracket().Match(text, at) is { Success: true } rendering
            && WantedNameRules.IsProperName(rendering.Groups["name"].Value) && rendering.Groups["name"].Value.Contains(' ', StringComparison.Ordinal)
            ? new AliasCandidate(rendering.Groups["name"].Value, AliasOrigin.AlsoKnownAs)
            : null;

    /// <summary>" is one of the 31 regions of", " is a department in": the kind of division a place's summary opens by saying it is (not where by the compass).</summary>
    [GeneratedRegex(@"\G\s+is\s+(?:a|an|one\s+of\s+the\s+(?:\d+|[a-z]+))\s+(?:[a-z-]+\s+){0,2}?(?<noun>region|province|department|cercle|prefecture)s?\s+(?:of|in)\s+(?!(?:the\s+)?(?:north|south|east|west|cent)[a-z-]*\s)", RegexOptions.CultureInvariant)]
    private static partial Regex KindOfPlace();

    [GeneratedRegex(@"^(?<core>\p{Lu}[^,]*), (?<country>\p{Lu}[^,]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex CommaCountry();

    [GeneratedRegex(@"^(?:\d{4} (?<core>\p{Lu}.+)|(?<core>\p{Lu}.+) (?:Region|Province|Cercle|District|Department|Prefecture|Governorate|State|[Cc]amp))$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleYearOrPlaceNoun();

    /// <summary>Drops a leading "The"/"the": "The Coordination of Azawad Movements" names "Coordination of Azawad Movements".</summary>
    public static string StripArticle(string name) =>
        name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;

    private static int MatchingParenthesis(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '(')
            {
                depth++;
            }
            else if (text[i] == ')' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The first of each alias key, leaving out the title's own key and names without one.</summary>
    public static List<AliasCandidate> Distinct(IEnumerable<AliasCandidate> aliases, string title)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { Alias.CreateKey(title) };
        return aliases.Where(a => Alias.CreateKey(a.Name) is { Length: > 0 } key && seen.Add(key)).ToList();
    }

    [GeneratedRegex(@"\s*\([^()]*\)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingParenthetical();

    /// <summary>
    /// " (the Masked Men Brigade)" right after the opening name: the bracket holds a name and nothing else; so does a
    /// translation's (" (French for "The Citizen's Broom")", the name without the language's words).
    /// </summary>
    [GeneratedRegex(@"\G\s\((?:(?:French|Arabic|Hausa|Fula|Tamasheq|Bambara|Songhay|Zarma|Mooré|Wolof)\s+for\s+[""“])?(?:[Tt]he\s)?(?<name>\p{Lu}[^();,:""“”]{2,80}?)[""”]?\)", RegexOptions.CultureInvariant)]
    private static partial Regex RenderingBracket();

    /// <summary>An opening name, perhaps a few lower-case words about it, then a comma and another name: "The X resulting from Y, commonly called the Z".</summary>
    [GeneratedRegex(@"^(?:The\s+)?(?<name>\p{Lu})(?:[^,.;()]|\([^()]*\)){0,160},\s+(?:also|commonly|better|officially|often|sometimes|formerly|popularly)\s+(?:known\s+as|called|referred\s+to\s+as|named)\s", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningThenAnotherName();

    /// <summary>"(born Lehbib …", "(née Traoré …": a capitalised name, not a date ("(born 3 May 1960)", "(born in Kidal)").</summary>
    [GeneratedRegex(@"\((?:born|née|né)\s+(?=\p{Lu}\p{Ll})(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex BirthName();

    /// <summary>
    /// "PNDS-Tarayya", "UFDD-Fundamental": an acronym and a word joined by a hyphen, as parties and
    /// factions write their short form.
    /// </summary>
    /// <remarks><see cref="AcronymToken"/> gives the shape: an acronym, a hyphen, a capital and small letters (one word: "MPN-Kiishin Kassa" is none);
    /// it also keeps a movement's army after a slash whole ("SLM/A").</remarks>
    private static bool IsNamedAcronym(string token) =>
        char.IsLower(token[^1]) && token.LastIndexOf('-') is var hyphen and > 0 && ProperNames.IsAcronym(token.AsSpan(0, hyphen));

    [GeneratedRegex(@"(?<![\w-])[A-Z][A-Z0-9-]*(?:[a-z][A-Z0-9-]*)?[A-Z0-9](?:/[A-Z]{1,2}|-\p{Lu}[\p{Ll}']+(?!\s+\p{Lu}))?(?![\w/-])", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymToken();

    /// <summary>Whether two names share a word of four letters or more: "National Gendarmerie of Mali" and "Gendarmerie Nationale (Mali)".</summary>
    private static bool SharesAWord(string name, string title) =>
        TextFold.Key(name).Split(' ').Where(w => w.Length >= 4).Intersect(TextFold.Key(title).Split(' ')).Any();

    /// <summary>"The Algiers Accord of 4 July 2006 was …": the date after a name is no part of it.</summary>
    [GeneratedRegex(@" of (?:\d{1,2} )?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingDate();

    [GeneratedRegex(@"^ (?:is|was|are|were) ", RegexOptions.CultureInvariant)]
    private static partial Regex Copula();

    /// <summary>A name in Latin letters, capitalised, of one to six words: not a quoted translation, not a note ("lit. …").</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{M}'’-]*(?: [\p{L}\p{M}'’-]+){0,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex Romanised();

    /// <summary>The brackets that open with a language's name ("(Arabic: …)", "( Bambara: …)"): they restate the subject's name.</summary>
    public static IEnumerable<(int Start, int End)> LanguageBrackets(string text)
    {
        foreach (Match bracket in LanguageBracket().Matches(text))
        {
            var close = MatchingParenthesis(text, bracket.Index);
            yield return (bracket.Index, close < 0 ? text.Length : close);
        }
    }

    [GeneratedRegex(@"\(\s*(?:Arabic|French|Zarma|Hausa|Tamasheq|Fula|Fulfulde|Songhay|Bambara|Berber|Tuareg|Dogon|Mooré|Wolof|English):", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageBracket();

    [GeneratedRegex(@"(?:''|""|“)(?<name>[^""”]+?)(?:''|""|”)", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();
}
