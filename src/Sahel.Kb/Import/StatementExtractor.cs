using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Sahel.Kb.Domain;
using Sahel.Kb.Text;

namespace Sahel.Kb.Import;

/// <summary>A name the linker found in a summary: where it stands, and the article it names.</summary>
public sealed record ArticleSpan(int Start, int Length, int ArticleId, ArticleKind Kind);

/// <summary>An article as the statement stage reads it: its names, its kind, its text and the articles the linker found in it.</summary>
/// <summary>An article to read statements from; <paramref name="Died"/>: a person's day of death, if known, for "until his death".</summary>
public sealed record StatementInput(int Id, string Title, ArticleKind Kind, IReadOnlyList<string> Aliases, string PlainSummary, IReadOnlyList<ArticleSpan> Mentions, string? Died = null);

/// <summary>A statement read from a sentence. <see cref="SubjectId"/> is the article it belongs to.</summary>
public sealed record ExtractedStatement(
    int SubjectId,
    StatementProperty Property,
    int? ObjectId,
    string ObjectName,
    IReadOnlyList<KeyValuePair<string, string>> Qualifiers,
    string Evidence)
{
    /// <summary>Qualifiers as stored: "key=value" lines in key order.</summary>
    public string QualifierText => Statement.QualifierText(Qualifiers);

    /// <summary>The fact it states, as <see cref="Statement.Fact"/> knows it.</summary>
    public (int, string, int?, string) Fact => Statement.FactOf(SubjectId, Property.Id, ObjectId, ObjectName);
}

/// <summary>
/// Stage 6, after linking: reads the facts a summary's sentences state (<see cref="StatementRules"/>)
/// between its article and the names in the sentence — the articles the linker found, and the
/// other proper names written there (a name without an article becomes a wanted name). Precision
/// first: a sentence with a hedge ("reportedly", "is believed") states nothing, a rule about the
/// article reads only sentences about it, and an object must be of the kind the rule asks for.
/// </summary>
public static partial class StatementExtractor
{
    /// <summary>Ranks and offices before a person who owns the force before "of": "the … Armed Forces of President Hissène Habré".</summary>
    private const string OwnerRanks = "President|General|Colonel|Commander|Emir|Sheikh|King";

    private const string Item =
        @"(?:@\d+@['’]s\s+)?(?:(?:(?:the|a|an|islamist|jihadist|rebel|armed|militant|separatist|insurgent|allied|foreign|government|pro-government|mutinous|transitional|interim|military|special|female|male|suicide|french|american|chadian|malian|nigerien|burkinabe|russian|algerian|mauritanian|nigerian|international|african)\s+){0,2}(?:fighters|bombers|militants|members|elements|troops|soldiers|paratroopers|commandos|officers|forces|units|gunmen|jihadists|islamists|insurgents|combatants|militiamen|militias|mercenaries|paramilitaries|rebels|helicopters|aircraft|drones|planes|air strikes|airstrikes|strikes|government|governments|state|republic|leaders|heads of state|presidents|representatives|delegations|faction|factions|wing|groups)\s+(?:of|from)\s+)?(?:(?:the|a|an|its|their|his|her|allied|rebel|armed|jihadist|islamist|militant|separatist|insurgent|terrorist|coalition|group|groups|organisation|organization|movement|alliance|militia|party|sect|pro-government|former|brother|son|nephew|cousin|deputy|successor|father|uncle|preacher|cleric|imam|sheikh|leader|commander|colonel|general|captain|lieutenant|officer|politician|businessman|warlord|foreign|musicians?|singers?|rappers?|activists?|journalists?|lawyers?|students?|brothers|fulani|peul|tuareg|arab|songhai|hausa|kanuri|zarma|dogon|bambara|toubou|zaghawa)\s+){0,3}@\d+@(?!['’]s\b)(?:\s+(?:mercenaries|forces|troops|fighters|jihadists|militants|rebels|soldiers|army|militia|units|countries|states|member states|positions|bases|camps(?!\s+(?:for|of)\s+(?:the\s+)?(?:internally\s+)?(?:displaced|refugees))))?(?:\s+of\s+(?:(?:" + OwnerRanks + @")\s+)?@\d+@)?(?!\s+(?:regions|provinces|districts|cercles|areas|branch|branches)\b)";

    /// <summary>One side of "between A and B": one name, or a list that closes with its own "and" ("Ansar Dine, AQIM and MOJWA").</summary>
    private const string Side = $@"(?:{Item}(?:\s*,\s*{Item})+,?\s+and\s+{Item}|{Item})";

    private const string When =
        @"(?:,?\s+(?:on|in|of|at|around|about|early|late|mid|from|to|until|since|and|the\s+(?:night|morning|evening)\s+of|\d{1,2}(?:st|nd|rd|th)?|\d{4}|January|February|March|April|May|June|July|August|September|October|November|December))*,?";

    /// <summary>What of a side an attack hit, before the side's name: "two camps of the", "a convoy belonging to".</summary>
    private const string Target =
        @"(?:(?:a|an|the|its|their|two|three|four|five|six|several|\d+)\s+(?:[a-z-]+\s+){0,2}?(?:camps?|bases?|posts?|outposts?|positions?|convoys?|patrols?|columns?|units?|garrisons?|barracks|checkpoints?)\s+(?:of|belonging to)\s+)?";

    /// <summary>A compass adjective before a place, if one stands there: "northern", "south-eastern".</summary>
    private const string Quarter = @"(?:[a-z-]*(?:northern|southern|eastern|western|central)\s+)?";

    private const string List = $@"{Item}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+(?:with|alongside|and allied)\s+|,?\s+(?:supported|backed|aided){When}\s+by\s+){Item})*";

    private static readonly (StatementRule Rule, Regex? Title, Func<string, bool> Cued, Regex Pattern)[] s_rules = StatementRules.All
        .Select(r => (r, r.Title is null ? null : new Regex(r.Title, RegexOptions.CultureInvariant), RuleCues.Test(r.Pattern), new Regex(r.Pattern.Replace("{LIST}", List, StringComparison.Ordinal).Replace("{ITEM}", Item, StringComparison.Ordinal).Replace("{WHEN}", When, StringComparison.Ordinal).Replace("{SIDE}", Side, StringComparison.Ordinal).Replace("{TARGET}", Target, StringComparison.Ordinal).Replace("{QUARTER}", Quarter, StringComparison.Ordinal), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)))
        .ToArray();

    private static readonly HashSet<string> s_subjectWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "its", "he", "she", "his", "her", "they", "their",
    };

    /// <summary>Nouns a sentence about an article of the kind may start with: "The battle …", "The group …".</summary>
    private static readonly Dictionary<ArticleKind, string[]> s_kindNouns = new()
    {
        [ArticleKind.Event] = ["battle", "offensive", "coup", "attack", "attacks", "operation", "war", "conflict", "rebellion", "siege", "ambush", "raid", "campaign", "massacre", "insurgency", "uprising", "mutiny", "crisis", "fighting", "clashes"],
        [ArticleKind.Group] = ["group", "organisation", "organization", "coalition", "alliance", "movement", "mission", "front", "militia", "company", "force", "army", "party", "framework", "coordination"],
        [ArticleKind.Region] = ["region", "town", "city", "area", "village", "commune", "province", "district", "cercle", "department", "state", "oasis", "lake", "river", "massif", "escarpment", "plateau", "forest"],
        [ArticleKind.Agreement] = ["agreement", "accord", "accords", "treaty", "deal", "ceasefire", "pact"],
        [ArticleKind.Person] = [],
    };

    /// <summary>Titles of a deed of one day ("… massacre", "… attack"): a later month in its lead is another deed's.</summary>
    private static readonly Regex s_attackTitle = new(StatementRules.AttackTitle, RegexOptions.CultureInvariant);

    public static IReadOnlyList<ExtractedStatement> Extract(StatementInput article)
    {
        var statements = new List<ExtractedStatement>();
        var text = article.PlainSummary;
        var fullNames = FullNames(text);
        List<string>? names = null;
        // ("fighters of the MNLA" beside "the National Movement for the Liberation of Azawad": an acronym the text never defines
        // is the name in it whose initials it is, as the linker reads it, AcronymBook.Implied.)
        string? FullName(string name) =>
            fullNames.TryGetValue(name, out var full) ? full
            : ProperNames.IsAcronym(name) ? AcronymBook.Implied(name, names ??= NamesIn(text, article.Mentions))
            : null;
        var index = 0;
        var beforeOrAfter = false;
        string? firstSentence = null;
        foreach (var (start, length) in Sentences.Split(text))
        {
            var sentence = text.Substring(start, length).Trim();
            var sentenceStart = start + length - text.Substring(start, length).TrimStart().Length;
            // "Background Nine months prior …": the sentences of a section on what came before or after, to the next heading.
            if (HeadingOpening(sentence) is { } heading)
            {
                beforeOrAfter = StatementRules.BeforeOrAfterHeadings.Contains(heading);
            }

            // An event's lead tells what happened in its first three sentences: "The Battle of Tinzaouaten took place …
            // Fighters of the CSP-DPA ambushed a convoy of …", "French and Chadian troops retook Gao …". Later ones may tell of what led to it.
            // So does a sentence of its lead that opens with a date: "On 20 January 2015, helicopters of MINUSMA struck …".
            // (Not, of a deed of one day, a sentence that opens with another month: "The Gwoza massacre took place on 2 June 2014 …
            // In August 2014 Boko Haram captured the town of Gwoza …" tells of a later deed.)
            var about = index == 0 || article.Kind == ArticleKind.Event && HeadingOpening(sentence) is null && (index == 1 || (index == 2 || OpeningClause().IsMatch(sentence)) && !beforeOrAfter)
                && !IsLaterDeed(sentence, firstSentence, article) || IsAboutSubject(sentence, article);
            firstSentence ??= sentence;
            index++;

            var spans = Spans(text, start, length, article);
            if (spans.Count == 0)
            {
                continue;
            }

            var skeleton = Skeleton(text, start, length, spans);
            foreach (var (rule, title, cued, pattern) in s_rules)
            {
                if (!rule.SubjectKinds.Contains(article.Kind) || rule.AboutSubject && !about || title is not null && !title.IsMatch(article.Title) || !cued(skeleton))
                {
                    continue;
                }

                foreach (Match match in pattern.Matches(skeleton))
                {
                    if (!HedgedBefore(skeleton, match.Index + match.Length))
                    {
                        statements.AddRange(Read(rule, match, spans, article, sentence, sentenceStart).Select(s => s.ObjectId is null && FullName(s.ObjectName) is { } full ? s with { ObjectName = full } : s));
                    }
                }
            }

            if (article.Kind == ArticleKind.Event && about && CommandedForce().Match(skeleton) is { Success: true } commanded)
            {
                statements.AddRange(CommanderOfForce(commanded, spans, article, sentence, statements));
            }
        }

        // One fact stated twice is kept once, by its first sentence; one stated with a period ("from
        // 2014 until 2023") and once without keeps the period only.
        return [.. WithoutOneSidedMassacre(AlignSides(SidesOfTheSupportedForce(SidesOfTheNamedNoun(statements, text))), article).Concat(CountriesOfWholes(statements))
            .GroupBy(s => s.Fact)
            .SelectMany(g => g.Any(s => s.Qualifiers.Count > 0) && g.Any(s => s.Qualifiers.Count == 0) ? g.Where(s => s.Qualifiers.Count > 0) : g)
            .DistinctBy(s => (s.Fact, s.QualifierText))];
    }

    /// <summary>
    /// "… between the Chadian National Army and rebels of the UFDD. The rebels, led by Mahamat Nouri, took the town": the
    /// commander of "the rebels" stands on the side an earlier sentence called rebels, not on the first side by default.
    /// </summary>
    private static List<ExtractedStatement> SidesOfTheNamedNoun(List<ExtractedStatement> statements, string text)
    {
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            if (statement.Property != StatementProperties.Participant || GenericForceLed().Match(statement.Evidence) is not { Success: true } led)
            {
                continue;
            }

            var before = text[..Math.Max(0, text.IndexOf(statement.Evidence, StringComparison.Ordinal))];
            var noun = led.Groups["noun"].Value.ToLowerInvariant();
            var side = statements
                .Where(s => s.Property == StatementProperties.Participant && s.Evidence != statement.Evidence && s.Qualifiers.Any(q => q.Key == "side")
                    && (before.Contains($"{noun} of {s.ObjectName}", StringComparison.Ordinal) || before.Contains($"{noun} of the {s.ObjectName}", StringComparison.Ordinal)))
                .Select(s => s.Qualifiers.First(q => q.Key == "side").Value)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (side is [var named])
            {
                statements[i] = WithSide(statement, named);
            }
        }

        return statements;
    }

    [GeneratedRegex(@"^(?:the\s+)?(?<noun>jihadists|rebels|insurgents|militants|islamists|attackers|assailants),\s+(?:led|commanded)\s+by\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GenericForceLed();

    /// <summary>
    /// "… between the Chadian National Army and local self-defence committees. The army, supported by aircraft of the Chadian
    /// Air Force, retook the area": who supported "the army" stands on the side of the state's force an earlier sentence gave,
    /// not on the side of those who held out against attackers. Without one such side, or with one on both, nothing changes.
    /// </summary>
    private static List<ExtractedStatement> SidesOfTheSupportedForce(List<ExtractedStatement> statements)
    {
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            if (statement.Property != StatementProperties.Participant || SupportedStateForce().Match(statement.Evidence) is not { Success: true } supported
                || !supported.Groups["supporters"].Value.Contains(statement.ObjectName, StringComparison.Ordinal))
            {
                continue;
            }

            var side = statements
                .Take(i)
                .Where(s => s.Property == StatementProperties.Participant && s.Evidence != statement.Evidence && s.Qualifiers.Any(q => q.Key == "side")
                    && IsStateSide(s.ObjectName))
                .Select(s => s.Qualifiers.First(q => q.Key == "side").Value)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (side is [var state])
            {
                statements[i] = WithSide(statement, state);
            }
        }

        return statements;
    }

    /// <summary>The statement with its side set to <paramref name="side"/>, its other qualifiers kept.</summary>
    private static ExtractedStatement WithSide(ExtractedStatement statement, string side) =>
        statement with { Qualifiers = [.. statement.Qualifiers.Select(q => q.Key == "side" ? new KeyValuePair<string, string>("side", side) : q)] };

    /// <summary>A state's force or a state itself: "Chadian National Army", "Chad".</summary>
    private static bool IsStateSide(string name) => StateForce().IsMatch(name) || WantedNameRules.Countries.Contains(name);

    [GeneratedRegex(@"^(?:the\s+)?(?:army|armed forces|military|government forces|government troops|troops|soldiers),\s+(?:supported|backed|assisted|aided|reinforced)\s+by\s+(?<supporters>[^.;]*?),\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SupportedStateForce();

    /// <summary>
    /// A massacre with one side named ("gunmen of X attacked Seytenga, … killing at least 86 civilians") has a
    /// perpetrator, not a side: its victims fought no one. One where a force fought back keeps both sides
    /// ("the militants overran the base of the Multinational Joint Task Force").
    /// </summary>
    private static List<ExtractedStatement> WithoutOneSidedMassacre(List<ExtractedStatement> statements, StatementInput article)
    {
        if (article.Kind != ArticleKind.Event || !MassacreTitle().IsMatch(article.Title)
            || statements.Any(s => s.Property == StatementProperties.Participant && s.Qualifiers.Any(q => q is { Key: "side", Value: "2" })))
        {
            return statements;
        }

        var perpetrators = statements.Where(s => s.Property == StatementProperties.Perpetrator).Select(s => s.ObjectName).ToHashSet(StringComparer.Ordinal);
        return [.. statements.Where(s => !(s.Property == StatementProperties.Participant && perpetrators.Contains(s.ObjectName)))];
    }

    [GeneratedRegex(@"\b(?:[Mm]assacres?|[Kk]illings)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MassacreTitle();

    /// <summary>"one of the deadliest attacks of the Jihadist insurgency in Burkina Faso": a part of what happened in a country happened there.</summary>
    private static IEnumerable<ExtractedStatement> CountriesOfWholes(List<ExtractedStatement> statements) =>
        statements
            .Where(s => s.Property == StatementProperties.PartOf && s.ObjectId is null)
            .Select(s => (Statement: s, Country: WantedNameRules.Countries.FirstOrDefault(c => s.ObjectName.EndsWith(" in " + c, StringComparison.Ordinal))))
            .Where(x => x.Country is not null)
            .Select(x => x.Statement with { Property = StatementProperties.Location, ObjectName = x.Country!, Qualifiers = [] });

    /// <summary>Whether a name ending at <paramref name="end"/> stands before a noun in lower case, which it only qualifies.</summary>
    private static bool IsModifier(string text, int end) => NounAfter().IsMatch(text.AsSpan(end));

    /// <summary>A word in lower case that is no preposition, conjunction or verb's helper: "uranium" of "the Arlit uranium mines".</summary>
    [GeneratedRegex(@"^ (?!(?:and|or|but|in|on|at|for|from|to|with|by|of|as|until|since|before|after|during|when|where|which|who|that|is|was|were|has|had|then|near)\b)\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex NounAfter();

    /// <summary>Every name in a text: those linked to an article and those wanted, as the linker finds them.</summary>
    private static List<string> NamesIn(string text, IReadOnlyList<ArticleSpan> mentions)
    {
        var taken = mentions.Select(m => new NameMatch(-1, m.Start, m.Length)).OrderBy(m => m.Start).ToList();
        return [.. taken.Select(m => text.Substring(m.Start, m.Length)), .. NameCandidates.Find(text, taken, AliasExtractor.FindAcronymDefinitions(text).ToList()).Select(c => c.Name)];
    }

    /// <summary>The acronyms a text defines, each with its full name: "CMA" is the "Coordination of Azawad Movements" it restates.</summary>
    private static Dictionary<string, string> FullNames(string text)
    {
        var fullNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var definition in AliasExtractor.FindAcronymDefinitions(text))
        {
            foreach (var acronym in definition.Acronyms)
            {
                fullNames.TryAdd(acronym, definition.Name);
            }
        }

        return fullNames;
    }

    /// <summary>
    /// Sides are numbered by the first sentence that gives them: "between the CMA and the Platform" makes the CMA side 1,
    /// so in a later "helicopters of MINUSMA struck CMA positions" MINUSMA is side 2, not 1. A later sentence's sides
    /// are turned round when an actor it names stands on the other side already, and none on the same.
    /// <paramref name="before"/>: what another text of the article numbered first (the summary, before another page's
    /// snippet: "the Test Front attacked a camp" beside "between the army and the Test Front").
    /// </summary>
    public static List<ExtractedStatement> AlignSides(IReadOnlyList<ExtractedStatement> statements, IReadOnlyList<ExtractedStatement>? before = null)
    {
        var known = new Dictionary<(int?, string), string>();
        foreach (var statement in before ?? [])
        {
            if (Side(statement) is { } side)
            {
                known.TryAdd(Actor(statement), side);
            }
        }

        var doers = statements.Where(s => s.Property == StatementProperties.Perpetrator).Select(Actor).ToHashSet();
        var aligned = new List<ExtractedStatement>(statements.Count);
        foreach (var sentence in statements.GroupBy(s => s.Evidence, StringComparer.Ordinal))
        {
            var sided = sentence.Where(s => Side(s) is not null).ToList();
            var turn = sided.Any(s => known.TryGetValue(Actor(s), out var side) && side != Side(s))
                && !sided.Any(s => known.TryGetValue(Actor(s), out var side) && side == Side(s));
            // ("between the Coordination of Azawad Movements and pro-government militias … A helicopter of MINUSMA struck CMA
            // positions": a later pair of sides that shares no actor with those known cannot be numbered like them; they
            // fought, on no known side. One actor alone was given its side by what the sentence says of the known ones. Of a deed
            // someone carried out, where only the doers' side is known, "an attempt by X … Soldiers loyal to Y attacked … but were
            // defeated by Z": the doers and those who stood against them again.)
            var onlyTheDoersKnown = known.Count > 0 && known.Values.All(side => side == "1") && known.Keys.All(doers.Contains);
            var unanchored = known.Count > 0 && !onlyTheDoersKnown && sided.Select(Side).Distinct().Count() == 2 && !sided.Any(s => known.ContainsKey(Actor(s)));
            foreach (var statement in sentence)
            {
                var kept = Side(statement) is not { } side ? statement
                    : unanchored ? statement with { Qualifiers = [.. statement.Qualifiers.Where(q => q.Key != "side")] }
                    : turn ? WithSide(statement, side == "1" ? "2" : "1")
                    : statement;
                aligned.Add(kept);
                if (Side(kept) is { } keptSide)
                {
                    known.TryAdd(Actor(kept), keptSide);
                }
            }
        }

        return aligned;

        static string? Side(ExtractedStatement s) => s.Qualifiers.FirstOrDefault(q => q.Key == "side").Value;
        static (int?, string) Actor(ExtractedStatement s) => (s.ObjectId, s.ObjectId is null ? TextFold.Key(s.ObjectName) : "");
    }

    private static IEnumerable<ExtractedStatement> Read(StatementRule rule, Match match, List<NameSpan> spans, StatementInput article, string sentence, int sentenceStart)
    {
        var groups = rule.Shape == StatementShape.Sides ? (string[])["a", "b"] : ["o", "p"];
        var named = new List<(string Group, NameSpan Span, int At)>();
        foreach (var group in groups.Where(g => match.Groups[g].Success))
        {
            // A group may be written twice in a pattern ("between A and B, among them C"): each of its captures.
            foreach (var (capture, at, token) in match.Groups[group].Captures.SelectMany(c => Token().Matches(c.Value).Select(t => (c.Value, c.Index, t))))
            {
                // "Mokhtar Belmokhtar's Al-Mulathameen Brigade": the brigade, not its owner; "a faction of the Arab Movement of Azawad": a part, not the whole.
                // "the Chadian National Armed Forces of President Hissène Habré defeated …": the force acted, not the one whose it was.
                var span = spans[int.Parse(token.Groups["n"].Value, CultureInfo.InvariantCulture)];
                if (!PossessiveAfter().IsMatch(capture.AsSpan(token.Index + token.Length)) && !FactionBefore().IsMatch(capture.AsSpan(0, token.Index))
                    && !IsOwner(capture[..token.Index], span, sentence, sentenceStart, leaderStands: rule.Property != StatementProperties.Signatory))
                {
                    named.Add((group, span, at));
                }
            }
        }

        if (rule.Shape == StatementShape.Sides)
        {
            named = StateSideApart(named);
        }

        foreach (var (group, span, at) in named)
        {
            // ("a union of fifteen West African states": words that only describe name no one; "the special envoy of the African
            // Union": a person is no member of a body whose members are states.)
            if (span.ArticleId == article.Id || !Fits(rule.Object, span) || span.Name.Length == 0
                || article.Kind == ArticleKind.Person && rule.Property == StatementProperties.MemberOf && WantedNameRules.IsUnionOfStates(span.Name)
                || span.ArticleId is null && !span.IsParty && span.Name.Split(' ').All(WantedNameRules.IsDescriptor) && !NameCandidates.IsCompassZone(sentence, span.Start - sentenceStart, span.Length))
            {
                continue;
            }

            // ("sworn in as Governor of Zamfara State on 29 May 2023": an office's period is read from where the office's name begins,
            // not from its land's.)
            var office = match.Groups["office"];
            var objectAt = span.Start - sentenceStart;
            // ("… the Peoples Democratic Party in 2014, and was its national chairman from February to July 2016": an office named after
            // its body, from the office's words.)
            if (rule.Shape == StatementShape.Position && office.Success && office.Index != at)
            {
                objectAt = office.Index < at ? Math.Max(0, objectAt - (at - office.Index))
                    : Math.Min(sentence.Length, objectAt + span.Length + office.Index - at - match.Groups["o"].Length);
            }

            // ("chaired first by A and, from 12 April 2019, by B": the period between the two is the second's.)
            var period = rule.Period ? Period(sentence, objectAt, article.Kind == ArticleKind.Person ? article.Died : null, rule.OwnPeriodOnly)
                : match.Groups["turn"] is { Success: true } turn && at > turn.Index ? TurnPeriod(turn.Value) : [];
            IReadOnlyList<KeyValuePair<string, string>> qualifiers = rule.Shape == StatementShape.Sides
                ? [new("side", group == "a" ? "1" : "2"), .. period]
                : period;
            if (rule.Shape == StatementShape.Position)
            {
                // ("ambassador of Chad to China": the land an envoy was sent to ends the office's name.)
                var sentTo = match.Groups["to"] is { Success: true } to && Token().Match(to.Value) is { Success: true } land
                    ? $" to {spans[int.Parse(land.Groups["n"].Value, CultureInfo.InvariantCulture)].Name}" : "";
                yield return new ExtractedStatement(article.Id, rule.Property, office.Success ? null : span.ArticleId, office.Success ? $"{TitleCased(office.Value)} {(match.Groups["prep"] is { Success: true } prep ? prep.Value : "of")} {(match.Groups["the"].Success ? "the " : "")}{span.Name}{sentTo}" : span.Name, qualifiers, sentence);
                continue;
            }

            if (rule.Shape == StatementShape.Reversed)
            {
                if (span.ArticleId is { } subject)
                {
                    yield return new ExtractedStatement(subject, rule.Property, article.Id, article.Title, qualifiers, sentence);
                }
                else if (article.Kind == ArticleKind.Person && !span.IsParty && (rule.Property == StatementProperties.LedBy || rule.Property == StatementProperties.FoundedBy)
                    && !WantedNameRules.IsUnionOfStates(span.Name))
                {
                    // ("has headed the High Council …", "to found the Islamic Movement …": a body without its article here
                    // holds no statement; who led or founded it was its member. Not "he commanded the Chadian forces": no body's name;
                    // not "He chaired the African Union": its members are states.)
                    yield return new ExtractedStatement(article.Id, StatementProperties.MemberOf, null, span.Name, qualifiers, sentence);
                }

                continue;
            }

            yield return new ExtractedStatement(article.Id, rule.Property, span.ArticleId, span.Name, qualifiers, sentence);
        }
    }

    /// <summary>
    /// "the Chadian National Armed Forces of President Hissène Habré": a person after "of" and a rank or an office owns the
    /// force before him. Among an agreement's parties, so does a person's name after a bare "of", or after a body's short form: "the
    /// Popular Movement of Azawad (MPA) of Iyad Ag Ghaly" signed, not its leader ("Idriss Déby of Chad" signs with his state: a place
    /// after a bare "of" still stands); elsewhere the leader stands beside his body ("the Transitional Government of National Unity of
    /// Goukouni Oueddei" — he was a side of the war as much as it), but not the land it belongs to ("the Presidential Guard of Niger
    /// detained …": the guard acted).
    /// </summary>
    private static bool IsOwner(string before, NameSpan span, string sentence, int sentenceStart, bool leaderStands) =>
        OwnerBefore().Match(before) is { Success: true } owner
        && (owner.Groups["office"].Success || (span.Kind ?? NameCandidates.GuessKind(span.Name, "", 0)) is var kind && (leaderStands ? kind == ArticleKind.Region : kind == ArticleKind.Person)
            || span.Start - sentenceStart is var at && at >= 0 && at < sentence.Length
            && WantedNameRules.Offices.Any(o => !o.Contains(' ') && sentence.AsSpan(at).StartsWith(o + " ", StringComparison.Ordinal)));

    /// <summary>
    /// "The army, commanded by President Idriss Déby in person, routed the rebels", "The Chadian forces, commanded by Hassan
    /// Djamous, overran …": the commander stands on the side of the state's force the common noun stands for, the one whose
    /// name has the noun's nationality ("Chadian National Armed Forces") or, without one, the only state's force a side has.
    /// Nothing when no earlier sentence gave such a side, or gave it on both.
    /// </summary>
    private static IEnumerable<ExtractedStatement> CommanderOfForce(Match commanded, List<NameSpan> spans, StatementInput article, string sentence, List<ExtractedStatement> earlier)
    {
        var commander = spans[int.Parse(commanded.Groups["o"].ValueSpan.Trim('@'), CultureInfo.InvariantCulture)];
        var force = commanded.Groups["force"].Success ? spans[int.Parse(commanded.Groups["force"].ValueSpan.Trim('@'), CultureInfo.InvariantCulture)].Name : "";
        if (force.Length > 0 && !StateForceNoun().IsMatch(force) || !Fits(ObjectConstraint.Actor, commander) || commander.ArticleId == article.Id)
        {
            yield break;
        }

        // "Chadian forces" is Chad's: "Chadian National Armed Forces"; "Libyan army" is Libya's.
        var nationality = force.Split(' ')[0] is var adjective && adjective.Length > 3 && char.IsUpper(adjective[0]) ? adjective : null;
        var stem = nationality is null ? null : Demonym().Replace(nationality, "");
        var sides = earlier
            .Where(s => s.Property == StatementProperties.Participant && s.SubjectId == article.Id && s.Qualifiers.Any(q => q.Key == "side")
                && IsStateSide(s.ObjectName)
                && (stem is null || s.ObjectName.Contains(stem, StringComparison.Ordinal)))
            .Select(s => s.Qualifiers.First(q => q.Key == "side").Value)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (sides is [var side])
        {
            yield return new ExtractedStatement(article.Id, StatementProperties.Participant, commander.ArticleId, commander.Name, [new("side", side)], sentence);
        }
    }

    /// <summary>
    /// "between fighters of AQIM and the MOJWA and the Malian Army": of three names joined by "and", the state's force
    /// stands apart; the names before it are one side. Only when the first side is one name that is no state's.
    /// </summary>
    private static List<(string Group, NameSpan Span, int At)> StateSideApart(List<(string Group, NameSpan Span, int At)> named)
    {
        var first = named.Where(n => n.Group == "a").ToList();
        var second = named.Where(n => n.Group == "b").ToList();
        var state = second.FindIndex(n => IsState(n.Span));
        if (first is not [var only] || IsState(only.Span) || state < 1 || second.Take(state).Any(n => IsState(n.Span)))
        {
            return named;
        }

        return [.. first, .. second.Take(state).Select(n => n with { Group = "a" }), .. second.Skip(state)];
    }

    private static bool IsOperation(NameSpan span) =>
        span.Kind is null or ArticleKind.Event && span.Name.StartsWith("Operation ", StringComparison.Ordinal) && span.Name.Length > 10 && char.IsUpper(span.Name[10]);

    /// <summary>A state's force or government: "Malian Army", "the Malian government", "Chad".</summary>
    private static bool IsState(NameSpan span) =>
        span.IsParty && !span.Name.Contains("rebel", StringComparison.Ordinal) || IsStateSide(span.Name);

    /// <summary>
    /// The period the sentence gives a statement: the first after its object ("He led the FUC from 2005
    /// and was Minister of Defence of Chad from March to December 2007": each its own), else the sentence's.
    /// </summary>
    private static List<KeyValuePair<string, string>> Period(string sentence, int objectAt, string? died, bool ownOnly = false)
    {
        // ("A member of the All Progressives Congress, he was Speaker … from 2003 to 2007": an opening phrase's object has none
        // of the main clause's period.)
        if (objectAt > 0 && MainClauseAfterOpening().Match(sentence, Math.Min(objectAt, sentence.Length)) is { Success: true } main)
        {
            sentence = sentence[..main.Index];
        }

        // ("he worked for the UNHCR in Africa, and was Commissioner-General of … from 2010 to 2014": a period after a later clause is that clause's.)
        var ownClause = objectAt > 0 && objectAt < sentence.Length ? OwnClause(sentence[objectAt..]) : null;
        var (from, to) = ownClause is null ? (null, null) : DateExtractor.Period(ownClause);
        // ("He commanded the Presidential Guard from 2011 and heads the National Council …": a period before a later clause
        // is its own clause's, not the later object's.)
        var earlierClauses = IsEarlierClausesPeriod(sentence, objectAt);
        // ("he became Minister of Mines in 2013 and Minister of the Economy and Finance in 2016", "appointed Minister of Police Affairs in
        // August 2023", "sworn in as Governor of Zamfara State on 29 May 2023": an office one became, was appointed to or sworn in as
        // in a year or on a day was his from then.)
        // ("In 2025 he became President of the Council of Ministers": the year the sentence opens with, too.)
        if (from is null && to is null && objectAt > 0 && objectAt < sentence.Length && BecameBefore().IsMatch(sentence.AsSpan(0, objectAt))
            && (InYearAfter().Match(sentence, objectAt) is { Success: true } after ? after : YearOpening().Match(sentence)) is { Success: true } became)
        {
            return PeriodOf((DateExtractor.Period("from " + became.Groups["when"].Value).From, null));
        }

        // ("It was led by A until 30 September 2022, when he was overthrown by B, who became its president": B's turn begins when A's ends.)
        if (from is null && to is null && objectAt > 0 && objectAt <= sentence.Length && UntilWhenBefore().Match(sentence[..objectAt]) is { Success: true } until)
        {
            return PeriodOf((DateExtractor.Period(until.Groups["until"].Value).To, null));
        }

        // ("he served as Commissioner for Finance … and was Governor of Borno State from 2011 to 2019": nor when it stands after,
        // unless that clause speaks of the same object: "founded the Niger Movement for Justice in 2007 and led it until 2009".)
        if (from is null && to is null && !ownOnly && !earlierClauses)
        {
            var upToOwnClause = ownClause is not null && !ReferredBack().IsMatch(sentence, objectAt + ownClause.Length) ? sentence[..(objectAt + ownClause.Length)] : sentence;
            (from, to) = DateExtractor.Period(upToOwnClause);
        }
        else if (from is null && !earlierClauses)
        {
            // ("After Yusuf was killed … in 2009 it was led by Abubakar Shekau until his death in May 2021": the start before.)
            from = DateExtractor.StartAfterOpening(sentence);
        }

        // "who was governor of West Darfur from 2021 until his death": the day he died, when his article gives it.
        if (to is null && died is not null && UntilOwnDeath().IsMatch(sentence.AsSpan(Math.Clamp(objectAt, 0, sentence.Length))))
        {
            to = died;
        }

        return PeriodOf((from, to));
    }

    /// <summary>The start of a leader's turn, written between commas before him: "from 12 April 2019".</summary>
    private static List<KeyValuePair<string, string>> TurnPeriod(string words) => PeriodOf(DateExtractor.Period(words));

    /// <summary>The qualifiers of a period: "from", "to", each where written.</summary>
    private static List<KeyValuePair<string, string>> PeriodOf((string? From, string? To) period) =>
        [.. new[] { (Key: "from", Value: period.From), (Key: "to", Value: period.To) }.Where(q => q.Value is not null).Select(q => new KeyValuePair<string, string>(q.Key, q.Value!))];

    /// <summary>Whether a clause joined by "and" stands before the object, and the sentence's period stands before that join.</summary>
    private static bool IsEarlierClausesPeriod(string sentence, int objectAt) =>
        objectAt > 0 && objectAt <= sentence.Length
        && LaterClause().Matches(sentence[..objectAt]).LastOrDefault() is { } join
        && DateExtractor.Period(sentence[..join.Index]) is not (null, null);

    /// <summary>"he became " or "he became Minister of Mines in 2013 and ", "appointed ", "sworn in as ": an office one became, alone or after another in the same clause.</summary>
    [GeneratedRegex(@"\b(?:became|appointed|sworn\s+in\s+as)\s+(?:(?:the|a|an)\s+)?(?:[^.;]*?\s+in\s+\d{4}\s+and\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BecameBefore();

    /// <summary>"… in 2013", "… in March 2016", "… on 29 May 2023": when, written right after the office's name.</summary>
    [GeneratedRegex(@"\G[^\s.;,]*(?:\s+[^\s.;,]+){0,8}?\s+(?:in|on)\s+(?<when>(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex InYearAfter();

    /// <summary>"In 2025 he became …", "In March 2016, she was appointed …": when, written at the sentence's opening before the one it speaks of.</summary>
    [GeneratedRegex(@"^(?:In|On)\s+(?<when>(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}),?\s+(?:he|she|they)\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearOpening();

    /// <summary>"until 30 September 2022, when he was overthrown by": the end of one turn, and the clause of what came then.</summary>
    [GeneratedRegex(@"(?<until>\buntil\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}),\s+when\b[^.;]*$", RegexOptions.CultureInvariant)]
    private static partial Regex UntilWhenBefore();

    /// <summary>The words after an object up to a later clause with its own verb ("…, and was Commissioner-General …").</summary>
    private static string OwnClause(string after) => LaterClause().Match(after) is { Success: true, Index: > 0 } join ? after[..join.Index] : after;

    /// <summary>"and led it", "and headed them": a later clause whose verb takes the object before it again.</summary>
    [GeneratedRegex(@"\G\s*and\s+(?:then\s+|later\s+|now\s+|also\s+)?\w+\s+(?:it|them)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ReferredBack();

    /// <summary>"and heads", "and then led", "and was", "and he was": a second clause with its own verb.</summary>
    [GeneratedRegex(@"\band\s+(?:(?:he|she|it|they)\s+)?(?:then\s+|later\s+|now\s+|also\s+)?(?:was|is|has|had|became|heads|leads|led|headed|commands|commanded|chairs|chaired|served|serves|joined|founded)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LaterClause();

    private static bool Fits(ObjectConstraint constraint, NameSpan span) => constraint switch
    {
        // ("founded … by the Treaty of Lagos": a document acts for no one.)
        // ("supported by French forces of Operation Serval": a military operation acts as a force.)
        // (A group's or person's article is an actor whatever its name ends with: "Islamic State West Africa Province".)
        ObjectConstraint.Named => !span.IsParty && Fits(ObjectConstraint.Actor, span),
        ObjectConstraint.Body => Fits(ObjectConstraint.Group, span)
            || span.Kind is null && Fits(ObjectConstraint.Named, span) && !WantedNameRules.Countries.Contains(span.Name) && NameCandidates.GuessKind(span.Name, "", 0) is not (ArticleKind.Person or ArticleKind.Region),
        ObjectConstraint.Actor => IsOperation(span) || span.Kind is ArticleKind.Group or ArticleKind.Person
            // ("the Rapid Intervention Battalion": a body named after what it does is still a body.)
            || span.Kind is null && !IsPlaceName(span.Name) && (!EventName().IsMatch(span.Name) || GroupName().IsMatch(span.Name)) && !DocumentName().IsMatch(span.Name) && !FacilityName().IsMatch(span.Name)
                && !WantedNameRules.IsGenericForce(span.Name) && !WantedNameRules.PeopleOf().IsMatch(span.Name)
                // ("is headed by a Controller-General": an office alone is no one.)
                && !WantedNameRules.Offices.Contains(span.Name),
        ObjectConstraint.Place => span.Kind == ArticleKind.Region || span.Kind is null && !HistoricalState().IsMatch(span.Name) && (IsPlaceName(span.Name) || FacilityName().IsMatch(span.Name) || span.SaidToBePlace || span.IsSingleWord && !span.IsParty && !ProperNames.IsAcronym(span.Name) || WantedNameRules.Countries.Contains(span.Name) || FrenchPlaceName().IsMatch(span.Name)),
        ObjectConstraint.Event => span.Kind == ArticleKind.Event || span.Kind is null && EventName().IsMatch(span.Name),
        ObjectConstraint.Agreement => span.Kind == ArticleKind.Agreement || span.Kind is null && DocumentName().IsMatch(span.Name),
        ObjectConstraint.Site => span.Kind == ArticleKind.Region || span.Kind is null && (IsPlaceName(span.Name) || FacilityName().IsMatch(span.Name)),
        ObjectConstraint.Occasion => span.Kind is ArticleKind.Event or ArticleKind.Agreement || span.Kind is null && (EventName().IsMatch(span.Name) || DocumentName().IsMatch(span.Name)),
        // ("worked for the World Bank": a bank is a body one belongs to, though "governor of the Central Bank of …" is an office somewhere.)
        // ("the Volunteers for the Defense of the Homeland": a body by the head word its name is guessed by, too.)
        ObjectConstraint.Group => span.Kind == ArticleKind.Group || span.Kind is null && (GroupName().IsMatch(span.Name) || BankName().IsMatch(span.Name) || StudyBody().IsMatch(span.Name) || span.IsParty || ProperNames.IsAcronym(span.Name) || span.HasAcronym
            || NameCandidates.GuessKind(span.Name, "", 0) == ArticleKind.Group),
        ObjectConstraint.UnlinkedGroup => span.ArticleId is null && Fits(ObjectConstraint.Group, span),
        ObjectConstraint.Member => span.Kind is not ArticleKind.Event and not ArticleKind.Agreement && !EventName().IsMatch(span.Name) && !WantedNameRules.IsGenericForce(span.Name),
        // ("Chief of Army Staff", "Chief of the General Staff": a staff's chief is an office of no place.)
        ObjectConstraint.Upland => span.Kind is null or ArticleKind.Region && UplandName().IsMatch(span.Name),
        // ("First Vice President of Sudan": an office of a rank among its holders.)
        ObjectConstraint.Office => span.Kind is null && (WantedNameRules.Offices.Any(o => WithoutRank(span.Name).StartsWith(o + " of ", StringComparison.Ordinal)) || StaffChief().IsMatch(span.Name)
            || OfficeToAnother().IsMatch(span.Name) || InternationalOffice().IsMatch(span.Name) || PortfolioOffice().IsMatch(span.Name)),
        ObjectConstraint.Somewhere => span.Kind == ArticleKind.Region || span.Kind is null && !span.IsParty && !GroupName().IsMatch(span.Name) && !EventName().IsMatch(span.Name) && !ProperNames.IsAcronym(span.Name),
        _ => true,
    };

    /// <summary>Whether a sentence of a one-day deed's lead opens with a month and year other than the day its first sentence gives.</summary>
    private static bool IsLaterDeed(string sentence, string? first, StatementInput article)
    {
        if (first is null || !s_attackTitle.IsMatch(article.Title) || MonthOpening().Match(sentence) is not { Success: true } opening || DayDate().Match(first) is not { Success: true } day)
        {
            return false;
        }

        return opening.Groups["m"].Value != day.Groups["m"].Value || opening.Groups["y"].Value != day.Groups["y"].Value;
    }

    [GeneratedRegex(@"^(?:In|On|By)\s+(?:(?:early|late|mid)[\s-]+)?(?:\d{1,2}\s+)?(?<m>" + DateExtractor.MonthName + @")\s+(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthOpening();

    [GeneratedRegex(@"\b\d{1,2}\s+(?<m>" + DateExtractor.MonthName + @")\s+(?<y>\d{4})\b|\b(?<m>" + DateExtractor.MonthName + @")\s+\d{1,2},\s+(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayDate();

    /// <summary>
    /// A hedge before the end of the words a rule read ("It reportedly fought…", "is believed to
    /// have been founded by…"): written in lower case ("may", not the month "May"), or opening the
    /// sentence ("Reportedly, …"). One after them speaks of something else ("… Other rebel groups claim…").
    /// </summary>
    private static bool HedgedBefore(string sentence, int end) =>
        Word().Matches(sentence[..end]).Any(w => StatementRules.Hedges.Contains(w.Index == 0 ? w.Value.ToLowerInvariant() : w.Value));

    /// <summary>Whether a sentence speaks of the article itself: it starts (after a glued section heading and an opening "In 2019," clause) with its name, a pronoun, or "The battle".</summary>
    private static bool IsAboutSubject(string sentence, StatementInput article)
    {
        var rest = sentence.AsSpan();
        if (HeadingOpening(sentence) is { } heading && rest.Length > heading.Length + 1 && char.IsUpper(rest[heading.Length + 1]))
        {
            rest = rest[(heading.Length + 1)..];
        }

        var clause = PronounAfterClause().Match(rest.ToString()) is { Success: true } why ? why : OpeningClause().Match(rest.ToString());
        if (clause.Success)
        {
            rest = rest[clause.Length..];
        }

        var start = rest.ToString();
        var firstWord = Word().Match(start).Value;
        // ("Originally formed by Nigeria in 1994 …, it was reactivated …": an adverb of time may stand before the participle.)
        if (firstWord is "Originally" or "Initially" or "First" or "Later" or "Once" && start.Length > firstWord.Length + 1)
        {
            var next = Word().Match(start[(firstWord.Length + 1)..]).Value;
            firstWord = next.Length > 0 ? char.ToUpperInvariant(next[0]) + next[1..] : next;
        }

        // "Born in Soboulé, in Soum Province, he studied …": a participle's clause, then the sentence's subject.
        if (WantedNameRules.OpeningParticiples.Contains(firstWord))
        {
            return start.Split(", ").Skip(1).Any(clause => s_subjectWords.Contains(Word().Match(clause).Value) || IsAboutSubject(clause, article));
        }

        // "A founder of the People's Movement for Progress in 2014, he had earlier been …", "A colonel, later a general, he was …", "The half-brother of …, Moktar Ould Daddah, he was …",
        // "A leader of the Sudanese Alliance, a Masalit armed movement that signed the Juba Peace Agreement in 2020, he was …", "A Rizeigat Arab from Darfur, he …":
        // a description of the subject, then the subject.
        if (s_subjectWords.Contains(firstWord) || AppositiveOpening().IsMatch(start))
        {
            return true;
        }

        // "The battle…", "This area…": a noun of the article's kind after an article or "this".
        if (DeterminerBefore().Match(start) is { Success: true } determiner)
        {
            start = start[determiner.Length..];
            if (s_kindNouns[article.Kind].Contains(Word().Match(start).Value))
            {
                return true;
            }
        }

        var names = article.Aliases.Prepend(article.Title).Append(TitleWithoutQualifier(article.Title));
        // "Barkhane fought…" speaks of Operation Barkhane: the title without the noun of its kind.
        var title = TitleWithoutQualifier(article.Title);
        var space = title.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && s_kindNouns[article.Kind].Contains(title[..space].ToLowerInvariant()) && char.IsUpper(title[space + 1]))
        {
            names = names.Append(title[(space + 1)..]);
        }

        if (article.Kind == ArticleKind.Person)
        {
            names = names.Concat(article.Title.Split(' ').Where(w => w.Length > 3 && char.IsUpper(w[0])));
        }

        var folded = TextFold.Fold(start);
        return names.Any(n => n.Length > 0 && folded.StartsWith(TextFold.Fold(n), StringComparison.Ordinal)
            && (folded.Length == n.Length || !TextFold.IsWordChar(folded[n.Length])));
    }

    /// <summary>The section heading the mirror glued before the sentence's first word ("Background In March 2012, …"), if one is.</summary>
    private static string? HeadingOpening(string sentence) =>
        StatementRules.SectionHeadings.FirstOrDefault(heading => sentence.StartsWith(heading + " ", StringComparison.Ordinal));

    private static string TitleWithoutQualifier(string title) => Parenthesis().Replace(title, "").Trim();

    /// <summary>A name standing in a sentence: an article the linker found, or another proper name.</summary>
    /// <remarks><see cref="HasAcronym"/>: a short form follows it in brackets ("al-Qaeda in the Islamic Maghreb (AQIM)"): an organisation's name.
    /// <see cref="SaidToBePlace"/>: the words around it say it is a place ("the town of X", "X, a village in", "the X and Y areas").</remarks>
    private sealed record NameSpan(int Start, int Length, string Name, int? ArticleId, ArticleKind? Kind, bool SaidToBePlace, bool IsParty, bool HasAcronym = false)
    {
        public bool IsSingleWord => !Name.Contains(' ', StringComparison.Ordinal);
    }

    private static List<NameSpan> Spans(string text, int start, int length, StatementInput article)
    {
        var end = start + length;
        var spans = article.Mentions
            .Where(m => m.Start >= start && m.Start + m.Length <= end)
            .Select(m => new NameSpan(m.Start, m.Length, text.Substring(m.Start, m.Length), m.ArticleId, m.Kind, false, false))
            .ToList();
        foreach (Match party in PartyPhrase().Matches(text[..end], start))
        {
            var name = party.Groups["name"];
            if (!spans.Any(s => Overlaps(s, name.Index, name.Length)))
            {
                spans.Add(new NameSpan(name.Index, name.Length, Capitalised(name.Value), null, null, false, true));
                // ("Chadian and Nigerien troops": the first state's troops too, where its demonym stands.)
                if (party.Groups["first"] is { Success: true } first && !spans.Any(s => Overlaps(s, first.Index, first.Length)))
                {
                    spans.Add(new NameSpan(first.Index, first.Length, $"{first.Value} {party.Groups["noun"].Value}", null, null, false, true));
                }
            }
        }

        // A formal name before its short form in brackets is whole even where a run would stop at
        // "and": "the Nigerien Party for Democracy and Socialism (PNDS-Tarayya)".
        var sentence = text.Substring(start, length);
        foreach (Match bracket in ShortFormBracket().Matches(sentence))
        {
            if (ProperNames.RunBefore(sentence, bracket.Index) is { } run && WantedNameRules.WithoutMembersOf(AliasExtractor.AfterLastAndThe(run)) is var name && name.Contains(" and ", StringComparison.Ordinal)
                && sentence.LastIndexOf(name, bracket.Index, StringComparison.Ordinal) is var at and >= 0
                && !spans.Any(s => Overlaps(s, start + at, name.Length)))
            {
                spans.Add(new NameSpan(start + at, name.Length, name, null, null, false, false, HasAcronym: true));
            }
        }

        // The names the linker would want an article for, read the same way ("Movement for Oneness and
        // Jihad in West Africa", "2012 Tuareg rebellion", "In Amenas"); then any other capitalised run.
        var taken = spans.Where(s => s.Start >= start).Select(s => new NameMatch(-1, s.Start - start, s.Length)).OrderBy(s => s.Start).ToList();
        foreach (var candidate in NameCandidates.Find(sentence, taken))
        {
            // "led by Vice President Assimi Goïta captured": the office stands in the name's place in the sentence.
            var office = WantedNameRules.Offices.FirstOrDefault(o => sentence.AsSpan(0, candidate.Start).EndsWith(o + " ", StringComparison.Ordinal))?.Length + 1 ?? 0;
            var candidateStart = start + candidate.Start - office;
            // ("the Sudan Liberation Movement (Minnawi)": the leader a faction is named after is part of its name, not a mention of him.)
            if (candidate.Name.EndsWith(')') && candidate.Name.IndexOf(" (", StringComparison.Ordinal) is var bracket and > 0)
            {
                spans.RemoveAll(s => s.Start > candidateStart + office + bracket && s.Start + s.Length <= candidateStart + office + candidate.Length);
            }

            if (!spans.Any(s => Overlaps(s, candidateStart, candidate.Length + office)))
            {
                var span = Run(text, start, candidateStart, candidate.Length + office, candidate.Name, article);
                // ("in the Kaura, Kajuru and Zangon Kataf local government areas": a place the words around it say is one; "the newspaper
                // Libération": a body the words before say is one, its name alone saying nothing, but not a name that only qualifies the
                // noun after it: "worked for the Arlit uranium mines".)
                spans.Add(span.Kind is not null ? span
                    : candidate.Kind == ArticleKind.Region ? span with { SaidToBePlace = true }
                    : candidate.Kind == ArticleKind.Group && NameCandidates.GuessKind(candidate.Name, "", 0) is null && !IsModifier(text, candidateStart + candidate.Length) ? span with { Kind = ArticleKind.Group }
                    : span);
            }
        }

        foreach (var (runStart, runLength) in NameRuns(text, start, end))
        {
            if (spans.Any(s => Overlaps(s, runStart, runLength)) || WantedNameRules.IsPlaceKind(text.Substring(runStart, runLength)))
            {
                continue;
            }

            spans.Add(Run(text, start, runStart, runLength, WantedNameRules.WithoutTitles(text.Substring(runStart, runLength)), article));
        }

        return [.. spans.OrderBy(s => s.Start)];
    }

    /// <summary>A name without an article found in a sentence: the article's own when it is one of its names.</summary>
    private static NameSpan Run(string text, int sentenceStart, int runStart, int runLength, string name, StatementInput article)
    {
        var own = name == article.Title || article.Aliases.Contains(name) || TextFold.Key(name) == TextFold.Key(TitleWithoutQualifier(article.Title));
        var before = text.AsSpan(sentenceStart, runStart - sentenceStart).TrimEnd();
        // ("struck villagers … in Tudun Biri, a village in …": the noun after it says it is a place, though two words long.)
        var saidToBePlace = PlaceNounBefore().IsMatch(before.ToString()) || NameCandidates.IsPlaceByNounAfter(text, runStart + runLength);
        var acronymAfter = AcronymAfter().IsMatch(text.AsSpan(runStart + runLength));
        if (own)
        {
            return new NameSpan(runStart, runLength, name, article.Id, article.Kind, saidToBePlace, false, acronymAfter);
        }

        // "The siege of Djibo is a blockade of the town of Djibo": the linker left the name inside the
        // article's own title; where it linked the same name elsewhere in the text, this one is that article.
        var key = TextFold.Key(name);
        // (Not "Bauchi" of "the states of Bauchi, Borno …", which the linker read as Bauchi State: "It began in Bauchi" is the city.)
        var linked = article.Mentions.FirstOrDefault(m => m.Length == name.Length && TextFold.Key(text.Substring(m.Start, m.Length)) == key && !NameCandidates.IsInStatesList(text, m.Start));
        // ("headed the Hisbah, the morality brigade that …": the noun after a name without its article says it is a body.)
        var kind = linked?.Kind ?? (NameCandidates.IsBodyByNounAfter(text, runStart + runLength) ? ArticleKind.Group : null);
        return new NameSpan(runStart, runLength, name, linked?.ArticleId, kind, saidToBePlace, false, acronymAfter);
    }

    /// <summary>
    /// "Gao Region", "Soum Province", "Borno State" (a state of a federation, named by its own word);
    /// not "Islamic State – Sahel Province" or "Islamic State West Africa Province", an organisation's names for its branches, nor "Islamic State".
    /// </summary>
    private static bool IsPlaceName(string name) =>
        !name.Contains(" – ", StringComparison.Ordinal) && !name.StartsWith("Islamic State ", StringComparison.Ordinal)
        && (PlaceName().IsMatch(name) || name.Split(' ') is [.., var head] && WantedNameRules.LandHeads.Contains(head)
            || name.Split(' ') is [var own, "State"] && !WantedNameRules.IsDescriptor(own) || PartOfAContinent().IsMatch(name));

    /// <summary>"Central Africa", "West Africa", "North-West Africa", "South America": a part of a continent is a place.</summary>
    [GeneratedRegex(@"^(?:(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Sub-Saharan|Latin)(?:-(?:East|West|Eastern|Western))?)\s+(?:Africa|Asia|Europe|America)$", RegexOptions.CultureInvariant)]
    private static partial Regex PartOfAContinent();

    private static bool Overlaps(NameSpan span, int start, int length) =>
        start < span.Start + span.Length && span.Start < start + length;

    private static string Capitalised(string phrase) => char.ToUpperInvariant(phrase[0]) + phrase[1..];

    /// <summary>"prime minister" as an office's name: "Prime Minister"; "head of state": "Head of State".</summary>
    private static string TitleCased(string words) =>
        string.Join(' ', words.Split(' ').Select(w => ProperNames.Particles.Contains(w) ? w : Capitalised(w)));

    /// <summary>
    /// Runs of capitalised words in a sentence, with particles inside ("National Movement for the
    /// Liberation of Azawad"): a single word too ("Bamako", "Platform"), but not the sentence's
    /// opening word, a demonym ("Malian", "Tuareg"), a month or a number.
    /// </summary>
    private static IEnumerable<(int Start, int Length)> NameRuns(string text, int start, int end)
    {
        var words = Word().Matches(text[..end], start).ToList();
        var i = 0;
        while (i < words.Count)
        {
            var opensBody = WantedNameRules.OpensBodyName(words[i].Value, i + 1 < words.Count ? words[i + 1].Value : null);
            if (!(IsRunWord(words[i].Value) || opensBody) || words[i].Index == start || IsAfterOpening(text, start, words[i].Index))
            {
                i++;
                continue;
            }

            var j = i;
            var last = i;
            // "Chad's Lac Region": a possessive ends its name.
            // "Commissioner for Reconstruction, Rehabilitation and Resettlement": a portfolio's commas are inside its name.
            while (j + 1 < words.Count
                && (Adjacent(text, words[j], words[j + 1]) || WantedNameRules.ListsPortfolio([.. words[i..(j + 1)].Select(w => w.Value)], text, words[j].Index + words[j].Length))
                && !(Possessive().IsMatch(words[j].Value) && !ProperNames.KeepsPossessiveInName(words[j].Value[..^2])))
            {
                var next = words[j + 1].Value;
                // ("Minister of Economy": a section heading's word inside a name is the name's.)
                if (IsRunWord(next) || StatementRules.SectionHeadings.Contains(next) && ProperNames.IsNameWord(next))
                {
                    last = j + 1;
                }
                else if (next == "and" && j + 2 < words.Count && IsRunWord(words[j + 2].Value) && WantedNameRules.IsPortfolio([.. words[i..(last + 1)].Select(w => w.Value)]))
                {
                    // "Minister of Defence and Veterans Affairs": one office.
                }
                else if (!ProperNames.Particles.Contains(next) || next == "in" && j + 2 < words.Count && NameCandidates.IsMonthWritten(words[j + 2].Value)
                    || next == "of" && WantedNameRules.OfEndsName([.. words[i..(last + 1)].Select(w => w.Value)], j + 2 < words.Count ? words[j + 2].Value : null, j + 3 < words.Count ? words[j + 3].Value : null))
                {
                    break;
                }

                j++;
            }

            var runWords = words.GetRange(i, last - i + 1).Select(w => w.Value).ToList();
            if (!(runWords.Count == 1 && (NotAName(runWords[0]) || Ordinary(runWords[0]))))
            {
                // "al-Qaeda's affiliates": the name without its possessive, which stays in the sentence. "… merged into the
                // Coordination of Patriotic Movements and Forces of Resistance…": a name that runs into the mirror's cut may be cut; none.
                // Nor a name the cut ends: the mirror cuts at a length, most often inside a word ("died of COVID-19 in Par…", "joined
                // the Coordination of Patriotic Movements of Resistan…"), unless its last word is a country's name or says what
                // the name names ("the seat of the Kano Emirate…", "near Lake Chad…").
                var length = words[last].Index + words[last].Length - words[i].Index;
                var after = text.AsSpan(words[i].Index + length, end - words[i].Index - length);
                var endsWhole = WantedNameRules.Countries.Contains(string.Join(' ', runWords)) || WantedNameRules.Countries.Contains(words[last].Value)
                    || last > i && NameCandidates.IsHeadWord(words[last].Value);
                // ("appointed Minister of Police Affairs in Aug…": a month the cut shortened continues no name.)
                var runsIntoCut = RunsIntoCut().IsMatch(after) && !(MonthIntoCut().Match(after.ToString()) is { Success: true } month && NameCandidates.IsMonthWritten(month.Groups["month"].Value));
                if (!runsIntoCut && !(after.StartsWith("…") && !endsWhole))
                {
                    yield return (words[i].Index, Possessive().IsMatch(words[last].Value) ? length - 2 : length);
                }
            }

            i = last + 1;
        }
    }

    private static bool IsRunWord(string word) => ProperNames.IsNameWord(word) && !char.IsDigit(word[0]) && !Ordinary(word) && !NameCandidates.IsCompound(word);

    /// <summary>Capitalised words that are no name when they stand alone or open a run.</summary>
    private static bool Ordinary(string word) =>
        word is "The" or "A" or "An" or "In" or "On" or "At" or "By" or "He" or "She" or "It" or "Its" or "His" or "Her" or "They" or "Their" or "This" or "That" or "These" or "When" or "While" or "After" or "Before" or "During" or "Between" or "From" or "Following" or "Although" or "However"
        || StatementRules.SectionHeadings.Contains(word);

    /// <summary>A word alone that names nothing: a descriptor, a month, "Government" (of a state named after it).</summary>
    private static bool NotAName(string word) =>
        WantedNameRules.IsDescriptor(word) || MonthWord().IsMatch(word) || word.Length < 2 || WantedNameRules.IsGovernment(word);

    /// <summary>Two words of one name: a space between, or an en dash before a capital ("Movement–North").</summary>
    private static bool Adjacent(string text, Match a, Match b) =>
        text.AsSpan(a.Index + a.Length, b.Index - a.Index - a.Length) switch
        {
            " " => true,
            "–" => char.IsUpper(b.Value[0]),
            _ => false,
        };

    /// <summary>A word right after a glued section heading opens its sentence too ("Organization The CMA…").</summary>
    private static bool IsAfterOpening(string text, int sentenceStart, int index)
    {
        var before = text.AsSpan(sentenceStart, index - sentenceStart).Trim();
        return before.Length > 0 && StatementRules.SectionHeadings.Contains(before.ToString());
    }

    /// <summary>The sentence with each name replaced by its token, "@3@".</summary>
    private static string Skeleton(string text, int start, int length, List<NameSpan> spans)
    {
        var skeleton = new StringBuilder(length);
        var at = start;
        for (var k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            // A name in quotes ("defeated by the "Green Berets" of the junta") stands as the name alone.
            var end = span.Start + span.Length;
            var quoted = span.Start > at && end < start + length && IsQuotePair(text[span.Start - 1], text[end]);
            skeleton.Append(text, at, span.Start - at - (quoted ? 1 : 0));
            // A name restated in brackets ("Coordination of Azawad Movements (CMA)") is the same name once.
            var restated = k > 0 && skeleton.ToString().EndsWith($"@{k - 1}@ (", StringComparison.Ordinal);
            skeleton.Append(restated ? "" : $"@{k}@");
            at = end + (quoted ? 1 : 0);
        }

        skeleton.Append(text, at, start + length - at);
        return BracketLeftovers().Replace(skeleton.ToString(), "");
    }

    private static bool IsQuotePair(char open, char close) => (open, close) is ('"', '"') or ('“', '”') or ('‘', '’') or ('«', '»');

    [GeneratedRegex(@"^ \(\p{Lu}[\p{Lu}\d-]+[);,]", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymAfter();

    /// <summary>A bracket that opens with a short form in capitals: "(PNDS-Tarayya)", "(CSP-PSD)".</summary>
    [GeneratedRegex(@" \((?=\p{Lu}{2})", RegexOptions.CultureInvariant)]
    private static partial Regex ShortFormBracket();

    /// <summary>The comma before a sentence's main clause, after an opening phrase: "A member of X, he was …", "…, he represented …".</summary>
    [GeneratedRegex(@",\s+(?:he|she|it|they)\s+(?:was|were|is|are|has|had|became|served|joined|led|won|ran|fought|[a-z]+ed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MainClauseAfterOpening();

    /// <summary>"until his death", "until his assassination", "until he was killed in an ambush": without its own date ("… in 2022"), the day the article gives.</summary>
    [GeneratedRegex(@"\buntil\s+(?:(?:his|her)\s+(?:death|assassination|murder|killing|execution)|(?:he|she)\s+(?:died|was\s+(?:killed|assassinated|murdered|executed|shot\s+dead)))\b(?!\s+(?:in|on)\s+(?:\d|\p{Lu}\p{Ll}+\s+\d))", RegexOptions.CultureInvariant)]
    private static partial Regex UntilOwnDeath();

    [GeneratedRegex(@"^(?:\s+(?:and|of|the|for|in|de|du|des|la|le|al)|\s+\p{Lu}[\p{L}\p{M}'’-]*)+\s*…", RegexOptions.CultureInvariant)]
    private static partial Regex RunsIntoCut();

    [GeneratedRegex(@"^\s+in\s+(?<month>\p{Lu}\p{Ll}*)\s*…", RegexOptions.CultureInvariant)]
    private static partial Regex MonthIntoCut();

    [GeneratedRegex(@".['’]s$", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"^['’]s\b", RegexOptions.CultureInvariant)]
    private static partial Regex PossessiveAfter();

    [GeneratedRegex(@"\b(?:faction|factions|wing)\s+of\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FactionBefore();

    [GeneratedRegex(@"@(?:\s+\([^()]{1,20}\))?\s+of\s+(?<office>(?:" + OwnerRanks + @")\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerBefore();

    [GeneratedRegex(@"@(?<n>\d+)@", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Token();

    [GeneratedRegex(@"[\p{L}\p{M}][\p{L}\p{M}\p{Nd}'’-]*|\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@" \(\)", RegexOptions.CultureInvariant)]
    private static partial Regex BracketLeftovers();

    /// <summary>An office of an international body, named without "of" a place: "United Nations High Commissioner for Refugees", "Commissioner-General of …".</summary>
    [GeneratedRegex(@"^(?:(?:United\s+Nations|UN|African\s+Union|AU|ECOWAS)\s+)?(?:Deputy\s+|Assistant\s+)?(?:High\s+Commissioner|Commissioner-General|Secretary-General|Under-Secretary-General|Special\s+Representative|Special\s+Envoy)\s+(?:for|of|to)\s+(?:the\s+)?\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex InternationalOffice();

    /// <summary>A portfolio in a government, of a state as of a country: "Commissioner for Health", "Minister for Humanitarian Affairs", "Secretary of State".</summary>
    [GeneratedRegex(@"^(?:Minister|Commissioner|Secretary)\s+(?:for|of)\s+(?:the\s+)?\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex PortfolioOffice();

    /// <summary>An office held to the head of a state: "Senior Assistant to the President", "Special Adviser to the Prime Minister".</summary>
    [GeneratedRegex(@"^(?:(?:Senior|Special|Chief|Principal|Deputy)\s+)*(?:" + NameCandidates.AdviserNouns + @")\s+to\s+the\s+(?:President|Prime\s+Minister)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeToAnother();

    private static string WithoutRank(string office) =>
        office.StartsWith("First ", StringComparison.Ordinal) || office.StartsWith("Second ", StringComparison.Ordinal) ? office[(office.IndexOf(' ') + 1)..] : office;

    /// <summary>"In 2019, …", "In December 2015 it …", "On 26 July 2023 its commander …": an opening that says when, with or without its comma before a pronoun or a name (not a month's: "On 26 | July"; its number not one inside a name: "… part in the G5 Sahel Joint Force").</summary>
    [GeneratedRegex(@"^(?:(?:In|On|At|By|Between|From|After|Before|Since|Until|Throughout|Following|In early|In late|In mid)\b[^,]{0,60}(?<!\p{L})\d[^,]{0,30}?(?:,\s+|\s+(?=(?:it|he|she|they|its|his|her|their)\s|(?!(?:" + DateExtractor.MonthName + @")\b)\p{Lu})))", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningClause();

    /// <summary>
    /// "After the Khartoum massacre of 3 June 2019 and mediation by the African Union and Ethiopia, it signed …": a clause of
    /// when or why, however long, before the subject's pronoun; "Before that he was …".
    /// </summary>
    [GeneratedRegex(@"^(?:(?:After|Following|Before|Since|During|Despite|Amid|Under)\b[^;]{0,160}?,\s+|(?:Before|After)\s+(?:that|this|then)\s+)(?=(?:it|he|she|they)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex PronounAfterClause();

    [GeneratedRegex(@"^(?:An?|One|The)\s+\p{L}[^,.;]{0,120}(?:,\s+[^,.;]{1,90}){0,2},\s+(?:he|she|it|they)\s", RegexOptions.CultureInvariant)]
    private static partial Regex AppositiveOpening();

    [GeneratedRegex(@"^(?:The|the|This|this) ", RegexOptions.CultureInvariant)]
    private static partial Regex DeterminerBefore();

    [GeneratedRegex(@"\s\([^)]*\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"\b(?:Army|Armed Forces|army|armed forces|[Gg]overnment|[Mm]ilitary|Gendarmerie|Police|National Guard|Defence Forces|Defense Forces)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StateForce();

    /// <summary>"Songhai Empire": a state of the past, where nothing of today lies.</summary>
    [GeneratedRegex(@"\b(?:Empire|Kingdom|Sultanate|Caliphate)$|^(?:Empire|Sultanate|Caliphate)\s+of\s", RegexOptions.CultureInvariant)]
    private static partial Regex HistoricalState();

    /// <summary>"Gao Region", "Cercle of Tin-Essako", "Kano Emirate" (a feature of the land, "Aïr Mountains", is one by <see cref="WantedNameRules.LandHeads"/>).</summary>
    [GeneratedRegex(@"\b(?:Region|Province|District|Cercle|Commune|Prefecture|Department|Emirate|Sultanate|Territory|Governorate|Municipality)$|^(?:Cercle|Region|Province|District|Commune|Department|Prefecture)\s+of\s", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceName();

    /// <summary>High ground by its head word: "Bandiagara Escarpment", "Aïr Mountains", "Jos Plateau".</summary>
    [GeneratedRegex(@"\b(?:Escarpment|Plateau|Massif|Mountains|Hills|Highlands|Cliffs?)$", RegexOptions.CultureInvariant)]
    private static partial Regex UplandName();

    /// <summary>A place named the French way, two names joined by "des" or "du": "Adrar des Ifoghas", "Nioro du Sahel".</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]+\s+(?:des|du)\s+\p{Lu}[\p{L}'’-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex FrenchPlaceName();

    /// <summary>A building or site, a place and no actor: "Radisson Blu Hotel", "Bamako–Sénou International Airport".</summary>
    [GeneratedRegex(@"\b(?:Hotel|Airport|Mosque|Church|Cathedral|Market|School|Prison|Palace|Mine|Bridge|Dam|Stadium|University|Hospital|Embassy|Barracks|Camp|Centre|Center)$", RegexOptions.CultureInvariant)]
    private static partial Regex FacilityName();

    [GeneratedRegex(@"\b(?:War|Conflict|Insurgency|Rebellion|Offensive|Operation|Campaign|Crisis|Uprising|Battle|Siege|Coup|Intervention|rebellion|war|conflict|insurgency|offensive|coup|[Mm]assacres?|[Aa]ttacks?|[Bb]ombings?|[Aa]mbush|[Kk]illings|[Kk]idnapping)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EventName();

    /// <summary>An agreement or a text by its head word ("the Algiers ceasefire" too: one acts for no one, and may follow another).</summary>
    [GeneratedRegex(@"\b(?:Treaty|Agreement|Accords?|Charter|Pact|Protocol|Resolution|Convention|Act|Declaration|Constitution|[Cc]easefire|[Cc]ease-fire|[Tt]ruce|Armistice)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentName();

    [GeneratedRegex(@"^Islamic State\b|\b(?:Movements?|Fronts?|Army|army|Forces?|forces|Groups?|Brigade|Battalion|Militia|Council|Coalition|Alliance|Union|Confederation|Congress|Society|Association|League|Ministry|Coordination|Platform|Party|Rally|Organi[sz]ation|Mission|Corps|Legion|Guard|Regiment|Squadron|Gendarmerie|Service|Junta|Unit|Authority|Commission|Committee|Agency|Katiba|Jama'at|Ansar|Senate|Assembly|Parliament|Court|Tribunal|Directorate|Police)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GroupName();

    /// <summary>A body that studies or gives, by its head word before what it is for: "the Centre for Strategic Studies", "the Institute of Peace".</summary>
    [GeneratedRegex(@"\b(?:Centre|Center|Institute|Foundation)\s+(?:for|of)\s", RegexOptions.CultureInvariant)]
    private static partial Regex StudyBody();

    /// <summary>A bank by its head word: "the World Bank", "First Bank of Nigeria" (not the West Bank).</summary>
    [GeneratedRegex(@"(?<!\bWest)\sBank(?:$|\s+of\s)", RegexOptions.CultureInvariant)]
    private static partial Regex BankName();

    [GeneratedRegex(@"^(?:Deputy\s+)?Chief of (?:the\s+)?(?:Army|Defence|Defense|General|Air|Naval|Joint|Armed Forces|Air Force)\s+Staff\b", RegexOptions.CultureInvariant)]
    private static partial Regex StaffChief();

    /// <summary>Words that say the name after them is a place: "the town of", "a town in" ("Kulbus, a town in West Darfur").</summary>
    [GeneratedRegex(@"(?:\b(?:towns?|city|cities|villages?|region|communes?|capital|district|province|oasis|locality|county|cercle|municipality|prefecture|neighbou?rhood|suburb|(?<=\bthe\s)state)\s+of(?:\s+the)?|\b(?:a|an)\s+(?:[a-z-]+\s+)?(?:town|city|village|commune|settlement|locality|oasis|suburb|state|region|province|district|county|country)\s+in(?:\s+the)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceNounBefore();

    /// <summary>"the Malian government", "the French army": a party named by its country; "the Tuareg rebel groups": by its people.
    /// Not "French forces | of Operation Serval": the name after "of" is the party.</summary>
    [GeneratedRegex(@"\b(?:(?<first>" + StateDemonyms + @")\s+and\s+)?(?<name>(?:" + StateDemonyms + @")\s+(?<noun>government|army|armed forces|military|junta|forces|troops|soldiers|authorities|gendarmerie|air force)|(?:Tuareg|Touareg|Arab|Fulani|Peul|Dogon|Songhai|Songhay|Bambara|Toubou|Tebu|Zaghawa|Kanuri)\s+(?:rebel groups|rebel movements|rebels|separatist groups|separatist movements|separatists|militias|self-defen[cs]e groups|armed groups))\b(?!\s+of\s+(?:the\s+)?\p{Lu})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PartyPhrase();

    private const string StateDemonyms = "Malian|French|Chadian|Nigerien|Burkinabe|Burkinabè|Algerian|Libyan|Russian|Mauritanian|Senegalese|Ivorian|Nigerian|American|Moroccan|Sudanese|Egyptian|Turkish";

    [GeneratedRegex(@"^(?:The\s+)?(?:(?<force>@\d+@)|army|armed forces|forces|troops|soldiers|government forces|government troops),\s+(?:led|commanded|headed)\s+by\s+(?:(?:President|General|Colonel|Commander|Lieutenant|Captain|Major|Marshal)\s+)?(?<o>@\d+@)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex CommandedForce();

    [GeneratedRegex(@"\s(?:army|armed forces|forces|troops|soldiers)$", RegexOptions.CultureInvariant)]
    private static partial Regex StateForceNoun();

    [GeneratedRegex(@"(?:ian|ean|ien|ese|an|i)$", RegexOptions.CultureInvariant)]
    private static partial Regex Demonym();

    [GeneratedRegex(@"^(?:" + DateExtractor.MonthName + @"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthWord();
}
