using System.Text.RegularExpressions;
using Sahel.Kb.Domain;
using Sahel.Kb.Text;

namespace Sahel.Kb.Import;

/// <summary>
/// A proper name in a text that no article's name matched: <see cref="Name"/> as an article would be
/// titled, written at <see cref="Start"/> for <see cref="Length"/> characters (the link covers
/// that), and the kind the text suggests, if it does.
/// </summary>
public sealed record NameCandidate(string Name, int Start, int Length, ArticleKind? Kind);

/// <summary>
/// Part of stage 5: the proper names in a summary outside the names already matched. A name is a
/// run of capitalised words (with particles such as "of", "al", "ag" inside it, "in" after a word
/// like "Mission" or "al-Qaeda", "and" inside a formal name: "Party for Democracy and Socialism"),
/// one capitalised word mid-sentence ("near Tessalit"), an acronym, or an event named with its
/// year ("2012 Malian coup d'état", "the Tuareg rebellion of 2012", read as "2012 Tuareg rebellion").
/// Offices and ranks before a name are left out of it, and runs that only describe are no names
/// (<see cref="WantedNameRules"/>).
/// </summary>
public static partial class NameCandidates
{
    /// <summary>Offices held "to" another: "Senior Assistant to the President", "Special Adviser to the Prime Minister".</summary>
    internal const string AdviserNouns = "Assistant|Adviser|Advisor|Counsellor|Counselor|Envoy";

    private static readonly HashSet<string> s_advisers = new(AdviserNouns.Split('|'), StringComparer.Ordinal);

    /// <summary>Words after which "in" continues a name: "Islamic State in the Greater Sahara", "Mission in Mali".</summary>
    private static readonly HashSet<string> s_takesIn = new(StringComparer.Ordinal)
    {
        "State", "Mission", "Movement", "Group", "Front", "Force", "Forces", "Office", "Organisation", "Organization",
        "Party", "Council", "Coalition", "Alliance", "Union", "Community", "Operation", "Command", "Brigade", "Rally", "Convention", "Congress", "Assembly",
    };

    /// <summary>Words before a name that say what it names: "the town of X", "President X".</summary>
    private static readonly (string Pattern, ArticleKind Kind)[] s_contextBefore =
    [
        (@"\b(?:town|city|village|commune|oasis|region|province|district|cercle|capital|area|country)\s+of\s+(?:the\s+)?$", ArticleKind.Region),
        // ("in the villages of Diallassagou, Dianweli and Deguessagou", "the departments of Ferkessédougou, Kong and Ouangolodougou": each name of the list.)
        // ("the villages of Felo and Goni Usmanti": the first of them too.)
        (@"\b(?:villages|towns|cities|communes|localities|settlements|states|regions|provinces|departments|districts|cercles|prefectures)\s+of\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:,\s+|,?\s+and\s+))*$", ArticleKind.Region),
        // ("divided into four departments: Banh, Ouindigui, Sollé and Titao": each one listed after a colon.)
        (@"\b(?:villages|towns|cities|communes|localities|settlements|states|regions|provinces|departments|districts|cercles|prefectures)\s*:\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:,\s+|,?\s+and\s+))*$", ArticleKind.Region),
        // ("divided into twelve communes, among them Dogofry and Sokolo", "in seven towns of western Mali on 1 July 2025, among them Kayes and
        // Sandaré": each one named.)
        (@"\b(?:villages|towns|cities|communes|localities|settlements|states|regions|provinces|districts|departments|cercles)\b(?:[^.;,]{0,80}?,)?\s+(?:among\s+them|including|such\s+as|notably)\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:,\s+|,?\s+and\s+))*$", ArticleKind.Region),
        // ("in Gao and Kidal": the second of two places too; "to Tiné and Bahai", where people fled or were driven across a border; "drove
        // thousands of residents to Makurdi and Otukpo".)
        (@"\b(?:in|near|at|outside|around|towards?|across|(?:fled|flee|fleeing|withdrew|retreated|relocated|across\s+the\s+(?:border|river)|(?:drove|driven|driving)\s+(?:[\p{Ll}\d,-]+\s+){0,4}?(?:civilians|people|residents|villagers|inhabitants|refugees|families))\s+(?:[\p{Ll}\d-]+\s+){0,3}?to)\s+(?:the\s+(?:town|city|village|region|area)\s+of\s+)?(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+and\s+)?$", ArticleKind.Region),
        // "on the road from Ouagadougou to Nouna", "the railway between Idu and Kaduna", "the road to Gao": a way's ends are places.
        ($@"\b(?:{string.Join('|', KindRules.WayNouns)})s?\s+(?:(?:from|between)\s+\p{{Lu}}[\p{{L}}'’-]*(?:\s+\p{{Lu}}[\p{{L}}'’-]*){{0,3}},?\s+(?:to|and)\s+|from\s+|to\s+|between\s+)$", ArticleKind.Region),
        // "on the west bank of the Blue Nile", "on the shores of Lake Chad": what has banks or shores is a place
        (@"\b(?:banks?|shores?|mouth|source|headwaters|delta)\s+of\s+(?:the\s+)?$", ArticleKind.Region),
        // "about 250 kilometres east of Nouakchott", "west of Timbuktu": what a place is measured from is a place
        (@"\b(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)\s+of\s+$", ArticleKind.Region),
        // "Its capital is Kandi", "its seat is Mao", "Its main city is El Obeid"
        (@"\b(?:capital|seat|chief town|main town|main city|largest town|largest city)\s+(?:is|was)\s+$", ArticleKind.Region),
        (@"\b(?:leader|founder|commander|chief|head|president|minister|spokesperson|spokesman|emir|colonel|general|son|daughter|brother|wife|husband|preacher|cleric|imam|priest|pastor|bishop|archbishop|missionary|politician|journalist|activist|businessman|warlord)\s+(?:of\s+\p{Lu}\S*\s+)?$", ArticleKind.Person),
        // "the town's mayor and traditional ruler, Seini Boukar Lamine": a role, then its holder between commas
        // ("succeeding his father, Gnassingbé Eyadéma": a kinsman named after his kinship.)
        // ("Its president, Jonathan Asake, …": a body's head between commas.)
        // ("The Governor of Borno State, Babagana Umara Zulum, blamed …": the role may name what it is of.)
        (@"\b(?:mayor|ruler|sultan|emir|imam|chief|governor|minister|commander|spokesman|spokesperson|founder|leader|preacher|cleric|father|mother|son|daughter|brother|sister|wife|husband|uncle|nephew|cousin|president|chairman|chairwoman|chairperson|secretary-general|director|(?-i:Governor|Minister|President|Chairman|Mayor|Emir|Sultan))(?:\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)?\s*,\s+$", ArticleKind.Person),
        // "the junta of Abdourahamane Tchiani", "the regime of Omar al-Bashir": whose it was (a country named so is found a country first)
        (@"\b(?:junta|regime|government)\s+of\s+(?:(?:President|General|Colonel|Captain)\s+)?$", ArticleKind.Person),
        // ("the founder of the Mali Empire": what one leads or founded is no person; "the son of" one is.)
        (@"\b(?:son|daughter|brother|sister|wife|husband|father|mother|nephew|cousin)\s+of\s+$", ArticleKind.Person),
        (@"\b(?:led|founded|commanded|headed|killed|arrested|assassinated)\s+by\s+$", ArticleKind.Person),
        // "when he overthrew Paul-Henri Sandaogo Damiba in a coup", "when the army removed Maurice Yaméogo": whom a coup overthrew ruled;
        // "before he succeeded Mamman Bello Ali": whom one succeeded held an office
        (@"\b(?:overthrew|ousted|deposed|toppled|removed|succeeded)\s+$", ArticleKind.Person),
        // "attacked by the Janjaweed": an actor named with "the" is a body, not a person
        (@"\b(?:attacked|raided|ambushed|stormed|besieged|captured|overrun|seized|claimed|carried\s+out|perpetrated|committed)\s+by\s+the\s+$", ArticleKind.Group),
        // "The governor blamed Boko Haram": whom a deed is blamed on is a body (a country or a man is known as one before)
        (@"\b(?:blamed|blaming|blames)\s+(?:the\s+)?$", ArticleKind.Group),
        // "about 200 fighters of Boko Haram", "soldiers of the Rapid Intervention Battalion": whose fighters they are is a body
        (@"\b(?:fighters|militants|jihadists|insurgents|gunmen|combatants|militiamen|soldiers|troops|paratroopers|commandos)\s+of\s+(?:the\s+)?$", ArticleKind.Group),
        // "a self-defence group of the Koglweogo", "a faction of the MNLA": what a faction or a vigilantes' group is of is a body
        (@"\b(?:(?:self-defen[cs]e|vigilante)\s+groups?|factions?|wings?|cells?)\s+of\s+the\s+$", ArticleKind.Group),
        // "A member of the Rally of Houphouëtists for Democracy and Peace": what one is a member of is a body
        (@"\bmembers?\s+of\s+(?:the\s+)?$", ArticleKind.Group),
        // "the association Al-Irchad", "the party Yéléma" (not "the group Tinariwen": a band is one too)
        // "later chaired Microsoft Africa", "he worked for NASA": what one chaired, headed or worked for is a body
        (@"\b(?:chaired|chairs|headed|heads|presided\s+over|worked\s+for|works\s+for)\s+(?:the\s+)?$", ArticleKind.Group),
        // ("the newspaper Libération", "the weekly Jeune Afrique": the press.)
        (@"\bthe\s+(?:association|party|movement|militia|organi[sz]ation|coalition|newspaper|weekly|daily|magazine|news\s+agency|broadcaster)\s+$", ArticleKind.Group),
        // "the capital Khartoum", "the town Djibo"
        (@"\bthe\s+(?:capital|city|town|village)\s+$", ArticleKind.Region),
    ];

    /// <summary>How far back the words before a name are read for its kind (<see cref="s_contextBefore"/>).</summary>
    private const int ContextLength = 160;

    private static readonly Regex[] s_contextRegexes = [.. s_contextBefore.Select(c => new Regex(c.Pattern, RegexOptions.CultureInvariant | RegexOptions.RightToLeft))];

    /// <summary>Capitalised prepositions that begin places' names: "In Amenas", "In Salah", "El Golea".</summary>
    private static readonly HashSet<string> s_placePrepositions = new(StringComparer.Ordinal) { "In", "El", "Al", "Ain", "Bir" };

    /// <summary>Particles that mark a person's name: "Iyad Ag Ghaly", "Abu Bakr ibn ...".</summary>
    private static readonly HashSet<string> s_personParticles = new(StringComparer.Ordinal) { "Ag", "ag", "ibn", "bin", "ben", "Ould", "ould" };

    /// <summary>
    /// The names in <paramref name="text"/> outside <paramref name="taken"/>, in the order the text
    /// gives them; <paramref name="definitions"/>: the text's acronym definitions, if the caller read them already.
    /// </summary>
    public static List<NameCandidate> Find(string text, IReadOnlyList<NameMatch> taken, IReadOnlyList<AcronymDefinition>? definitions = null)
    {
        var names = EventNames(text, taken).ToList();
        names.AddRange(DefinedNames(text, definitions ?? [.. AliasExtractor.FindAcronymDefinitions(text)], [.. taken, .. names.Select(e => new NameMatch(-1, e.Start, e.Length))]));
        var occupied = taken.Concat(names.Select(e => new NameMatch(-1, e.Start, e.Length))).OrderBy(m => m.Start).ToList();
        foreach (var (run, start) in CapitalisedRuns(text, occupied))
        {
            // ("the North Central region of Nigeria": a zone named by the compass alone is a place where its noun follows.)
            if (IsCompassZone(text, start, run.Length))
            {
                names.Add(new NameCandidate(run, start, run.Length, ArticleKind.Region));
                continue;
            }

            if (WantedNameRules.NameIn(run, allowOneWord: true) is not { } name)
            {
                continue;
            }

            // ("the Soundiata Keïta military camp": the man a camp or an airport is named after is not what the text speaks of;
            // "the Mbera refugee camp" stands in its place, which is.)
            if (name.Contains(' ', StringComparison.Ordinal) && IsEponym(text, start, start + run.Length) || NotAnArticlesName().IsMatch(text.AsSpan(0, start)))
            {
                continue;
            }

            // "Prime Minister Moctar Ouane": the link covers the name; an office before it says it is a person
            // ("Fighters of the …" before it says nothing of the kind).
            var offset = run.IndexOf(name, StringComparison.Ordinal);
            var nameStart = start + Math.Max(0, offset);
            // "the army's 6th Infantry Division": a unit's ordinal, in lower case, is part of its name.
            if (offset == 0 && UnitOrdinalBefore().Match(text, 0, nameStart) is { Success: true } ordinal && UnitHead().IsMatch(name))
            {
                names.Add(new NameCandidate(ordinal.Groups["ordinal"].Value + " " + name, ordinal.Groups["ordinal"].Index, nameStart + name.Length - ordinal.Groups["ordinal"].Index, ArticleKind.Group));
                continue;
            }

            // "the Sudan Liberation Movement (Minnawi)": a faction is named by its leader in brackets after the body's name.
            if (offset == 0 && FactionLeaderAfter().Match(text, nameStart + name.Length) is { Success: true } faction && BodyHead().IsMatch(name)
                && !WantedNameRules.Countries.Contains(faction.Groups["leader"].Value))
            {
                names.Add(new NameCandidate($"{name} ({faction.Groups["leader"].Value})", nameStart, name.Length + faction.Length, ArticleKind.Group));
                continue;
            }

            // "the Agatu Local Government Area": the area takes the town's name, which is the name (as the linker reads "the Jere Local Government Area");
            // so do two areas, each after its town's name: "the Anka and Bukkuyum Local Government Areas".
            var area = name.EndsWith(LocalGovernmentArea + "s", StringComparison.Ordinal) ? LocalGovernmentArea.Length + 1
                : name.EndsWith(LocalGovernmentArea, StringComparison.Ordinal) ? LocalGovernmentArea.Length : 0;
            if (area > 0 && name.Length > area && offset >= 0)
            {
                names.Add(new NameCandidate(name[..^area], nameStart, name.Length - area, ArticleKind.Region));
                continue;
            }

            // "the northern states of Bauchi, Borno, Kano and Yobe": each is a state, named as the state is ("Borno State").
            if (offset == 0 && !name.EndsWith(" State", StringComparison.Ordinal) && name.Count(c => c == ' ') <= 1 && IsInStatesList(text, nameStart))
            {
                names.Add(new NameCandidate(name + " State", nameStart, name.Length, ArticleKind.Region));
                continue;
            }

            var kind = offset > 0 && WantedNameRules.WithoutMembersOf(run) == run ? ArticleKind.Person : GuessKind(name, text, nameStart);
            names.Add(new NameCandidate(name, nameStart, offset >= 0 ? name.Length : run.Length, kind));
        }

        // "(Arabic: …, ''Anṣār ad-Dīn'', "Helpers of the Religion")": a bracket in another language restates the subject's name, or translates it.
        var brackets = AliasExtractor.LanguageBrackets(text).ToList();
        names.RemoveAll(n => brackets.Any(b => n.Start > b.Start && n.Start < b.End));
        names.Sort((a, b) => a.Start.CompareTo(b.Start));
        return names;
    }

    /// <summary>
    /// Whether the name at <paramref name="start"/> stands in a list of a federation's states by their own names:
    /// "the northern states of Bauchi, Borno, Kano and Yobe", "the Middle Belt states of Benue, Plateau, Nasarawa and Taraba".
    /// </summary>
    /// <remarks>
    /// Not "one of the 18 states of Sudan" nor "the member states of ECOWAS": the federation or the body the states make up
    /// ("the north-western states of Zamfara, …, Sokoto and Niger" is Niger State).
    /// </remarks>
    public static bool IsInStatesList(string text, int start) => StatesListBefore().IsMatch(text.AsSpan(0, start)) || IsInStatesListNamedAfter(text, start);

    /// <summary>
    /// Whether the name at <paramref name="start"/> stands in a list of states whose noun follows it: "the former Kaduna, Niger and
    /// Plateau states", "in Zamfara and Katsina states" — two names at least, not all of them countries ("the Mali and Niger states" are the countries).
    /// </summary>
    private static bool IsInStatesListNamedAfter(string text, int start)
    {
        if (text.IndexOf(" states", start, StringComparison.Ordinal) < 0)
        {
            return false;
        }

        foreach (Match list in StatesListNamedAfter().Matches(text))
        {
            if (start >= list.Index && start < list.Index + list.Length)
            {
                var names = list.Groups["name"].Captures;
                return names.Any(n => start >= n.Index && start < n.Index + n.Length)
                    && !names.All(n => WantedNameRules.Countries.Contains(n.Value));
            }
        }

        return false;
    }

    /// <summary>A place's name of one or two capitalised words, as lists name them: "Kaduna", "Burkina Faso".</summary>
    private const string ListedName = @"\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?";

    [GeneratedRegex(@"(?<![\p{L}'’-])(?:(?<name>" + ListedName + @"),\s)*(?<name>" + ListedName + @"),?\sand\s(?<name>" + ListedName + @")\sstates\b", RegexOptions.CultureInvariant)]
    private static partial Regex StatesListNamedAfter();

    [GeneratedRegex(@"(?<!\bof\s+the\s+(?:\d+|[a-z]+)\s+|\bmember\s+)\bstates\s+of\s+(?:" + ListedName + @",\s)*(?:" + ListedName + @",?\sand\s)?$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex StatesListBefore();

    /// <summary>Whether the run at <paramref name="start"/>..<paramref name="end"/> names, after "the", the facility written in lower case after it.</summary>
    private static bool IsEponym(string text, int start, int end) =>
        text.AsSpan(0, start).EndsWith("the ", StringComparison.OrdinalIgnoreCase) && FacilityAfter().IsMatch(text.AsSpan(end));

    /// <summary>A leader's name in brackets, not a name in Arabic ("the Equity Party (El Insaf)").</summary>
    [GeneratedRegex(@"\G \((?<leader>(?!(?:El|Al|Ad|An|Ar|As|At|Ash|Ech)\b)\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?)\)", RegexOptions.CultureInvariant)]
    private static partial Regex FactionLeaderAfter();

    [GeneratedRegex(@"\b(?:Movement|Army|Front|Forces)$", RegexOptions.CultureInvariant)]
    private static partial Regex BodyHead();

    [GeneratedRegex(@"^(?:North|South|East|West|Central)(?:[- ](?:North|South|East|West|Central|Eastern|Western))+$", RegexOptions.CultureInvariant)]
    private static partial Regex CompassZone();

    [GeneratedRegex(@"^\s+(?:region|zone|geopolitical zone)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ZoneNounAfter();

    /// <summary>"the North Central region": a zone named by the compass alone, its noun after it.</summary>
    public static bool IsCompassZone(string text, int start, int length) =>
        CompassZone().IsMatch(text.AsSpan(start, length)) && ZoneNounAfter().IsMatch(text.AsSpan(start + length));

    private const string LocalGovernmentArea = " " + WantedNameRules.LocalGovernmentArea;

    [GeneratedRegex(@"(?<![\p{L}\d])(?<ordinal>\d{1,3}(?:st|nd|rd|th))\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitOrdinalBefore();

    [GeneratedRegex(@"\b(?:Division|Brigade|Battalion|Regiment|Corps|Army|Squadron|Infantry|Legion)$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitHead();

    [GeneratedRegex(@"^\s+(?:river|lake|mountains|massif|plateau|valley|forest|desert|oasis|wadi|area|" + WantedNameRules.LocalGovernmentArea + "|" + WantedNameRules.LowerCaseDivisions + @")s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex LandNounAfter();

    /// <summary>A list of places whose plural noun follows its last name: "the Shinkafi and Isa areas", "Gao, Kidal and Ménaka regions".</summary>
    [GeneratedRegex(@"^(?:,\s+" + ListedName + @")*,?\s+and\s+" + ListedName + @"\s+(?:areas|communes|municipalities|cercles|districts|departments|prefectures|localities|regions|provinces|local government areas|villages|towns)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LandsNounAfter();

    /// <summary>Whether the words after a name at <paramref name="end"/> say it is a place: "Tudun Biri, a village in …", "Rann, a town in …".</summary>
    public static bool IsPlaceByNounAfter(string text, int end) => end <= text.Length && PlaceNounAfter().IsMatch(text.AsSpan(end));

    [GeneratedRegex(@"^,\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}(?:town|village|city|commune|hamlet|locality|settlement|oasis|suburb|neighbou?rhood)\s+(?:in|of|on|near)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceNounAfter();

    /// <summary>Whether the words after a name at <paramref name="end"/> say it is a body: "the Ganda Koy militia", "Boko Haram militants", "the Hisbah, the morality brigade".</summary>
    public static bool IsBodyByNounAfter(string text, int end) => end <= text.Length && BodyNounAfter().IsMatch(text.AsSpan(end));

    [GeneratedRegex(@"^(?:\s+(?:militia|militias|militants|fighters|jihadists|insurgents|militiamen|mercenaries|movement|coalition|party|faction|rebel\s+group|armed\s+group|jihadist\s+group|claimed\s+(?:it|responsibility|the\s+(?:attack|kidnapping|abduction|bombing|massacre|killing)s?)\b)|,\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:militia|movement|coalition|party|faction|alliance|organi[sz]ation|brigade|police|rebel\s+group|armed\s+group|jihadist\s+group)\b)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BodyNounAfter();

    /// <summary>
    /// Words before a name that say it is no article's: an illness one died of ("died of COVID-19"), a name the subject
    /// took ("took the name Mariam": the subject's own).
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:died|dying|dead|death)\s+(?:of|from)|(?:took|takes|taken|taking|adopted|assumed|chose)\s+the\s+(?:name|nom de guerre|alias))\s+$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex NotAnArticlesName();

    [GeneratedRegex(@"^,\s+(?:(?:a|an|the|its|his|her|their)\s+|the\s+country['’]s\s+)(?:[a-z-]+\s+){0,2}(?:president|prime\s+minister|king|sultan|emir|leader|founder|general|colonel|imam|cleric|preacher|journalist|politician|activist|businessman|warlord)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PersonNounAfter();

    [GeneratedRegex(@"^\s+(?:(?:military|army|air|police|refugee|training|international)\s+)?(?:camp|base|barracks|airport|stadium|hospital|school|university|mosque|hotel|market|bridge|dam|prison|avenue|boulevard)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FacilityAfter();

    /// <summary>Head words of a feature of the land, a protected area, or a realm of the past: "Niger River", "Wagadou Forest", "W National Park", "Mali Empire".</summary>
    private static bool IsLandHead(string word) => WantedNameRules.LandHeads.Contains(word) || word is "Emirate" or "Sultanate" or "Empire" or "Kingdom";

    /// <summary>
    /// Whether a name's last word is one it ends on to say what it names ("Gao Region", "Kano Emirate", "the Platform"):
    /// the mirror's cut after such a word left it whole, where "… Movements of Resistan…" was cut inside one.
    /// </summary>
    public static bool IsHeadWord(string word) =>
        IsLandHead(word) || word == "State" || KindRules.TitleWords.Values.Any(words => words.Contains(word.ToLowerInvariant(), StringComparer.Ordinal));

    /// <summary>Arabic words for a body that open its name: "Jama'at Nasr al-Islam wal Muslimin", "Katiba Macina", "Ansar Dine", "al-Qaeda in the Islamic Maghreb".</summary>
    private static readonly HashSet<string> s_bodyOpeners = new(StringComparer.Ordinal) { "Jama'at", "Jama’at", "Jamaat", "Jamā'at", "Katiba", "Ansar", "Harakat", "al-Qaeda", "Al-Qaeda", "al-Qaida", "Al-Qaida" };

    /// <summary>
    /// The kind a name's own words or the words around any of its mentions in <paramref name="text"/> say: "The Nassoumbou
    /// attack took place … in Nassoumbou" is a place by its second mention.
    /// </summary>
    public static ArticleKind? GuessKindIn(string name, string text)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            if (GuessKind(name, text, at) is { } kind)
            {
                return kind;
            }
        }

        return GuessKind(name, "", 0);
    }

    /// <summary>The kind a name's own words or the words before it say: "Gao Region", "the town of Tessalit", "led by X".</summary>
    public static ArticleKind? GuessKind(string name, string text, int start)
    {
        var words = name.Split(' ');
        // ("Boucle du Mouhoun Region": a last word that says what it names heads the name through a French particle; not "Governor of
        // the Kidal Region", an office of it.)
        var head = (IsLandHead(words[^1]) || KindRules.TitleWords[ArticleKind.Region].Contains(words[^1].ToLowerInvariant(), StringComparer.Ordinal))
            && !words.Any(w => w is "of" or "for" or "the") ? words[^1]
            : words.TakeWhile(w => !ProperNames.Particles.Contains(w) && w is not "in" and not "and" and not "on").LastOrDefault() ?? words[^1];
        // "Islamic State West Africa Province", "Jama'at Nasr al-Islam wal Muslimin": a group, whatever its last word;
        // "Operation Koudanlgou": an event.
        if (words is ["Islamic", "State", ..] || words.Length >= 2 && s_bodyOpeners.Contains(words[0]))
        {
            return ArticleKind.Group;
        }

        if (words is ["Operation", _, ..])
        {
            return ArticleKind.Event;
        }

        // "the Niger River", "Lake Chad", "Borno State", "Mali": a feature of the land, a state of a federation, a country.
        if (WantedNameRules.Countries.Contains(name) || IsLandHead(head) || words is ["Lake" or "Mount", _] || head == "State" && words.IndexOf(head) > 0)
        {
            return ArticleKind.Region;
        }

        foreach (var (kind, titleWords) in KindRules.TitleWords)
        {
            if (titleWords.Contains(head.ToLowerInvariant()))
            {
                return kind;
            }
        }

        if (words.Length == 1 && ProperNames.IsAcronym(name))
        {
            return ArticleKind.Group;
        }

        // "Iyad Ag Ghaly"; "Mohammed Yusuf": a name that opens with a given name common in the region is a person's.
        if (words.Skip(1).Any(s_personParticles.Contains) || words.Length >= 2 && WantedNameRules.GivenNames.Contains(words[0]))
        {
            return ArticleKind.Person;
        }

        // "the Mékrou river", "the Aïr mountains", "the Tarkint commune": a feature of the land or a division named before its noun in lower case;
        // "Tudun Biri, a village in …": a place its apposition names.
        var end = start + name.Length;
        if (end <= text.Length && (LandNounAfter().IsMatch(text.AsSpan(end)) || LandsNounAfter().IsMatch(text.AsSpan(end))) || IsPlaceByNounAfter(text, end))
        {
            return ArticleKind.Region;
        }

        // "the Ganda Koy militia": a body named before its noun in lower case; "Boko Haram claimed it": a body claims a deed.
        if (IsBodyByNounAfter(text, end))
        {
            return ArticleKind.Group;
        }

        // "Named after Hamani Diori, the country's first president": a person his apposition names.
        if (end <= text.Length && PersonNounAfter().IsMatch(text.AsSpan(end)))
        {
            return ArticleKind.Person;
        }

        // ("the half-brother of Mauritania's first president": a possessive is another's kin or office; "in Burkina Faso's Soum Province" is still a place.)
        var isPossessive = end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's';
        // (Far enough back for a list's noun before its names: "in seven towns of western Mali on 1 July 2025, among them Kayes, Diboli, Sandaré".)
        var before = text[Math.Max(0, start - ContextLength)..start];
        for (var i = 0; i < s_contextRegexes.Length; i++)
        {
            if (s_contextRegexes[i].IsMatch(before) && !(isPossessive && s_contextBefore[i].Kind == ArticleKind.Person))
            {
                // "in Gao" is a place; "in Operation Serval" or "in the Mali War" is not said to be one.
                return s_contextBefore[i].Kind;
            }
        }

        return null;
    }

    /// <summary>
    /// A name given its acronym, as the acronym's definition reads it ("the Movement for Unity in
    /// the Sahara (MUS)"), so that the name and the acronym are keyed alike.
    /// </summary>
    private static IEnumerable<NameCandidate> DefinedNames(string text, IReadOnlyList<AcronymDefinition> definitions, List<NameMatch> taken)
    {
        foreach (var definition in definitions)
        {
            var start = text.LastIndexOf(definition.Name, definition.Position, StringComparison.Ordinal);
            var isFree = start >= 0 && !taken.Any(t => t.Start < definition.Position && start < t.Start + t.Length);
            if (isFree && WantedNameRules.NameIn(definition.Name) == definition.Name && WantedNameRules.IsProperName(definition.Name))
            {
                yield return new NameCandidate(definition.Name, start, definition.Name.Length, GuessKind(definition.Name, text, start));
            }
        }
    }

    /// <summary>Events named by their year: "2012 Malian coup d'état", "the Tuareg rebellion of 2012" (as "2012 Tuareg rebellion"), or by place: "Northern Mali conflict".</summary>
    private static IEnumerable<NameCandidate> EventNames(string text, IReadOnlyList<NameMatch> taken)
    {
        foreach (Match match in EventName().Matches(text))
        {
            var words = match.Groups["words"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(WantedNameRules.NotNames.Contains).ToList();
            var overlapsName = taken.Any(t => t.Start < match.Index + match.Length && match.Index < t.Start + t.Length);
            if (words.Count == 0 || overlapsName)
            {
                continue;
            }

            var year = match.Groups["year"].Success ? match.Groups["year"].Value : match.Groups["after"].Value;
            // Without a year, a name must say where or who: "Northern Mali conflict", "Jihadist insurgency in Burkina Faso", not "Tuareg rebellion".
            var end = match.Index + match.Length;
            var country = year.Length == 0 ? CountryAfter(text, end, taken) : null;
            // ("of the Sudanese civil war": a people's civil war is its country's; not one that opens a sentence, "The Sudanese civil war began
            // … between …", which speaks of its own article, whose words the statement rules read.)
            var noun = match.Groups["noun"].Value;
            var namesCivilWar = words.Count == 1 && noun.StartsWith("civil", StringComparison.Ordinal) && !match.Groups["words"].Value.StartsWith("The ", StringComparison.Ordinal);
            if (year.Length == 0 && words.All(WantedNameRules.IsDescriptor) && country is null && !namesCivilWar)
            {
                continue;
            }

            var name = year.Length > 0 ? $"{year} {string.Join(' ', words)} {noun}" : $"{string.Join(' ', words)} {noun}";
            if (country is not null && words.All(WantedNameRules.IsDescriptor))
            {
                name += " in " + country;
                end += " in ".Length + country.Length;
            }

            var start = match.Groups["year"].Success ? match.Groups["year"].Index : match.Groups["words"].Index + match.Groups["words"].Value.IndexOf(words[0], StringComparison.Ordinal);
            // ("the Algiers ceasefire of July 2014" is an agreement's name.)
            yield return new NameCandidate(name, start, end - start, AgreementNoun().IsMatch(noun) ? ArticleKind.Agreement : ArticleKind.Event);
        }
    }

    /// <summary>"… insurgency in Burkina Faso": the country after "in", when no linked name stands there.</summary>
    private static string? CountryAfter(string text, int at, IReadOnlyList<NameMatch> taken)
    {
        if (!text.AsSpan(at).StartsWith(" in ", StringComparison.Ordinal))
        {
            return null;
        }

        var from = at + " in ".Length;
        var country = WantedNameRules.Countries.Where(c => text.AsSpan(from).StartsWith(c, StringComparison.Ordinal) && (from + c.Length == text.Length || !char.IsLetter(text[from + c.Length])))
            .MaxBy(c => c.Length);
        return country is null || taken.Any(t => t.Start < from + country.Length && from < t.Start + t.Length) ? null : country;
    }

    /// <summary>Runs of capitalised words within a sentence, outside <paramref name="taken"/>.</summary>
    private static IEnumerable<(string Run, int Start)> CapitalisedRuns(string text, List<NameMatch> taken)
    {
        var takenIndex = 0;
        foreach (var (sentenceStart, sentenceLength) in Sentences.Split(text))
        {
            var tokens = Token().Matches(text.Substring(sentenceStart, sentenceLength))
                .Select(token => new RunToken(TokenWord().Match(token.Value), sentenceStart + token.Index))
                .ToList();
            var run = new List<(string Word, int Start, int Token)>();
            // "Background Days before, …": a heading the mirror glued on opens the sentence; the word after it is its first.
            var opening = tokens.Count > 0 && StatementRules.SectionHeadings.Contains(tokens[0].Parts.Groups["word"].Value) ? 1 : 0;
            for (var i = 0; i < tokens.Count; i++)
            {
                var parts = tokens[i].Parts;
                var bare = parts.Groups["word"].Value;
                var start = tokens[i].Start + parts.Groups["word"].Index;
                while (takenIndex < taken.Count && taken[takenIndex].Start + taken[takenIndex].Length <= start)
                {
                    takenIndex++;
                }

                var isTaken = takenIndex < taken.Count && taken[takenIndex].Start < start + Math.Max(1, bare.Length);
                // "Islamic State – Sahel Province": a spaced en dash between two capitalised words is inside one name.
                if (!parts.Success && !isTaken && text.AsSpan(tokens[i].Start).StartsWith("– ", StringComparison.Ordinal) && run.Count > 0
                    && i + 1 < tokens.Count && tokens[i + 1].IsNameWord && !tokens[i - 1].EndsRun)
                {
                    run.Add(("–", tokens[i].Start, i));
                    continue;
                }

                var usable = parts.Success && !isTaken;
                // "the Government Girls' Science and Technical College": a plural's apostrophe before a capitalised word is inside the name.
                // So is a collective noun's: "the Sudan People's Liberation Movement".
                var pluralPossessive = parts.Groups["stop"].Value is "'" or "’" && bare.EndsWith('s') && i + 1 < tokens.Count && tokens[i + 1].IsNameWord;
                var collectivePossessive = parts.Groups["possessive"].Length > 0 && parts.Groups["stop"].Length == 0 && ProperNames.KeepsPossessiveInName(bare) && i + 1 < tokens.Count && tokens[i + 1].IsNameWord;
                if ((!usable || parts.Groups["open"].Length > 0) && Flush(run, opening) is { } before)
                {
                    yield return before;
                }

                // "Popula…", "University of Ouagadougou…": the mirror cut the text, perhaps mid-name; the run is no name.
                if (parts.Groups["stop"].Value.Contains('…'))
                {
                    run.Clear();
                    continue;
                }

                // "French-led", "Quasi-state": a capitalised compound is no name.
                usable &= !IsCompound(bare);
                // "near In Amenas": a capitalised preposition inside a sentence, before a capitalised word, starts a place's name.
                var namesPlace = i > 0 && s_placePrepositions.Contains(bare) && (!tokens[i - 1].IsNameWord || tokens[i - 1].Parts.Groups["word"].Value == "The") && !tokens[i - 1].EndsRun
                    && i + 1 < tokens.Count && tokens[i + 1].IsNameWord && parts.Groups["stop"].Length == 0;
                var namesBody = WantedNameRules.OpensBodyName(bare, i + 1 < tokens.Count ? tokens[i + 1].Parts.Groups["word"].Value : null);
                // "the National Security Organization was split": a section heading's word closes a name when no sentence follows it
                // (a heading glued to the text opens one: "… Timbuktu. Organization The CMA was founded …").
                var closesName = run.Count > 0 && StatementRules.SectionHeadings.Contains(bare) && (i + 1 >= tokens.Count || !tokens[i + 1].IsNameWord);
                // "the All Progressives Congress", "the Second Congo War", "director of First Bank of Nigeria": after "the" or another
                // word in lower case inside the sentence, a word that opens no name elsewhere opens this one.
                var opensInSentence = run.Count == 0 && bare is "All" or "First" or "Second" or "Third" && i > 0 && !tokens[i - 1].IsNameWord && !tokens[i - 1].EndsRun
                    && i + 1 < tokens.Count && tokens[i + 1].IsNameWord;
                var isName = usable && (!WantedNameRules.NotNames.Contains(bare) || namesPlace || namesBody || closesName || opensInSentence) && !char.IsDigit(bare[0]) && ProperNames.IsNameWord(bare);
                var isJoin = usable && run.Count > 0 && (ProperNames.Particles.Contains(bare) || Joins(bare, run, tokens, i))
                    && !(bare == "of" && WantedNameRules.OfEndsName([.. run.Select(w => w.Word)], i + 1 < tokens.Count ? tokens[i + 1].Parts.Groups["word"].Value : null, i + 2 < tokens.Count ? tokens[i + 2].Parts.Groups["word"].Value : null))
                    && !(bare == "for" && (IsTopicAhead(tokens, i + 1) || IsBodyForBody(run, tokens, i + 1)));
                // "Commissioner for Reconstruction, Rehabilitation and Resettlement": a portfolio's comma is inside the office's name.
                var listsPortfolio = isName && parts.Groups["stop"].Value == "," && parts.Groups["possessive"].Length == 0
                    && WantedNameRules.ListsPortfolio([.. run.Select(w => w.Word), bare], text, tokens[i].Start + parts.Groups["stop"].Index);
                if (isName || isJoin)
                {
                    run.Add((pluralPossessive && isName || listsPortfolio ? bare + parts.Groups["stop"].Value : collectivePossessive && isName ? bare + parts.Groups["possessive"].Value : bare, start, i));
                }

                var endsRun = parts.Groups["stop"].Length > 0 && !(pluralPossessive && isName || listsPortfolio) || parts.Groups["possessive"].Length > 0 && !(collectivePossessive && isName);
                if ((!(isName || isJoin) || endsRun) && Flush(run, opening) is { } name)
                {
                    yield return name;
                }
            }

            if (Flush(run, opening) is { } last)
            {
                yield return last;
            }
        }
    }

    /// <summary>"French-led", "al-Qaeda-linked": a name made an adjective by a lower-case word after its last hyphen.</summary>
    public static bool IsCompound(string word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && word.AsSpan(0, hyphen).ContainsAny(s_capitals) && hyphen + 3 < word.Length && char.IsLower(word[hyphen + 1]);
    }

    private static readonly System.Buffers.SearchValues<char> s_capitals = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÄÉÈÊËÎÏÔÖÙÛÜÇ");

    /// <summary>
    /// A month shortened, or cut by the mirror inside its name: "replaced by the Sovereignty Council in Aug …" names the council,
    /// then when. ("January" and the other whole names open no name at all.)
    /// </summary>
    internal static bool IsMonthWritten(string word) =>
        word.Length >= 3 && s_months.Any(month => month.StartsWith(word, StringComparison.Ordinal));

    private static readonly string[] s_months = DateExtractor.MonthName.Split('|');

    /// <summary>
    /// "the special envoy of the African Union | for the Darfur talks": a name made an adjective of a topic ("the Darfur talks",
    /// "the Sahel crisis") after "for" is what the body was sent for, not part of the body's name.
    /// </summary>
    private static bool IsTopicAhead(List<RunToken> tokens, int index)
    {
        if (index < tokens.Count && tokens[index].Parts.Groups["word"].Value == "the")
        {
            index++;
        }

        var names = 0;
        while (index < tokens.Count && tokens[index].IsNameWord && !tokens[index].EndsRun)
        {
            index++;
            names++;
        }

        return names > 0 && index < tokens.Count && s_topics.Contains(tokens[index].Parts.Groups["word"].Value);
    }

    /// <summary>
    /// "He left the All Nigeria Peoples Party for the Peoples Democratic Party", "… for the PDP": after a body's name,
    /// "for" and a whole body's name (its own head word last, or initials) are two bodies, not one ("Party for Democracy and Socialism").
    /// </summary>
    private static bool IsBodyForBody(List<(string Word, int Start, int Token)> run, List<RunToken> tokens, int index)
    {
        // ("the Nigerien Party for Democracy and Socialism for the MNSD-Nassara": a body's name already run through its own "for".)
        if (!run.Any(w => s_bodyHeads.Contains(w.Word)))
        {
            return false;
        }

        var words = NameAhead(tokens, index);
        // ("… for the MNSD-Nassara": initials with a hyphened word after them are initials too.)
        return words is [var acronym] && ProperNames.IsAcronym(acronym.Split('-')[0]) || words.Count >= 2 && s_bodyHeads.Contains(words[^1]);
    }

    /// <summary>The capitalised words of the name that opens at the token, after "the" if it stands first.</summary>
    private static List<string> NameAhead(List<RunToken> tokens, int index)
    {
        if (index < tokens.Count && tokens[index].Parts.Groups["word"].Value == "the")
        {
            index++;
        }

        var words = new List<string>();
        for (; index < tokens.Count && tokens[index].IsNameWord; index++)
        {
            words.Add(tokens[index].Parts.Groups["word"].Value);
            if (tokens[index].EndsRun)
            {
                break;
            }
        }

        return words;
    }

    /// <summary>Last words of a land's division: "the North Region", "the Kidal Region", "Borno State".</summary>
    private static readonly HashSet<string> s_divisionHeads = new(StringComparer.Ordinal)
    {
        "Region", "Province", "State", "District", "Cercle", "Department", "Prefecture", "Commune", "County", "Governorate",
    };

    private static readonly HashSet<string> s_topics = new(StringComparer.Ordinal)
    {
        "talks", "negotiations", "process", "conflict", "crisis", "question", "file", "issue", "dossier", "peace",
    };

    /// <summary>Whether a country's name ("Mali", "Burkina Faso") opens at the token, as a whole word.</summary>
    private static bool IsCountryAt(List<RunToken> tokens, int index)
    {
        var words = tokens.Skip(index).TakeWhile(t => t.IsNameWord).Select(t => t.Parts.Groups["word"].Value).Take(3).ToList();
        return Enumerable.Range(1, words.Count).Any(n => WantedNameRules.Countries.Contains(string.Join(' ', words.Take(n))));
    }

    private readonly record struct RunToken(Match Parts, int Start)
    {
        public bool IsNameWord => Parts.Success && Parts.Groups["open"].Length == 0 && ProperNames.IsNameWord(Parts.Groups["word"].Value);

        public bool EndsRun => Parts.Groups["stop"].Length > 0 || Parts.Groups["possessive"].Length > 0;
    }

    /// <summary>
    /// "in" after a word that takes a place ("Mission in Mali", "al-Qaeda in the Islamic Maghreb"),
    /// and "and" between two words of a formal name ("Party for Democracy and Socialism", not
    /// "Liberation of Azawad and Ansar Dine", two names) or in a minister's portfolio.
    /// </summary>
    private static bool Joins(string word, List<(string Word, int Start, int Token)> run, List<RunToken> tokens, int index)
    {
        var last = tokens[index - 1];
        if (last.EndsRun || index + 1 >= tokens.Count)
        {
            return false;
        }

        var next = tokens[index + 1];
        var previous = run[^1].Word;
        // "Senior Assistant to the President": an adviser's office names whom he serves.
        if (word == "to")
        {
            return s_advisers.Contains(previous) && next.Parts.Groups["word"].Value == "the" && index + 2 < tokens.Count
                && tokens[index + 2].Parts.Groups["word"].Value is "President" or "Prime";
        }

        if (word == "in")
        {
            // "Movement for Oneness and Jihad in West Africa": a formal name takes a place too.
            // ("Borno State in Nigeria", "Wagner Group in Moura", "Malian Armed Forces in Gao": a body named by its
            // own word, not by what it is, takes none; "Islamic State in …" does.)
            var isOwnNamed = previous is "State" or "Group" or "Forces" or "Brigade" && run.Count >= 2 && !WantedNameRules.IsDescriptor(run[^2].Word);
            // ("Alliance for Democracy in Mali", "National Rally for Democracy in Chad": a body "for" something takes the country it is of; "in Ménaka" is where one was.)
            // ("the War in Darfur", "the Conflict in Testland": a war named by where it is fought, not "the War in 2003".)
            var namesWar = run.Count == 1 && WantedNameRules.WarHeads.Contains(previous) && next.Parts.Groups["word"].Value is not [>= '0' and <= '9', ..];
            // ("the official branch of al-Qaeda in Mali", "a mission of the African Union in Darfur": where the branch or the mission
            // is, not a name; "the Saharan branch of al-Qaeda in the Islamic Maghreb" is one.)
            var branchIn = IsBranchOf(tokens, run[0].Token) && next.Parts.Groups["word"].Value != "the";
            // ("Al-Qaeda in the Islamic Maghreb", written with a capital: a body named with the Arabic article takes "in the" and a name, as
            // "al-Qaeda in …" takes "in"; not "the Cercle of Tin-Essako in the Kidal Region", a place.)
            // (Not a man's name: "the government of Omar al-Bashir | in the War in Darfur".)
            var hyphenTakesIn = previous.Length > 3 && previous.Contains('-') && !(run.Count >= 2 && WantedNameRules.GivenNames.Contains(run[0].Word))
                && (char.IsLower(previous[0]) || previous.StartsWith("Al-", StringComparison.Ordinal) && next.Parts.Groups["word"].Value == "the");
            // ("the List of World Heritage in Danger": a list's title runs on through "in".)
            var namesList = run.Count >= 3 && run[0].Word == "List" && run[1].Word == "of";
            var takesIn = !branchIn && (namesWar || namesList || s_takesIn.Contains(previous) && !isOwnNamed || hyphenTakesIn)
                || run.Any(w => w.Word == "for") && (run.Any(w => w.Word == "and") || run.TakeWhile(w => w.Word != "for").Any(w => s_takesIn.Contains(w.Word)) && IsCountryAt(tokens, index + 1));
            // ("used by the Mauritanian Air Force in the 19…": a year, cut or whole, continues no name.)
            var nameFollows = next.IsNameWord && !StartsWithDigit(next) || next.Parts.Groups["word"].Value == "the" && index + 2 < tokens.Count && tokens[index + 2].IsNameWord && !StartsWithDigit(tokens[index + 2]);
            // ("commanded the Test Front in the North Region": a division of a land, named by its kind, is where the body was.)
            var divisionFollows = NameAhead(tokens, index + 1) is [_, .., var division] && s_divisionHeads.Contains(division);
            return takesIn && nameFollows && !divisionFollows && !IsMonthWritten(next.Parts.Groups["word"].Value);
        }

        // ("the Intergovernmental Authority on Development", "the Commission on Human Rights": a body named by what it works on.)
        if (word == "on")
        {
            return previous is "Authority" or "Commission" or "Committee" or "Conference" or "Council" && run.Count >= 2 && next.IsNameWord && !StartsWithDigit(next)
                && !IsMonthWritten(next.Parts.Groups["word"].Value);
        }

        // ("Justice and Equality Movement", "Science and Technical College": words joined before what the body is.)
        if (word == "and" && next.IsNameWord && !IsCountryAt(tokens, run[0].Token) && BodyHeadAhead(tokens, index + 1))
        {
            return true;
        }

        // ("Jihadists of Ansar Dine and al-Qaeda …": "of" after the members a sentence opens with makes no formal name.)
        var isFormal = run.Skip(run is [_, { Word: "of" or "from" }, ..] && WantedNameRules.WithoutMembersOf($"{run[0].Word} of X") == "X" ? 2 : 0).Any(w => w.Word is "for" or "of");
        var nextWord = next.Parts.Groups["word"].Value;
        var oneWordFollows = next.IsNameWord && !ProperNames.IsAcronym(nextWord) && (next.EndsRun || index + 2 >= tokens.Count || !tokens[index + 2].IsNameWord);
        // ("First Vice President of Sudan and President of Southern Sudan": an office after "and" is a second office.)
        var officeFollows = nextWord is "President" or "Governor" or "Minister" or "Prime" or "Vice" or "Speaker" or "Chairman" or "Commander" && run.Any(w => WantedNameRules.Offices.Contains(w.Word));
        return word == "and" && next.Parts.Groups["possessive"].Length == 0 && !officeFollows
            && (isFormal && oneWordFollows || next.IsNameWord && WantedNameRules.IsPortfolio([.. run.Select(w => w.Word)]));
    }

    private static bool StartsWithDigit(RunToken token) => token.Parts.Groups["word"].Value is [>= '0' and <= '9', ..];

    /// <summary>Head words of a body's name that "and" may stand before: "… and Equality Movement", "… and Technical College".</summary>
    private static readonly HashSet<string> s_bodyHeads = new(StringComparer.Ordinal)
    {
        "College", "School", "University", "Institute", "Academy", "Movement", "Front", "Party", "Council", "Committee", "Commission", "Association", "Foundation",
        "Agency", "Authority",
    };

    /// <summary>Whether the name opening at token <paramref name="first"/> follows "branch of", "mission of" ("the"), as a body's part is named.</summary>
    private static bool IsBranchOf(List<RunToken> tokens, int first)
    {
        var at = first - 1;
        if (at >= 0 && tokens[at].Parts.Groups["word"].Value == "the")
        {
            at--;
        }

        return at >= 1 && tokens[at].Parts.Groups["word"].Value == "of"
            && tokens[at - 1].Parts.Groups["word"].Value is "branch" or "affiliate" or "franchise" or "arm" or "wing" or "offshoot" or "mission" or "contingent";
    }

    /// <summary>Whether the capitalised words from <paramref name="index"/> on (three at most, within the run) end in a body's head word.</summary>
    private static bool BodyHeadAhead(List<RunToken> tokens, int index)
    {
        for (var i = index; i < tokens.Count && i < index + 3 && tokens[i].IsNameWord; i++)
        {
            if (s_bodyHeads.Contains(tokens[i].Parts.Groups["word"].Value))
            {
                return true;
            }

            if (tokens[i].EndsRun)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>The run as a name, if it is one; one capitalised word counts mid-sentence only ("near Tessalit", not "Mali is"), after the <paramref name="opening"/> tokens.</summary>
    private static (string Run, int Start)? Flush(List<(string Word, int Start, int Token)> run, int opening)
    {
        var words = run.ToList();
        run.Clear();
        while (words.Count > 0 && (ProperNames.Particles.Contains(words[^1].Word) || words[^1].Word is "in" or "and"))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0 || words.All(w => char.IsDigit(w.Word[0])))
        {
            return null;
        }

        var nameWords = words.Count(w => !ProperNames.Particles.Contains(w.Word) && w.Word is not "in" and not "and");
        // One word: an acronym of three or more capitals, or a word mid-sentence ("near Tessalit"),
        // not an "-ing" word a heading or an emphasis capitalised ("Peacekeeping").
        // ("the Government of Sudan": the state, named after "of"; the word alone names nothing, nor does a month shortened, "in Aug …".)
        var word = words[0].Word;
        var isOneWordName = ProperNames.IsAcronym(word)
            ? word.Length >= WantedNameRules.MinAcronymLength
            : words[0].Token > opening && !word.EndsWith("ing", StringComparison.Ordinal) && !WantedNameRules.IsGovernment(word) && !IsMonthWritten(word);
        var isName = nameWords is >= WantedNameRules.MinWords and <= WantedNameRules.MaxWords || nameWords == 1 && isOneWordName;
        return isName ? (string.Join(' ', words.Select(w => w.Word)), words[0].Start) : null;
    }

    /// <summary>A year, then one to three capitalised words, then what happened; or those words, then "of" and the year; or those words alone ("Northern Mali conflict").</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:(?<year>(?:1[89]|20)\d\d)\s+(?<words>(?:\p{Lu}[\p{L}'’-]*\s+){1,3})(?<noun>" + EventNouns + @")|(?<words>(?:\p{Lu}[\p{L}'’-]*\s+){1,3})(?<noun>" + EventNouns + @")\s+of\s+(?<after>(?:1[89]|20)\d\d)|(?<words>(?:\p{Lu}[\p{L}'’-]*\s+){1,3})(?<noun>" + EventNouns + @"))(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex EventName();

    private const string EventNouns =
        @"coups?\s+d['’][ée]tat|coup|civil\s+war|rebellion|insurgency|uprising|mutiny|crisis|war|conflict|offensive|ambush|attacks?|bombings?|massacre|killings|siege|protests|elections?|referendum|campaign|clashes|kidnapping|invasion|intervention|revolt|raid|ceasefire|truce|agreement|accords?";

    [GeneratedRegex(@"^(?:ceasefire|truce|agreement|accords?)$", RegexOptions.CultureInvariant)]
    private static partial Regex AgreementNoun();

    [GeneratedRegex(@"\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    /// <summary>A word with its surrounding punctuation: an opening mark starts a new name, a closing mark ends one ("Movement/Army", "Movement–North" are one word).</summary>
    [GeneratedRegex(@"^(?<open>[(""“'‘\[]*)(?<word>[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]|/(?=\p{L})|–(?=\p{Lu}))*?)(?<possessive>['’]s)?(?<stop>[,.;:)""”'’!?…\]]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TokenWord();
}
