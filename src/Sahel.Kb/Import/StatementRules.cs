using Sahel.Kb.Domain;

namespace Sahel.Kb.Import;

/// <summary>How a rule's matched names become statements.</summary>
public enum StatementShape
{
    /// <summary>Each name in group <c>o</c> is the object; the article is the subject.</summary>
    Objects,

    /// <summary>Names in group <c>a</c> are side 1 and names in group <c>b</c> side 2 of the article's event.</summary>
    Sides,

    /// <summary>The name in group <c>o</c>, when it is an article, is the subject; the article is the object ("president of the CSP-PSD").</summary>
    Reversed,

    /// <summary>The object is an office: the words in group <c>office</c> "of" the name in group <c>o</c> ("president of Burkina Faso"), or that name when it is an office already ("President of Niger").</summary>
    Position,
}

/// <summary>What a rule's object must be for the statement to be taken.</summary>
public enum ObjectConstraint
{
    Any,

    /// <summary>A group or person article, or a name (never a place or an event article).</summary>
    Actor,

    /// <summary>An <see cref="Actor"/> with a name of its own, not a people named by what they are ("Arab armed groups").</summary>
    Named,

    /// <summary>A region article, a name ending like a place ("… Region"), or a name after "town of", "city of".</summary>
    Place,

    /// <summary>An event article, or a name of a war, conflict, rebellion, offensive, operation.</summary>
    Event,

    /// <summary>A group article, or a name of a movement, front, army, group.</summary>
    Group,

    /// <summary>A <see cref="Group"/>, or a name of its own that is not a person's, a country's or a place's: what one is a commander or spokesman "of" ("al-Qaeda in the Islamic Maghreb").</summary>
    Body,

    /// <summary>A name of a movement, front, army, group that has no article here (one with its article is read as led by).</summary>
    UnlinkedGroup,

    /// <summary>A region article, or a name of a place of a kind or of a building: "Gao Region", "Radisson Blu Hotel"; not "Wagner".</summary>
    Site,

    /// <summary>An event or an agreement article, or a name of either: what can follow an event ("followed by the Kidal ceasefire").</summary>
    Occasion,

    /// <summary>Anything but an actor or an event: a region article or any other name ("near Tongo Tongo").</summary>
    Somewhere,

    /// <summary>What can be a member of a group: a group, a person, a state (a region article or a name), never an event.</summary>
    Member,

    /// <summary>A name that is an office of somewhere: "President of Niger", "Prime Minister of Mali".</summary>
    Office,

    /// <summary>High ground a place can stand on: "Bandiagara Escarpment", "Aïr Mountains"; not a river or a lake.</summary>
    Upland,

    /// <summary>An agreement article, or a name of one: "the Darfur Peace Agreement".</summary>
    Agreement,
}

/// <summary>
/// A phrasing that states a fact, read over a sentence whose names stand as tokens (<c>@3@</c>):
/// for <see cref="SubjectKinds"/>, <see cref="Pattern"/> gives <see cref="Property"/> in
/// <see cref="Shape"/>. <see cref="AboutSubject"/>: only in a sentence about the article itself
/// (its first sentence, or one that starts by naming it: "The battle…", "It…", "He…").
/// <see cref="Period"/>: the sentence's "between March and August 2022" becomes from and to.
/// <see cref="Title"/>: only for articles whose title matches it ("… attack", not "Battle of …").
/// <see cref="OwnPeriodOnly"/>: only the period written after the object, never the sentence's (a second office "and
/// Minister of Defence" has none of the first's).
/// </summary>
public sealed record StatementRule(
    ArticleKind[] SubjectKinds,
    string Pattern,
    StatementProperty Property,
    StatementShape Shape = StatementShape.Objects,
    ObjectConstraint Object = ObjectConstraint.Any,
    bool AboutSubject = true,
    bool Period = false,
    string? Title = null,
    bool OwnPeriodOnly = false);

/// <summary>
/// The phrasings the importer reads statements from, in one table, each preceded by the words it
/// reads. In a pattern, <c>{ITEM}</c> is one name (with "the", "allied", "rebel coalition",
/// "fighters of" before it and "mercenaries", "forces", "countries" after it; not one followed by
/// "'s": "al-Qaeda's affiliates" are not al-Qaeda), <c>{LIST}</c> one or more names joined by ", ",
/// "and", and "with" or "alongside" (allies: "the Malian army with Wagner Group mercenaries"),
/// <c>{WHEN}</c> words that say when ("on 10 December 2019", "in early 2013"), <c>{TARGET}</c>
/// what of a side was hit, before its name ("two camps of the Malian Armed Forces"), and
/// <c>{QUARTER}</c> a compass adjective before a place ("northern", "south-eastern"), if one stands there.
/// </summary>
public static class StatementRules
{
    private static readonly ArticleKind[] s_event = [ArticleKind.Event];
    private static readonly ArticleKind[] s_group = [ArticleKind.Group];
    private static readonly ArticleKind[] s_region = [ArticleKind.Region];
    private static readonly ArticleKind[] s_agreement = [ArticleKind.Agreement];
    private static readonly ArticleKind[] s_person = [ArticleKind.Person];

    /// <summary>Titles of a feature of the land: "Mandara Mountains", "Chari River", "Lake Chad".</summary>
    private const string LandformTitle = @"\b(?:Mountains|Hills|Massif|Range|Plateau|Escarpment|River|Desert|Forest)$|^Lake\s";

    /// <summary>Titles of an uprising against a government: "Tuareg Rebellion (2007–2009)", "Jihadist Insurgency In Burkina Faso".</summary>
    private const string RebellionTitle = @"\b(?:[Rr]ebellions?|[Ii]nsurgency|[Uu]prising|[Rr]evolt|[Ii]nsurrection)\b";

    /// <summary>Titles of events that someone carries out: "Lemgheity attack", "Tongo Tongo ambush", "Solhan massacre"; not "Battle of Konna".</summary>
    public const string AttackTitle = @"\b(?:[Aa]ttacks?|[Aa]mbush(?:es)?|[Mm]assacres?|[Rr]aids?|[Bb]ombings?|[Kk]illings?|[Hh]ostage [Cc]risis|[Aa]ssault|[Kk]idnappings?|[Aa]bductions?|[Ss]trikes?|[Aa]irstrikes?)\b";

    /// <summary>Titles of events one side brings upon another: an attack, as above, or a siege or a blockade.</summary>
    private const string SiegeOrAttackTitle = AttackTitle + @"|\b(?:[Ss]iege|[Bb]lockade)\b";

    /// <summary>Titles of events run over a route: "Dakar Rally", "the march on Bamako".</summary>
    private const string RaceTitle = @"\b(?:[Rr]ally|[Rr]ace|[Mm]arch|[Tt]rek)\b";

    /// <summary>Titles of talks between parties: "Jeddah talks", "Algiers negotiations".</summary>
    private const string TalksTitle = @"\b(?:[Tt]alks|[Nn]egotiations|[Dd]ialogue|[Cc]onsultations)\b";

    /// <summary>Titles of events an armed force conducts: "Operation Barkhane", "Kidal offensive"; not "Battle of Konna".</summary>
    private const string OperationTitle = @"\b(?:[Oo]peration|[Oo]ffensive|[Cc]ampaign|[Ii]ntervention)\b";

    /// <summary>A part of a country by the compass: "the far north-east (of Mauritania)", "the centre".</summary>
    private const string Compass = @"(?:(?:far|extreme|deep)\s+)?(?:north|south|east|west|centre|center|interior)(?:-?(?:east|west))?";

    /// <summary>Not a part of a body, before an item of a list: "a faction of the Arab Movement of Azawad" is not the movement.</summary>
    private const string NotAPart = @"(?!(?:a|an|the|one)\s+(?:[a-z-]+\s+)?(?:faction|wing|branch|splinter group)\s+of\b)";

    /// <summary>
    /// The land that holds a place one was born or died in, after it: "Laayoune, Western Sahara",
    /// ", in the Assaba Region", "in northern Mali", "the Ménaka Region of Mali", ", in the east of Gezira State" (not ", west of Timbuktu": outside it).
    /// </summary>
    private const string BirthOrDeathRegion = @"(?:(?:(?:,?\s+in|,|\s+of)\s+(?:the\s+)?{QUARTER}|,?\s+in\s+the\s+" + Compass + @"\s+of\s+(?:the\s+)?)(?<p>@\d+@))?";

    /// <summary>The words before an office one holds or held: "was", "had earlier been", "served as", "sworn in as".</summary>
    private const string HeldAs = @"\b(?:was|is|has been|had(?:\s+(?:earlier|previously|once|already))?\s+been|became|becomes|served as|serving as|elected|appointed|sworn in as)";

    /// <summary>The rest of a body's founders, after the one named: "… and seven other groups".</summary>
    private const string OtherGroups = @"(?:[\w-]+\s+)?other\s+(?:groups|movements|parties|factions|organi[sz]ations)\b";

    /// <summary>"it began … with an attack on": the first deed of what began, up to the attacked.</summary>
    private const string StartedWithAttack = @"\b(?:began|started|opened|broke\s+out)\b[^.;@]{0,40}?\bwith\s+(?:an?|the)\s+(?:[a-z-]+\s+)?(?:attack|assault|raid|ambush|uprising)\s+(?:on|against)\s+";

    /// <summary>A party to an agreement as a list names it: its name, its short form in brackets, its leader: "the Popular Movement of Azawad (MPA) of Iyad Ag Ghaly".</summary>
    private const string ListedSignatory = @"{ITEM}(?:\s+\([^()]{1,20}\))?(?:\s+of\s+@\d+@)?";

    /// <summary>Headings of sections on what came before or after an event: their sentences tell of other places and sides.</summary>
    public static readonly IReadOnlySet<string> BeforeOrAfterHeadings = new HashSet<string>(StringComparer.Ordinal)
    {
        "Background", "Prelude", "Aftermath", "Reactions", "Legacy",
    };

    /// <summary>A sentence under a heading of what came before or after the event ("Aftermath The attack prompted …").</summary>
    private static readonly string NotBeforeOrAfter = $@"(?<!^\s*(?:{string.Join('|', BeforeOrAfterHeadings)})\s[^.;]*)";

    /// <summary>
    /// A sentence that opens some days later tells of a later deed, whose places are its own: "Two days later the same rebels
    /// seized Abéché" (a battle of Goz Beïda).
    /// </summary>
    private const string LaterDeed = @"(?<!^\s*(?:(?:a|an|one|two|three|four|five|six|seven|ten|several|a\s+few|\d+)\s+(?:days?|weeks?|months?)\s+later|the\s+(?:next|following)\s+(?:day|week|month))\b[^.;]*)";

    /// <summary>
    /// What an actor is, between commas after its name: ", a rebel group from Darfur,", ", an armed
    /// group,", or how they came: ", dressed as soldiers,". Lower-case words only, and at most the
    /// place it is from or of.
    /// </summary>
    private const string Appositive = @"(?:,\s+(?:(?:a|an)\s+[a-z-]+(?:\s+[a-z-]+){0,3}?(?:\s+(?:from|of|in|based\s+in)\s+(?:the\s+)?@\d+@)?|(?:dressed|disguised|armed|riding|wearing|posing)\s+[^,;.@]{1,40}),)?";

    /// <summary>Where attackers came from: "crossing from Banki" (a place of no deed of theirs here).</summary>
    private const string MovingFrom = @"(?:crossing|coming|arriving|advancing|moving|riding)\s+(?:in\s+)?from\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?@\d+@";

    /// <summary>
    /// Where attackers came from or what they crossed, between their name and what they did: " crossing from Banki in Nigeria",
    /// " crossed Lake Chad in motorised canoes and".
    /// </summary>
    private const string ComingFrom = @"(?:\s+" + MovingFrom + @"(?:,?\s+in\s+{QUARTER}@\d+@)?|\s+(?:crossed|sailed\s+across|came\s+across)\s+(?:the\s+)?@\d+@(?:\s+(?:in|on|by|aboard)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)?\s+and)?";

    /// <summary>
    /// The first end of a way built across lands, before "to" or "and": up to two names ("Idu, near Abuja,"), then the land
    /// it is in, where written ("the Agadem oil field in eastern Niger").
    /// </summary>
    private const string WayEnd = @"[^.;@]{0,40}?(?:@\d+@(?:(?!\s+in\s)[^.;@]){0,20}){0,2}?(?:\s+in\s+{QUARTER}(?<o>@\d+@))?,?";

    /// <summary>A division's noun after its name in lower case: "in the Tarkint commune of the Bourem Cercle"; after two names, plural ("the Anka and Bukkuyum Local Government Areas").</summary>
    private const string LowerCaseDivision = @"(?:\s+(?:" + WantedNameRules.LowerCaseDivisions + ")s?)?";

    /// <summary>
    /// Before an office: another man named just before it, whose office it is ("a son of Mohammed Yusuf, the founder of Boko
    /// Haram", "under Abubakar Shekau, the leader of Boko Haram"): the body was his, not the subject's. The subject named so
    /// opens the sentence ("Abdelmalek Droukdel, the leader of AQIM, was killed"), after no word that relates him to another.
    /// </summary>
    private const string AnothersOffice = @"(?<!\b(?:of|under|with|by|to|for|from|and|beside|succeeded|replaced)\s+@\d+@,\s+(?:the|its|a|an)\s+(?:[a-z-]+\s+){0,2})";

    /// <summary>
    /// A signing by the subject: "After signing the Darfur Peace Agreement in 2006 he became …", "It signed the … Agreement" (not
    /// "a Masalit armed movement that signed …", "an alliance of rebel groups that signed …": a clause of another's deed).
    /// </summary>
    private const string SignedIt = @"(?<!\b(?:not|never|refused\s+to|declined\s+to|that|which)\s+)\b(?:signed|signing|co-signed)\s+(?:the\s+)?(?<o>@\d+@)";

    /// <summary>After who attempted it, perhaps named again between commas: what the attempt was, "to overthrow …".</summary>
    private const string AttemptTo = @"(?:,\s+[^,.;]{1,40},)?\s+to\s+(?:overthrow|topple|depose|oust|remove|seize\s+power|take\s+power)\b";

    /// <summary>After a name: no common noun it describes ("the Cappuccino café"); a small word may follow ("… Airport and the base").</summary>
    private const string NoNounAfter = @"(?!\s+(?!(?:and|or|in|at|on|near|of|to|with|but|from|by)\b)(?-i:[a-z]))";

    /// <summary>What a body's leader is called: "leader", "emir", "chairman".</summary>
    private const string LeaderNoun = @"(?:leader|head|emir|commander|chief|chairman|president)\b";

    /// <summary>A body's origin in another: "grew out of", "emerged from".</summary>
    private const string GrewOutOf = @"(?:grew out of|emerged from)";

    /// <summary>After a body's origin, in its sentence: the other body took the new name, so it was renamed, not left.</summary>
    private const string Renamed = @"[^.;]*\b(?:took\s+(?:its|the|their)\s+(?:present|current|new)\s+name|(?:was|were)\s+renamed|renamed\s+itself|changed\s+(?:its|their)\s+name)\b";

    /// <summary>A nationality before a body's name: "the Algerian Salafist Group for Preaching and Combat".</summary>
    private const string Nationality = @"(?:\p{Lu}\p{Ll}+(?:ian|ean|ese)\s+)?";

    /// <summary>Before "signed": words that make the signing another agreement's ("It was followed by a final agreement signed in Niamey").</summary>
    private const string NotThisAgreement = @"(?<!\b(?:followed|replaced|preceded|succeeded|superseded)\s+by\b[^.;]*)";

    /// <summary>
    /// Before a place, words that make it another's: where something was run from ("headquartered
    /// in N'Djamena") or the place of what the event answered ("a response to the French
    /// intervention in Mali"). "Part of the jihadist insurgency in Niger" still places the event.
    /// </summary>
    /// <summary>Others a deed befell, named before what was done to them: "the students kidnapped in Chibok", "ten Chinese workers seized in Waza".</summary>
    public const string OthersTaken = "(?:students|girls|boys|schoolgirls|pupils|children|women|men|people|civilians|hostages|villagers|soldiers|victims|workers|employees|tourists|nationals|expatriates)";

    private static readonly string NotTheEventsPlace =
        // ("prompted protests in Bamako", "protests against the mission in Gao", "It grew out of the riots of 1987 in Kafanchan": where what
        // followed it, or came before it, happened.)
        // ("The 2014 Burkinabè uprising was a series of mass protests in Burkina Faso", "Black Thursday was the violent repression of protests
        // in Chad": the event's own protests place it.)
        @"(?<!(?<!\b(?:was|were)\s+(?:an?\s+|the\s+)?(?:(?:series|wave)\s+of\s+)?(?:[a-z-]+\s+)?(?:(?:repression|suppression|crackdown)\s+(?:of|on)\s+(?:the\s+)?)?)\b(?:protests?|demonstrations?|riots?|rallies|marches|talks|negotiations|debates?|celebrations|mourning|funerals?|trials?|sanctions)\s(?:(?:against|over|at|outside|of)\s[^.;,()]{1,40}?\s)?)" +
        // ("Aftermath The attack prompted a debate in Nouakchott": a section on what came before or after tells of other places.)
        NotBeforeOrAfter +
        // ("to demand the release of the students kidnapped in Chibok", "freed together with ten Chinese workers seized in Waza": where another
        // deed befell others; "were kidnapped in" still places it.)
        @"(?<!\b(?:the|those|of|with)\s+(?:[a-z-]+\s+){0,2}?" + OthersTaken + @"\s+(?:kidnapped|abducted|seized|captured|killed|held|detained|taken)\s)" +
        // ("The attack came a day after coordinated assaults on six army posts across central Mali": what came before it happened elsewhere.)
        // ("It was the first attack of Boko Haram on Chadian soil, two weeks after Chad had sent troops to fight the group in Cameroon": the same.)
        @"(?<!\b(?:(?:came|followed|occurred|happened)\s+|(?:a|an|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|months?|hours?|years?)\s+)(?:after|before)\b[^.;]*)" +
        // ("the Mauritanian government summoned Mali's ambassador in Nouakchott": where a government answered the deed, by its envoys.)
        @"(?<!\b(?:summoned|recalled|expelled|called\s+in)\s+(?:[^.;@]|@\d+@){0,40}?\b(?:ambassadors?|envoys?|diplomats?|charg[ée]s?\s+d['’]affaires)\s)" +
        // ("drove several thousand civilians across the border to Tiné and Bahai in the Ennedi Est Province", "villagers fled to camps in Mopti": where people went;
        // "advised against all travel to Niger outside Niamey": where they were told to go or not; but "a train travelling from Abuja to Kaduna
        // near Katari": where on its route it was.)
        // ("… travelling from Titao to Ouahigouya, about 20 kilometres south of Titao in the Loroum Province": where on its route, measured.)
        @"(?:(?<=\btravel(?:led|ling)\s+from\s+@\d+@\s+to\s+@\d+@\s)|(?<=\btravel(?:led|ling)\s+from\s+@\d+@\s+to\s+@\d+@,?\s+(?:(?:about|some|around|nearly)\s+)?[\d,.]+\s+(?:km|kilometres|kilometers|miles)\s+[a-z-]+\s+of\s+@\d+@\s)|(?<!\b(?:(?:drove|driven|driving|pushed|forced)\s+(?:[\p{L}\d,-]+\s+){0,4}?(?:civilians|people|residents|villagers|inhabitants|refugees|families|herders|thousands)|fled|fleeing|flee|took\s+refuge|sought\s+refuge|travel(?:led|ling|s)?)\b[^.;]{0,60}?\b(?:to|into|towards?)\s[^.;]{0,60}))" +
        // ("people who had fled the fighting in Khartoum were displaced again": where they came from.)
        @"(?<!\b(?:fled|fleeing|flee|escaped|escaping)\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:fighting|violence|war|clashes|attacks?|bombings?|shelling)\s)" +
        // ("the 2008 edition was cancelled after the killing of four French tourists near Aleg": where the deed it followed happened.)
        @"(?<!\b(?:after|following)\s+the\s+(?:killings?|murders?|deaths?|attacks?|kidnappings?|abductions?|massacres?|bombings?|assassinations?)\b[^.;]{0,80})" +
        LaterDeed +
        // ("advanced from bases in Libya", "fighters crossing from Banki in Nigeria attacked": where they came from.)
        @"(?<!\bfrom\s+(?:(?:the|its|their|rear|bases?|camps?|positions?|hideouts?|sanctuaries|strongholds?)\s+){1,2})" +
        @"(?<!\b" + MovingFrom + @",?\s)" +
        // ("21 of them … were later found in a mass grave near Diago": where they were found afterwards.)
        @"(?<!\b(?:later|afterwards|subsequently)\s+(?:found|discovered|buried|exhumed)\s[^.;]{0,40})" +
        // ("Captain X, who was arrested in Benin in April", "three suspects, A, B and C, were arrested in Guinea-Bissau": where one of
        // them was taken afterwards.)
        // (One "captured" there may have been taken in the deed itself, unless he is one of them after the fact: "who was captured in …".)
        @"(?<!\b(?:(?:who|he|she|they)\s+(?:was|were)\s+(?:later\s+|then\s+|subsequently\s+)?captured|(?:was|were)\s+(?:later\s+|then\s+|subsequently\s+|eventually\s+)?(?:arrested|detained|extradited|tried|sentenced|imprisoned|jailed))\s)" +
        // ("the heaviest defeat of Wagner Group in Africa": where a side's record stands, not where it was; "the deadliest attack in Burkina Faso" still places it.)
        @"(?<!\b(?:deadliest|heaviest|worst|largest|biggest|bloodiest|costliest|greatest)\s+(?:[a-z-]+\s+)?(?:defeats?|loss(?:es)?|setbacks?|victor(?:y|ies)|casualties)\b[^.;]{0,60})" +
        // ("(French intervention in Mali)": a link's label in brackets; "Operation Barkhane, a wider counter-insurgency operation across the Sahel": another's place, unless "a village in …".)
        // ("among them Ladji Yoro, a commander of the VDP in the North Region": where one named between commas served.)
        @"(?<!\([^()]{0,200})(?<!@\d+@,\s+(?:a|an)\s+(?:(?!(?:village|town|city|commune|settlement|locality|oasis|area|district|region|place|suburb|neighbou?rhood|quarter|hamlet|province|state)\b)(?:[\p{L}-]+|@\d+@)\s+){1,5})" +
        // ("in breach of the peace agreement signed in Bamako": where another thing was signed.)
        @"(?<!\b(?:headquartered|based|seated|stationed|hosted|headquarters|signed|concluded|negotiated|ratified)\s)(?<!\b(?:response|reaction|retaliation|reply|answer)\s+(?:to|for)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:intervention|war|insurgency|conflict|rebellion|crisis|campaign|operations?|presence|deployment|attacks?|coup|offensive)\s)";

    public static readonly IReadOnlyList<StatementRule> All =
    [
        // Events. "an offensive by the Malian government and Wagner Group mercenaries against the rebel coalition CSP-PSD"
        // ("an armed revolt by the Islamist sect Boko Haram against the Nigerian state": the side that rose, the other unnamed.)
        // ("an attack on 10 December 2019 by X against Y", "an offensive launched on 11 April 2021 by X against Y": words that say when may stand before "by".)
        new(s_event, @"\b(?:offensive|operation|campaign|attack|assault|intervention|war|insurgency|rebellion|revolt|uprising|insurrection|mutiny|coup|raid|ambush|siege)s?{WHEN}(?:\s+(?:launched|led|conducted|mounted|waged|fought))?{WHEN}\s+by\s+(?<a>{LIST})\s+against\s+(?:{TARGET}(?<b>{LIST})|(?:the|a|an)\s+[a-z])", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "two simultaneous assaults on 30 September 2019 by X on camps of the Malian Armed Forces": the side whose camps were hit
        // (only a camp, base, post or convoy "of" a side after "on": "an attack by X on Djibo" names a place, no side.)
        new(s_event, @"\b(?:attack|assault|raid|ambush)s?{WHEN}\s+by\s+(?<a>{LIST})\s+on\s+(?:(?:a|an|the|its|their|two|three|four|five|six|several|\d+)\s+)?(?:[a-z-]+\s+){0,2}?(?:camps?|bases?|posts?|outposts?|positions?|convoys?|patrols?|columns?|garrisons?|barracks|checkpoints?)\s+(?:of|belonging to)\s+(?<b>{LIST})", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "an incursion by the Front for Change and Concord in Chad into northern Chad": who came in, and where
        new(s_event, @"\b(?:incursion|invasion|offensive|advance|raid)s?{WHEN}\s+by\s+(?<a>{LIST})\s+into\b", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        new(s_event, @"\b(?:incursion|invasion|offensive|advance|raid)s?\b[^.;]{0,80}?\binto\s+(?:the\s+)?{QUARTER}(?<o>@\d+@)", StatementProperties.Location, Object: ObjectConstraint.Place),
        // "gunmen of Ansarul Islam attacked a military post in Nassoumbou, …, killing twelve soldiers of the Burkinabè Armed Forces": the side they killed
        new(s_event, @"\b(?:attacked|ambushed|assaulted|raided|stormed|overran|struck)\b[^.;]{0,160}?,\s+killing\s+(?:[\p{L}\d-]+\s+){0,3}?(?:soldiers|troops|gendarmes|policemen|police\s+officers|officers|members|personnel|peacekeepers)\s+of\s+(?:the\s+)?(?<b>{ITEM})", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "a jihadist attack on September 7, 2023, against a Malian Armed Forces camp in Bamba": the side whose camp was attacked
        new(s_event, @"\b(?:attack|assault|raid|ambush|offensive|bombing)s?{WHEN}\s+against\s+(?:a|an|the)\s+(?<b>@\d+@)\s+(?:camp|base|post|outpost|garrison|convoy|patrol|position|checkpoint|barracks)s?\b", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "The attacks were carried out on 30 September and 1 October 2019 by jihadists of X against two camps of the Y"
        // ("… by X against a military camp in Agadez": X's side, when the other has no name.)
        new(s_event, @"\b(?:carried out|perpetrated|committed|conducted|staged|mounted|launched){WHEN}\s+by\s+(?<a>{LIST})\s+against\s+(?:{TARGET}(?<b>{LIST})|(?:a|an|the)\s)", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "an attack on 10 December 2019 by the Islamic State in the Greater Sahara", "a raid by JNIM": who attacked is its perpetrator
        // (only words that say when between: "an attack on a convoy escorted by French troops" names the escort.)
        // ("a massacre of Fulani civilians by members of the Koglweogo": the victims may stand between.)
        new(s_event, @"\b(?:attack|assault|ambush|raid|bombing|suicide bombing|massacre|strike|kidnapping|abduction|killing|murder|execution)s?(?:\s+of\s+(?:[\p{L}@\d-]+\s+){0,4}?(?:civilians|villagers|people|herders|farmers|residents|worshippers|soldiers|gendarmes|men|women|children|hostages|workers|pupils|students))?{WHEN}\s+(?:(?:launched|led|conducted|mounted|staged|carried out|perpetrated|committed)\s+)?by\s+(?<o>{LIST})", StatementProperties.Perpetrator, Object: ObjectConstraint.Actor, Title: AttackTitle),
        // "in renewed conflict between the CSP-PSD and the Malian Armed Forces and allied Wagner Group mercenaries"
        // ("… and pro-government militias of the Platform, among them the GATIA": the ones it names are on that side too.)
        // ("… civilians by the ISGS …, during the fighting between the ISGS and the MSA": the sides of another fight.)
        // ("fought … between the CMA and pro-government militias", "… and local Toubou self-defence committees": the one side named, when the other has no name.)
        // ("an armed conflict that began on 15 April 2023 between the Sudanese Armed Forces, led by Abdel Fattah al-Burhan, and the Rapid
        // Support Forces": the first side's leader between commas.)
        new(s_event, @"(?<!\b(?:during|amid|amidst)\s+(?:the\s+)?)(?![^.;]*\bon\s+one\s+side\b)\b(?:fought|clashes?|fighting|conflict|battle|war|took place)\b(?:(?!\b(?:during|amid|amidst)\b)[^.;]){0,160}?\bbetween\s+(?<a>{SIDE})(?:,\s+(?:led|headed|commanded)\s+by\s+(?:[\p{L}-]+\s+){0,2}?@\d+@,)?\s+and\s+(?:(?:an?|the)\s+(?:alliance|coalition)\s+of\s+(?:[^,.;@]|@\d+@){1,80}?\s+led\s+by\s+)?(?:(?<b>{LIST})(?:,\s+(?:among them|including|notably|such as|among which)\s+(?<b>{LIST}))?|(?:[a-z-]+\s+){0,3}(?:militias|forces|troops|soldiers|fighters|rebels|insurgents|jihadists|groups|gunmen|gangs|bandits|committees|vigilantes|mutineers|herders|farmers|miners|protesters|demonstrators|villagers)\b)", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "between the government of Burkina Faso and its Volunteers … on one side and jihadist groups, mainly JNIM and the ISSP, on the other"
        new(s_event, @"\bbetween\s+(?<a>{LIST})\s+on\s+one\s+side\s+and\s+(?:(?:[a-z-]+\s+){0,3}?[a-z-]+,\s+(?:mainly|notably|including|chiefly|especially|above all)\s+)?(?<b>{LIST}),?\s+on\s+the\s+other\b", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "the MNLA attacked the Malian army", "JNIM fighters ambushed a convoy of the Malian Armed Forces"
        // ("Barkhane fought the Islamic State in the Greater Sahara": the subject's own name is no participant of itself; the other side is.)
        // (In a sentence about the event, its own name or "It" may stand first and is not a name: "Barkhane fought …".)
        // ("shelled the Abu Shouk and Zamzam camps for displaced people", "the Tin and Ba villages": named camps and villages are places, not
        // a side; "attacked a Nigerien Army camp in Chinagodrar" names the camp's side.)
        new(s_event, @"(?:(?<a>{LIST})|^(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+(?:attacked|ambushed|assaulted|clashed with|fought against|fought|battled|besieged|raided|stormed|overran|struck|bombed|shelled)\s+(?:(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:convoy|base|camp|patrol|position|column|unit|outpost|garrison)\s+of\s+)?(?<b>{LIST})(?!,\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?:town|village|city|commune|locality|settlement|hamlet)\b)(?!(?:(?:\s*,\s*|,?\s+and\s+)@\d+@)*\s+(?:camps?\s+(?:for|of)\s+(?:the\s+)?(?:internally\s+)?(?:displaced|refugees)|villages?|neighbou?rhoods?|markets?)\b)", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "after the Sudanese Armed Forces withdrew from the town's 17th Infantry Division base", "overran the 15th Infantry Division base": the
        // force whose base was given up or taken held it against the others
        new(s_event, NotBeforeOrAfter + @"\b(?:evacuated|abandoned|withdrew\s+from|pulled\s+out\s+of|attacked|overran|stormed|raided|shelled|captured|seized)\s+(?:the\s+|its\s+|(?:the\s+)?(?:town|city|village)['’]s\s+)(?<b>@\d+@)\s+(?:base|camp|barracks|headquarters|garrison)\b", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "when several hundred jihadists attacked a base of the Burkinabè Armed Forces at Koutougou": whose base was attacked, the attackers without a name
        // ("ambushed a convoy of civilians and Volunteers for the Defense of the Homeland": the armed among those it carried.)
        new(s_event, NotBeforeOrAfter + @"\b(?:attacked|ambushed|assaulted|raided|stormed|overran|struck|shelled)\s+(?:a|an|the|two|three|several)\s+(?:[a-z-]+\s+)?(?:convoy|base|camp|patrol|position|column|outpost|garrison|post|barracks)s?\s+of\s+(?:(?:civilians|villagers|traders|merchants|passengers|travellers|travelers|miners|herders)\s+and\s+)?(?<b>{LIST})", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "attacked the Soundiata Keïta military camp in Kati, the main base of the Malian Armed Forces": whose base the place attacked is
        new(s_event, NotBeforeOrAfter + @"\b(?:attacked|assaulted|raided|stormed|overran|struck|shelled)\s+(?:[^.;,]|@\d+@){1,80}?,\s+(?:the|a|an)\s+(?:(?:main|largest|biggest|principal|chief|forward)\s+)?(?:base|camp|headquarters|garrison|barracks|outpost|stronghold)\s+of\s+(?<b>{ITEM})", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "Malian special forces, supported by French and American troops and by soldiers of MINUSMA, stormed the hotel": who fought the attackers
        // ("The Nigerian Army, backed by air strikes of the Nigerian Air Force, repelled the attack": the force supported too; in any
        // sentence of the event but a section on what came before or after: "… retook the hotel the next morning".)
        new(s_event, NotBeforeOrAfter + @"(?:(?<b>{ITEM}),\s+)?\b(?:supported|backed|assisted|aided|reinforced)\s+by\s+(?:[^.;]*?\band\s+by\s+)?(?<b>{LIST}),?\s+(?:stormed|retook|recaptured|freed|liberated|repelled|repulsed|counter-attacked|ended)\b", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor, AboutSubject: false),
        // "The jihadists, led by Abdelhamid Abou Zeid, had captured the town": the insurgents' leader is on their side
        new(s_event, NotBeforeOrAfter + @"\b(?:jihadists|rebels|insurgents|militants|islamists|attackers|assailants),\s+(?:led|commanded)\s+by\s+(?<a>{ITEM}),", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "French aircraft of Operation Barkhane supported the defenders": the side that was attacked (in any sentence of the event)
        new(s_event, NotBeforeOrAfter + @"(?<b>{LIST})\s+(?:supported|backed|assisted|reinforced|aided|relieved)\s+the\s+(?:defenders|garrison|besieged|defending\s+troops)\b", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor, AboutSubject: false),
        // "The junta, the National Committee for the Salvation of the People (CNSP), was led by Colonel Assimi Goïta": the coup's side
        new(s_event, @"\b(?:junta|mutineers|putschists|plotters)\b[^.;]{0,100}?\b(?:was|were)\s+(?:led|headed|commanded)\s+by\s+(?<a>{ITEM})", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "The town was retaken on 5 June with the support of the Chadian Army": who helped retake it is on the side that lost it (in any sentence of the event but a section on what came before or after)
        // ("before being stopped by the Chadian Army": who stopped the attackers.)
        new(s_event, NotBeforeOrAfter + @"\b(?:retaken|recaptured|liberated|relieved|defended|repelled|repulsed|stopped|halted|routed|defeated|driven\s+back|pushed\s+back|beaten\s+back)\b{WHEN}\s+(?:with\s+the\s+(?:support|help|backing|assistance)\s+of|by|alongside)\s+(?<b>{LIST})", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor, AboutSubject: false),
        // "The Malian Army, whose supply convoys were ambushed on the road from Gao, evacuated the camp": who gave up the place besieged or
        // attacked held it against the others
        new(s_event, NotBeforeOrAfter + @"(?<b>{ITEM})(?:,\s+(?:whose|which|who)\s+(?:[^,.;@]|@\d+@){1,80},)?\s+(?:evacuated|abandoned|withdrew\s+from|pulled\s+out\s+of)\s+(?:the\s+|its\s+)?(?:(?:military\s+|army\s+)?(?:camp|base|barracks|garrison|post|town|city)\b|@\d+@)", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "a series of mass protests in Burkina Faso in October 2014 against President Blaise Compaoré": whom an uprising rose against
        new(s_event, @"\b(?:was|were)\s+(?:an?\s+)?(?:(?:series|wave)\s+of\s+)?(?:[a-z-]+\s+)?(?:protests|demonstrations|riots|uprising|revolt)\b(?:\s+(?:in|across)\s+(?:the\s+)?@\d+@)?{WHEN}\s+against\s+(?:(?:president|the\s+government\s+of|the\s+rule\s+of)\s+)?(?<b>{LIST})", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "several insurgent groups began fighting a campaign against the Malian government": the side fought against
        // ("an armed uprising of Tuareg groups against the governments of Niger and Mali": who rose may stand between.)
        // (Not "a campaign against the Fur, Masalit and Zaghawa peoples": peoples a campaign struck are its victims, no side.)
        new(s_event, @"\b(?:campaign|war|insurgency|rebellion|uprising|struggle|fighting)(?:\s+of(?:\s+[\p{L}-]+){1,4}?)?\s+against\s+(?<b>{LIST})(?!(?:[\s,]+(?:and\s+)?(?:@\d+@|[\p{L}-]+)){0,6}?\s+(?:peoples|communities|tribes|clans|populations|ethnic\s+groups|minorities)\b)", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "when the Sudan Liberation Movement/Army and the Justice and Equality Movement rebelled against the government of Sudan": who rose and against whom
        new(s_event, @"(?<a>{LIST})\s+(?:rebelled|revolted|rose\s+up|took\s+up\s+arms|mutinied)\s+against\s+(?:the\s+(?:government|rule|regime)\s+of\s+)?(?<b>{LIST})", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "an attempt by paratroopers of the 33rd Parachute Commando Regiment, the "Red Berets", to overthrow the military junta": who
        // tried it carried it out, as the first side
        new(s_event, @"\battempt\s+by\s+(?<o>{ITEM})" + AttemptTo, StatementProperties.Perpetrator, Object: ObjectConstraint.Actor),
        new(s_event, @"\battempt\s+by\s+(?<a>{ITEM})" + AttemptTo, StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "a campaign by the jihadist group Ansar Dine to demolish the tombs …": who waged a campaign of destruction carried it out
        new(s_event, @"\b(?:campaign|drive|effort|operation)\s+by\s+(?<o>{ITEM})\s+to\s+(?:demolish|destroy|raze|burn|wipe\s+out|kill|expel|drive\s+out|eradicate)\b", StatementProperties.Perpetrator, Object: ObjectConstraint.Actor),
        // "had destroyed … and broken open the door of the Sidi Yahya Mosque", "burned the Test Market": a named place damaged is a place of the deed
        new(s_event, NotBeforeOrAfter + @"\b(?:destroyed|burned|burnt|torched|looted|ransacked|damaged|demolished|razed|broke\s+open|broken\s+open|set\s+fire\s+to)\s+(?:(?:the|its|their)\s+)?(?:(?:main\s+)?(?:door|doors|gate|gates|roof|walls?|minaret|library|archives)\s+of\s+(?:the\s+)?)?(?<o>@\d+@)", StatementProperties.Location, Object: ObjectConstraint.Place),
        // "The Malian Armed Forces repelled the attackers after several hours of fighting": who held against the attack
        new(s_event, NotBeforeOrAfter + @"(?<b>{LIST})\s+(?:(?:later|eventually|finally|then)\s+)?(?:repelled|repulsed|drove\s+back|beat\s+back|pushed\s+back|fought\s+off)\s+the\s+(?:attackers|assailants|attack|assault|raid|raiders|jihadists|militants|insurgents|rebels|gunmen|fighters)\b", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "among them soldiers of the Rapid Intervention Battalion who fought the attackers": those who fought them are the other side
        new(s_event, NotBeforeOrAfter + @"(?<b>{ITEM})\s+(?:who|which|that)\s+(?:had\s+)?(?:fought|resisted|engaged|repelled|fired\s+on)\s+the\s+(?:attackers|assailants|raiders|jihadists|militants|insurgents|gunmen|kidnappers)\b", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "fighters of the Islamic State in the Greater Sahara attacked a joint patrol of Nigerien and United States soldiers": the attackers, when the attacked have no name
        // ("with which the Chadian National Armed Forces … defeated the far larger Libyan forces": the victor, when the defeated have no name)
        // (Not "… attacked it as it withdrew": the side of whom "it" stands for is another rule's.)
        // ("fighters of the Justice and Equality Movement, a rebel group from Darfur, attacked the city": what the attackers are may stand between.)
        new(s_event, @"(?<a>{LIST})" + Appositive + ComingFrom + @"\s+(?:attacked|ambushed|assaulted|besieged|encircled|surrounded(?!\s+by\b)|blockaded|raided|stormed|overran|defeated|routed)\b(?!\s+(?:it|them)\b)", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "A column of the Malian Armed Forces and mercenaries of the Wagner Group was ambushed by rebels of the CSP-DPA, while
        // jihadists of the JNIM attacked it as it withdrew": who was attacked, and who attacked, with whoever else attacked them
        new(s_event, @"{TARGET}(?<a>{LIST})\s+(?:was|were)\s+(?:attacked|ambushed|assaulted|besieged|raided|overrun|surrounded|defeated|routed)\s+by\s+(?<b>{LIST})(?:,?\s+(?:while|and|as|when)\s+(?<b>{LIST})\s+(?:also\s+)?(?:attacked|ambushed|assaulted|struck|shelled|harassed|pursued)\s+(?:it|them)\b)?", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "fighters of the GSPC attacked a Mauritanian Army outpost", of an attack, an ambush, a massacre: who attacked carried it out
        // (of a battle, the side that attacked first is no perpetrator.)
        // ("when the Rapid Support Forces and other security forces dispersed with live fire the sit-in": of a massacre, who fired on the crowd.)
        new(s_event, @"(?<o>{LIST})(?:\s+and\s+other\s+(?:[a-z-]+\s+){0,2}?(?:forces|troops|soldiers|units|militias|gunmen))?" + Appositive + ComingFrom + @"\s+(?:attacked|ambushed|assaulted|raided|stormed|overran|dispersed|opened\s+fire\s+on|fired\s+on|gunned\s+down)\b", StatementProperties.Perpetrator, Object: ObjectConstraint.Actor, Title: AttackTitle),
        // "when a drone of the Nigerian Army struck villagers", "when a jet of the Nigerian Air Force bombed a camp": whose craft struck carried the strike out
        new(s_event, @"\b(?:a|an|the|two|three|its|their)\s+(?:[a-z-]+\s+)?(?:drones?|jets?|planes?|aircraft|warplanes?|helicopters?|gunships?|bombers?)\s+(?:of|belonging\s+to)\s+(?:the\s+)?(?<o>@\d+@)\s+(?:struck|bombed|shelled|hit|attacked|fired\s+(?:on|at))\b", StatementProperties.Perpetrator, Object: ObjectConstraint.Actor, Title: AttackTitle),
        // "Malian soldiers and … Wagner Group mercenaries killed around 500 civilians": who killed is the perpetrator
        // ("gunmen of al-Qaeda in the Islamic Maghreb kidnapped seven employees": the number in words too)
        // ("soldiers of the Malian Armed Forces arrested about twenty Fulani civilians at the weekly market and executed them": those who took them.)
        new(s_event, @"(?<o>{LIST})" + Appositive + @"\s+(?:(?:killed|massacred|executed|murdered|kidnapped|abducted)\s+(?:(?:around|about|some|nearly|over|more than|at least|up to|an estimated)\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens|scores|hundreds)\b)|(?:arrested|rounded\s+up|detained|seized)\s+[^.;@]{1,80}?\s+and\s+(?:then\s+)?(?:executed|killed|shot)\s+them\b)", StatementProperties.Perpetrator, Object: ObjectConstraint.Actor),
        // "276 female students were kidnapped from the Government Girls Secondary School in Chibok, Borno State, Nigeria, by Boko Haram":
        // the victims first, then where they were taken from and when; only places and dates between the deed and "by"
        // ("were killed in Gao as the town was shelled by X" tells of another deed); "was kidnapped on 24 December 2016 in Gao, in northern
        // Mali, by gunmen later identified as members of X": the date first too, and who the gunmen were.
        new(s_event, @"\b(?:were|was)\s+(?:killed|massacred|executed|murdered|kidnapped|abducted|taken hostage)(?:\s+from\s+(?:a|an|the|their|its)\s+(?:[a-z-]+\s+){0,2}?(?:school|village|camp|base|church|mosque|market|homes?|houses?|hotel|bus|convoy))?{WHEN}(?:,?\s+(?:from|in|at|near|outside)\s+(?:the\s+)?{QUARTER}@\d+@(?:,\s+@\d+@)*)*{WHEN},?\s+by\s+(?:(?:gunmen|men|fighters|militants|jihadists|kidnappers|attackers|assailants)\s+(?:later\s+)?(?:identified|described)\s+as\s+(?:members|fighters|militants)\s+of\s+)?(?<o>{LIST})", StatementProperties.Perpetrator, Object: ObjectConstraint.Actor),
        // "which supported the Malian Armed Forces against jihadist groups"
        new(s_event, @"\b(?:supported|assisted|backed|aided|reinforced)\s+(?<o>{LIST})\s+(?:against|in\s+(?:the\s+)?fight)\b", StatementProperties.Participant, Object: ObjectConstraint.Actor),
        // "The Jeddah talks were negotiations between the Sudanese Armed Forces and the Rapid Support Forces": the parties to talks, on no side
        new(s_event, @"\b(?:negotiations|talks|dialogue|consultations)\s+between\s+(?<o>{ITEM})\s+and\s+(?<o>{ITEM})", StatementProperties.Participant, Object: ObjectConstraint.Actor, Title: TalksTitle),
        // "The Toyota War was the last phase of the Chadian–Libyan conflict": a phase of a war is part of it
        new(s_event, @"\b(?:is|was)\s+(?:the|a|an)\s+(?:(?:first|second|third|final|last|early|late|main|decisive|opening|closing|bloodiest|deadliest)\s+)?(?:phase|stage|chapter|episode|round)\s+of\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.PartOf, Object: ObjectConstraint.Event),
        // "It was the worst atrocity of the Mali War", "one of the deadliest attacks of the Jihadist insurgency"
        new(s_event, @"\b(?:deadliest|worst|bloodiest|largest|biggest|longest|first|last|major|decisive)\s+(?:[a-z]+\s+)?(?:atrocity|atrocities|attack|attacks|massacre|massacres|battle|battles|sieges?|blockades?|episode|event|incident|engagement|defeat|offensive)\s+(?:of|in)\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.PartOf, Object: ObjectConstraint.Event),
        // "carried out by JNIM", "perpetrated by the Islamic State in the Greater Sahara"
        // ("carried out on 10 October 2015 in Baga Sola, a town in the Lac Region of Chad, by female bombers of Boko Haram": where, between.)
        new(s_event, @"\b(?:carried out|perpetrated|committed|conducted|staged|orchestrated){WHEN}(?:\s+(?:in|at|near)\s+(?:the\s+)?@\d+@(?:,\s+(?:a|an)\s+[a-z]+\s+(?:in|of)\s+(?:the\s+)?@\d+@(?:\s+of\s+@\d+@)?)?{WHEN})?\s+by\s+(?<o>{LIST})", StatementProperties.Perpetrator, Object: ObjectConstraint.Actor),
        // "Operation Almahaou is a military operation of the Nigerien Armed Forces": whose operation it is
        // "a counter-insurgency operation of the Nigerian Army against Boko Haram": its two sides
        new(s_event, @"\b(?:is|was)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,3}?(?:operation|offensive|campaign|intervention)\s+(?:of|by)\s+(?<a>{LIST})\s+against\s+{TARGET}(?<b>{LIST})", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        new(s_event, @"\b(?:is|was)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,3}?(?:operation|offensive|campaign|intervention)\s+of\s+(?<o>{LIST})", StatementProperties.Participant, Object: ObjectConstraint.Actor),
        // "It was supported by French forces of Operation Barkhane until 2022": who supported an operation took part in it
        new(s_event, @"^(?:It|They|The\s+(?:[a-z-]+\s+){0,2}?(?:operation|offensive|campaign|intervention))\s+(?:was|were|has\s+been|had\s+been)\s+(?:(?:also|initially|later|first|then)\s+)?(?:supported|backed|assisted|aided|reinforced)\s+by\s+(?<o>{LIST})", StatementProperties.Participant, Object: ObjectConstraint.Actor, Period: true, Title: OperationTitle),
        // "It was led by the French military in cooperation with the G5 Sahel countries", "The operation was commanded by General X"
        new(s_event, @"\b(?:was|were|is|are)\s+(?:jointly\s+)?(?:led|commanded|headed)\s+by\s+(?<o>{LIST})(?:\s+(?:in\s+(?:cooperation|coordination|partnership|conjunction|collaboration)\s+with|together\s+with|alongside|with\s+the\s+support\s+of|supported\s+by)\s+(?<p>{LIST}))?", StatementProperties.Participant, Object: ObjectConstraint.Actor),
        // "In Niger it was led by the Niger Movement for Justice": of a rebellion, who led it is the rebels' side;
        // "Ibrahim Ag Bahanga led attacks around Tin-Zaouatene": who led its attacks, too
        new(s_event, @"\b(?:was|were)\s+(?:jointly\s+)?(?:led|commanded|headed)\s+by\s+(?<a>{LIST})", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor, Title: RebellionTitle),
        new(s_event, @"(?<a>{ITEM})\s+(?:led|commanded|headed)\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:attacks|raids|assaults|ambushes|offensives|uprisings)\b", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor, Title: RebellionTitle),
        // "The attack was commanded by Mokhtar Belmokhtar": of an attack, the one who led it is on the attackers' side
        new(s_event, @"\b(?:was|were)\s+(?:jointly\s+)?(?:led|commanded|directed|organi[sz]ed|planned)\s+by\s+(?<a>{LIST})", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor, Title: AttackTitle),
        // "the Malian Army led by Vice President Assimi Goïta captured President Bah N'daw" (a coup's first sentence), "when the
        // Sudanese Armed Forces removed President Omar al-Bashir from power",
        // "by elements of the Malian Armed Forces, who mutinied and detained President Ibrahim Boubacar Keïta",
        // "soldiers of the Nigerien Armed Forces led by … attacked the presidential palace … and captured President Mamadou Tandja"
        // ("the presidential guard of Niger … detained": a name after "of" is not who acted, nor the one it was "led by";
        // "rebels … captured its military camp" took a camp, not power: the one taken is a person or an office; not "captured Wad Madani,
        // the capital of …" nor a town taken "from" a side.)
        new(s_event, @"(?<!\bof\s|\bof\sthe\s|\bled\sby\s(?:[\p{L}-]+\s){0,2})(?<o>{ITEM})(?:\s+led\s+by\s+(?:[\p{L}-]+\s+){0,2}?@\d+@)?(?:,\s+who\s+(?:[a-z]+\s+){1,3}and|\s+(?:attacked|stormed|surrounded|entered|seized|mutinied|rebelled)\b[^.;]{0,100}?\s+and(?:\s+then)?)?\s+(?:(?:captured|arrested|detained|overthrew|ousted|deposed|toppled)\s+(?:the\s+)?(?:(?:interim|transitional|elected)\s+)?(?:@\d+@(?!,\s+(?:the\s+)?(?:capital|largest|main|chief|second)\b|\s+from\b)|(?:president|prime minister|head of state|government|king|minister|junta)\b)|seized power\b|removed\s+(?:the\s+)?(?:(?:interim|transitional|elected)\s+)?(?:president|prime minister|head of state|government|king|junta)?[^.;@]{0,20}?(?:@\d+@)?\s+from\s+(?:power|office)\b)", StatementProperties.Perpetrator, Object: ObjectConstraint.Actor),
        // "soldiers led by Colonel Ibrahim Baré Maïnassara overthrew President Mahamane Ousmane", "the presidential guard led by General …
        // overthrew": the man who led a force without a name of its own carried it out
        new(s_event, @"\b(?:soldiers|troops|officers|mutineers|men|paratroopers|commandos|guards?)\s+led\s+by\s+(?<o>{ITEM})(?:\s+(?:attacked|stormed|surrounded|entered|seized|mutinied)\b[^.;]{0,100}?\s+and(?:\s+then)?)?\s+(?:captured|arrested|detained|overthrew|ousted|deposed|toppled|removed|seized\s+power)\b", StatementProperties.Perpetrator, Object: ObjectConstraint.Actor),
        // "Officers of the army and the security forces, calling themselves the Military Council for Justice and Democracy, seized the
        // presidential palace": the name they acted under carried it out
        new(s_event, @"\bcalling\s+(?:themselves|itself)\s+(?:the\s+)?(?<o>@\d+@),?\s+(?:then\s+)?(?:seized|took|stormed|captured|overthrew|deposed|ousted|attacked|killed|kidnapped|detained)\b", StatementProperties.Perpetrator, Object: ObjectConstraint.Actor),
        // ("a group of officers led by Captain Ibrahim Traoré removed Lieutenant Colonel …")
        new(s_event, @"\bled\s+by\s+(?<a>{ITEM})\s+(?:captured|arrested|detained|overthrew|ousted|deposed|removed|seized power|toppled)\b", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "seize control over MINUSMA camps in Kidal Region", "took place near Ménaka", "in the village of Solhan", "in Chad's Lac Region"
        // ("a response to the French intervention in Mali": the intervention's place, not this event's.)
        // ("at Boulkessi and Mondoro", "in the villages of Tchoma Bangou and Zaroumdareye": both; "in the far north-east of Mauritania": the country;
        // "in the Beninese part of W National Park": the whole; "fought … for control of Anéfis": the place fought for; not "across the Nile from the capital Khartoum", the river between it and another place.)
        // ("killed in Tamalat, Inchinanane and Andéramboukane": each place of a list that closes with "and"; "in the northern states of Bauchi, Borno,
        // Kano and Yobe": each state; "in the southern part of Kaduna State, Nigeria,": the land after the comma too.)
        new(s_event, $@"{NotTheEventsPlace}\b(?:in|near|at|around|outside|across|for\s+(?:the\s+)?control\s+of)\s+(?:the\s+)?(?:(?:{Compass}|(?:[\p{{L}}-]+\s+)?part)\s+of\s+(?:the\s+)?)?{{QUARTER}}(?:(?:towns?|city|cities|villages?|communes?|area|district|province|region|states)\s+of\s+|capital\s+)?(?:@\d+@['’]s\s+)?(?<o>@\d+@(?:(?:\s*,\s*@\d+@)+,?\s+and\s+@\d+@|\s+and\s+(?:the\s+)?@\d+@)?)(?!['’]s)(?<!\bacross\s+(?:the\s+)?@\d+@(?=\s+from\b))(?:,\s+(?<p>@\d+@)(?=\s*[,.;]))?", StatementProperties.Location, Object: ObjectConstraint.Place),
        // "an annual rally first run in 1978 from Paris to Dakar": where a race or a march ran from and to is where it was held
        new(s_event, @"\b(?:run|ran|held|raced|driven|went|goes|runs)\s+(?:[^.;@]{0,30}?\s)?from\s+(?:the\s+)?(?<o>@\d+@)\s+to\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.Location, Object: ObjectConstraint.Place, Title: RaceTitle),
        // "has spread from Khartoum to Darfur and Kordofan": where a war was fought, each place
        new(s_event, NotBeforeOrAfter + @"\b(?:spread|spreads|spreading|extended|expanded)\s+from\s+(?:the\s+)?(?<o>@\d+@)\s+to\s+(?:the\s+)?(?<o>@\d+@)(?:(?:\s*,\s*|,?\s+and\s+)(?:the\s+)?(?<o>@\d+@))*", StatementProperties.Location, Object: ObjectConstraint.Place),
        // "in the villages of Diallassagou, Dianweli and Deguessagou", "in the states of Zamfara, Katsina and Kaduna": each of them
        new(s_event, $@"{NotTheEventsPlace}\b(?:in|at|on|near)\s+the\s+(?:villages|towns|communes|localities|settlements|hamlets|states|regions|provinces)\s+of\s+(?<o>@\d+@(?:\s*,\s*@\d+@)+,?\s+and\s+@\d+@)", StatementProperties.Location, Object: ObjectConstraint.Place),
        // "when soldiers loyal to Captain Blaise Compaoré killed President Thomas Sankara": the man they were loyal to is a side
        new(s_event, NotBeforeOrAfter + @"\b(?:soldiers|troops|officers|men|forces|fighters|militiamen)\s+loyal\s+to\s+(?<a>{ITEM})\s+(?:killed|captured|arrested|detained|overthrew|ousted|deposed|toppled|seized|attacked|stormed)\b", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "The Malian Armed Forces sent troops in October 2020": in an attack or a siege, the force sent against the attackers is the other side
        new(s_event, NotBeforeOrAfter + @"(?<b>{ITEM})\s+(?:sent|deployed|dispatched|rushed)\s+(?:troops|soldiers|reinforcements|forces|units)\b", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor, Title: SiegeOrAttackTitle),
        // "The city was defended by the army's 6th Infantry Division and by the Joint Darfur Force": the defenders are the other side
        new(s_event, NotBeforeOrAfter + @"\b(?:was|were)\s+(?:(?:still|mainly|successfully)\s+)?defended\s+by\s+(?:the\s+[a-z]+['’]s\s+)?(?<b>{LIST})(?:,?\s+and\s+by\s+(?:the\s+[a-z]+['’]s\s+)?(?<b>{LIST}))?", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "gunmen … attacked Seytenga, a town in the Seno Province of Burkina Faso": a town so described is where it happened
        new(s_event, NotBeforeOrAfter + @"\b(?:attacked|raided|stormed|overran|struck|besieged|shelled|encircled|blockaded)\s+(?<o>@\d+@),\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?:town|village|city|commune|locality|settlement|hamlet)\b", StatementProperties.Location, Object: ObjectConstraint.Somewhere),
        // "The RSF shelled the Abu Shouk and Zamzam camps for displaced people": named camps or villages attacked are where it happened
        new(s_event, NotBeforeOrAfter + @"\b(?:attacked|shelled|bombed|raided|struck|overran|stormed|burned|torched)\s+the\s+(?<o>@\d+@)(?:(?:\s*,\s*|,?\s+and\s+)(?<o>@\d+@))*\s+(?:camps?|villages?|neighbou?rhoods?|markets?)\b", StatementProperties.Location, Object: ObjectConstraint.Somewhere),
        // "a blockade of the town of Djibo, in Burkina Faso's Soum Province, by JNIM": the town besieged, and who besieged it
        new(s_event, NotBeforeOrAfter + @"\b(?:siege|blockade|encirclement|investment)\s+of\s+(?:the\s+(?:town|city|village|capital|camp)\s+of\s+)?(?<o>@\d+@)", StatementProperties.Location, Object: ObjectConstraint.Place),
        new(s_event, NotBeforeOrAfter + @"\b(?:siege|blockade|encirclement)\s+of\s+(?:the\s+(?:town|city|village|capital|camp)\s+of\s+)?@\d+@(?:[^.;@]|@\d+@){0,80}?(?<!\b(?:held|defended|garrisoned|controlled|occupied|guarded)\s)\bby\s+(?<a>{LIST})", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "rebel forces of the UFDD and the RFC entered N'Djamena": a town taken or entered is where it happened
        // ("French and Chadian troops retook Gao, Timbuktu and Kidal within a month": each town; "surrounded the Amachach military camp": the camp)
        new(s_event, NotBeforeOrAfter + LaterDeed + @"\b(?:entered|captured|recaptured|retook|liberated|seized|overran|took\s+control\s+of|encircled|blockaded|surrounded)\s+(?:the\s+(?:town|city|village|capital)\s+of\s+|the\s+(?=@\d+@\s+(?:military\s+|army\s+)?(?:camp|base|barracks|garrison)\b))?(?<o>@\d+@)(?:(?:\s*,\s*|,?\s+and\s+)(?<o>@\d+@))*(?:,\s+the\s+capital\s+of\s+(?<o>@\d+@))?", StatementProperties.Location, Object: ObjectConstraint.Place),
        // "attacked the state broadcaster ORTM, Bamako–Sénou International Airport and …": each place attacked, whatever describes it
        // (not "the nearby Cappuccino café": a name before a common noun is no place's whole name)
        new(s_event, NotTheEventsPlace + @"\b(?:attacked|stormed|raided)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?<o>@\d+@)" + NoNounAfter + @"(?:(?:\s*,\s*|,?\s+and\s+)(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?<o>@\d+@)" + NoNounAfter + @")*", StatementProperties.Location, Object: ObjectConstraint.Place),
        // "rebels of the FUC crossed from Sudan and advanced on N'Djamena": a town marched on is where it happened, and those who marched a side
        new(s_event, NotBeforeOrAfter + @"\b(?:advanced|marched|moved|converged)\s+(?:on|upon|towards?)\s+(?:the\s+(?:town|city|capital)\s+of\s+)?(?<o>@\d+@)", StatementProperties.Location, Object: ObjectConstraint.Place),
        // (Not the place they came from: "crossed from Sudan and advanced".)
        new(s_event, NotBeforeOrAfter + @"(?<!\b(?:from|of|in|across|through)\s)(?<a>{LIST})\s+(?:(?:crossed|came|moved|broke\s+out|set\s+out)\b[^.;]{0,40}?\s+and\s+)?(?:advanced|marched|moved|converged)\s+(?:on|upon|towards?)\s+(?:the\s+(?:town|city|capital)\s+of\s+)?@\d+@", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // … and the ones who entered it are a side
        // ("captured Wad Madani, the capital of Al Jazirah State in central Sudan, from the Sudanese Armed Forces", "entered …, after three
        // days of fighting with the Sudanese Armed Forces": and the side that lost it; "Chadian and Nigerien troops crossed the border from
        // Diffa and retook Damasak, a town in Borno State, Nigeria, from Boko Haram": who took it back, and from whom.)
        new(s_event, NotBeforeOrAfter + @"(?<a>{LIST})\s+(?:(?:crossed|came|moved|set\s+out)\b[^.;]{0,40}?\s+and\s+)?(?:entered|captured|seized|overran|took\s+control\s+of|retook|recaptured|took\s+back)\s+(?:the\s+(?:town|city|village|capital)\s+of\s+)?@\d+@(?:(?:,\s+(?:the\s+)?(?:capital|largest\s+city|main\s+town)\s+of\s+@\d+@(?:\s+in\s+(?:[a-z-]+\s+)?@\d+@)?,|,\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:town|city|village)\s+(?:in|of)\s+(?:the\s+)?@\d+@(?:,\s+@\d+@)?,)?\s+(?:from|after\s+(?:[a-z-]+\s+){0,4}?(?:fighting|clashes|battles?)\s+(?:with|against))\s+(?<b>{LIST}))?", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "Islamists of the MOJWA, supported by fighters of Ansar Dine, drove the MNLA out of the city": who drove whom out, with whoever supported them
        new(s_event, NotBeforeOrAfter + @"(?<a>{ITEM})(?:,\s+(?:supported|backed|assisted|aided|reinforced|joined)\s+by\s+(?<a>{LIST}),)?\s+(?:drove|pushed|chased|forced|expelled)\s+(?<b>{ITEM})\s+(?:out|from|back|away)\b", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "the Chadian Army, with French logistical support, drove the rebels out of the city": the side against the rebels
        new(s_event, NotBeforeOrAfter + @"(?<b>{ITEM})(?:,\s+with\s+[^,.;@]+,)?\s+(?:drove|pushed|forced|chased)\s+the\s+(?:rebels|jihadists|insurgents|militants|attackers|assailants|islamists)\s+(?:out|back|away|from)\b", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "attacked a military base and the town of Arbinda", "attacked the Dogon village of Sobane Da": a town attacked is where it happened
        new(s_event, NotBeforeOrAfter + @"\b(?:attacked|stormed|raided|overran|shelled|bombed|besieged)\s+(?:[^.;@]{0,40}?\band\s+)?the\s+(?:[\p{L}-]+\s+)?(?:town|city|village)\s+of\s+(?<o>@\d+@)", StatementProperties.Location, Object: ObjectConstraint.Place),
        // "attacked the Radisson Blu Hotel in Bamako": a building or site attacked is where it happened
        new(s_event, NotBeforeOrAfter + @"\b(?:attacked|stormed|raided|bombed|struck|targeted|seized|besieged)\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.Location, Object: ObjectConstraint.Site),
        // "abducted 344 boys from the Government Science Secondary School in Kankara": the school they were taken from
        new(s_event, NotBeforeOrAfter + @"\b(?:abducted|kidnapped|seized|took)\s+[^.;@]{1,40}?\s+from\s+the\s+(?<o>@\d+@)", StatementProperties.Location, Object: ObjectConstraint.Site),
        // "in Burkina Faso's Soum Province": the country that owns the place, too
        new(s_event, $@"{NotTheEventsPlace}\b(?:in|near|at)\s+(?:the\s+)?{{QUARTER}}(?<o>@\d+@)['’]s\s+@\d+@", StatementProperties.Location, Object: ObjectConstraint.Place),
        // "in Kuje, a suburb of Abuja in Nigeria's Federal Capital Territory": the city the place is part of, too
        new(s_event, $@"{NotTheEventsPlace}\b(?:in|near|at)\s+(?:the\s+)?@\d+@,\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:suburb|district|neighbou?rhood|quarter)\s+of\s+(?<o>@\d+@)", StatementProperties.Location, Object: ObjectConstraint.Place),
        // "in Dablo, a town in the Sanmatenga Province of Burkina Faso's Centre-Nord Region": the region the chain ends in, too
        new(s_event, $@"{NotTheEventsPlace}\b(?:in|near|at)\s+(?:the\s+)?{{QUARTER}}@\d+@(?:,\s+(?:a|an)\s+[a-z-]+\s+in\s+(?:the\s+)?@\d+@)?\s+of\s+@\d+@['’]s\s+(?<o>@\d+@)", StatementProperties.Location, Object: ObjectConstraint.Place),
        // "near In Amenas, Algeria": the country after the place, too
        // ("in Bamako, the capital of Mali": the country too.)
        // ("from the school in Chibok, Borno State, Nigeria": the state and the country.)
        new(s_event, $@"{NotTheEventsPlace}\b(?:in|near|at|around|outside|for\s+(?:the\s+)?control\s+of)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?{{QUARTER}}@\d+@,\s+(?:the\s+(?:capital|largest city|main town)\s+of\s+{{QUARTER}}|(?:a|an)\s+(?:commune|village|town|city|district)\s+(?:of|in)\s+(?:the\s+)?{{QUARTER}})?(?<o>@\d+@)(?:,\s+(?<o>@\d+@))?", StatementProperties.Location, Object: ObjectConstraint.Place),
        // "in the Mopti Region of Mali": the country after the region, too
        // ("in the Tillia Department of Tahoua Region, Niger", "in the Djenné Cercle of the Mopti Region of Mali": each place of the chain;
        // "in the Anka and Bukkuyum Local Government Areas of Zamfara State, Nigeria": after two areas too.)
        new(s_event, @"\b(?:in|near|at)\s+(?:the\s+)?@\d+@(?:\s+and\s+@\d+@)?" + LowerCaseDivision + @"(?:\s+of\s+(?:the\s+)?{QUARTER}(?<o>@\d+@))+(?:,\s+(?<o>@\d+@))?", StatementProperties.Location, Object: ObjectConstraint.Place),
        // "attacks … in seven towns of western and central Mali on 1 July 2025, among them Kayes, Diboli, Sandaré and Nioro du Sahel": each town named
        new(s_event, @"\b(?:in|on|at)\s+(?:[a-z0-9-]+\s+)?(?:villages|towns|cities|communes|localities|settlements)\b[^.;]{0,120}?,\s+(?:among them|including|notably|such as)\s+(?<o>{LIST})", StatementProperties.Location, Object: ObjectConstraint.Place),
        // "advanced into the Tibesti and Kanem regions": places a plural noun says are places
        new(s_event, @"\b(?:in|into|across|through|throughout)\s+(?:the\s+)?(?<o>@\d+@(?:\s*,\s*@\d+@)*,?\s+and\s+@\d+@)\s+(?:regions|provinces|districts|areas|departments|cercles)\b", StatementProperties.Location, Object: ObjectConstraint.Somewhere),
        // "attacked the gendarmerie school of Faladié": where the school attacked stands (not "attacked a convoy … leaving the camp of Ber": where it came from)
        new(s_event, $@"{NotTheEventsPlace}\b(?:attacked|stormed|struck|raided|bombed|targeted|assaulted|overran)\b(?:(?!\b(?:leaving|left|from|departing|returning|heading|towards?)\b)[^.;]){{0,80}}?\b(?:school|academy|base|camp|barracks|market|hotel|prison|mosque|church|hospital|post|headquarters|airport)\s+(?:of|at)\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.Location, Object: ObjectConstraint.Place),
        // "It began in Bauchi … and spread to Maiduguri": where the fighting went
        new(s_event, $@"{NotTheEventsPlace}\b(?:spread|spreading|extended|extending)\s+(?:to|into)\s+(?:the\s+)?{{QUARTER}}(?<o>@\d+@(?:(?:\s*,\s*@\d+@)+,?\s+and\s+@\d+@|\s+and\s+(?:the\s+)?@\d+@)?)", StatementProperties.Location, Object: ObjectConstraint.Place),
        // "most of them in the Middle Belt states of Benue, Plateau, Nasarawa and Taraba": the belt the states make up, and each state
        new(s_event, $@"{NotTheEventsPlace}\bin\s+the\s+(?<o>@\d+@)\s+states\s+of\s+(?<o>@\d+@(?:(?:\s*,\s*@\d+@)+,?\s+and\s+@\d+@|\s+and\s+@\d+@)?)", StatementProperties.Location),
        // "In Mali it began on 28 June 1990 with an attack on Ménaka by fighters of the Popular Movement for the Liberation of Azawad": the
        // first deed of a war or a rebellion is one of its places, and who carried it out its first side
        new(s_event, StartedWithAttack + @"(?:the\s+(?:town|city|village|garrison)\s+of\s+)?(?<o>@\d+@)", StatementProperties.Location, Object: ObjectConstraint.Place),
        new(s_event, StartedWithAttack + @"(?:[^.;@]|@\d+@){1,60}?\s+by\s+(?<a>{ITEM})", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "near Tongo Tongo", "outside Ménaka": a name after "near" is a place unless it names an actor or an event
        new(s_event, $@"{NotTheEventsPlace}\b(?:near|outside|around)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?(?<o>@\d+@)", StatementProperties.Location, Object: ObjectConstraint.Somewhere),
        // "during the Kidal offensive", "part of the Mali War", "in the course of the Northern Mali conflict", "a battle of the 2012 Tuareg rebellion"
        new(s_event, @"\b(?:during|part of|in the course of|within|(?:a|an|one)\s+(?:phase|episode|battle|engagement|chapter|campaign|front)\s+(?:of|in))\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.PartOf, Object: ObjectConstraint.Event),
        // "The attack came a week after the Banibangou massacre"
        new(s_event, @"\b(?:came|occurred|took place|happened|followed)\s+(?:(?:a|an|one|two|three|four|five|six|several|few|days?|weeks?|months?|years?|shortly|just|only)\s+){0,3}after\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.Follows, Object: ObjectConstraint.Event),
        // "in Niger it followed the Tchin-Tabaraden massacre of May 1990": what it came after
        new(s_event, @"\b(?:it|which)\s+(?:had\s+)?followed\s+(?!by\b)(?:the\s+)?(?<o>@\d+@)", StatementProperties.Follows, Object: ObjectConstraint.Event),
        // "following the 2020 Malian coup d'état"
        new(s_event, @"\b(?:following|in the wake of|in response to)\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.Follows, Object: ObjectConstraint.Event),
        // "It replaced Operation Serval"
        // ("It replaced Operation Serval and Operation Épervier": both)
        new(s_event, @"\b(?:replaced|succeeded)\s+(?!by\b)(?:the\s+)?(?<o>@\d+@)(?:(?:\s*,\s*|,?\s+and\s+)(?:the\s+)?(?<o>@\d+@))*", StatementProperties.Replaces, Object: ObjectConstraint.Event),
        // "It was succeeded on 1 August 2014 by Operation Barkhane"
        new(s_event, @"\b(?:succeeded|replaced|superseded)(?:{WHEN})\s+by\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.ReplacedBy, Object: ObjectConstraint.Event),
        // "It was followed by the Battle of Tinzaouaten", "It was followed by the Kidal ceasefire"
        new(s_event, @"\bfollowed\s+by\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.FollowedBy, Object: ObjectConstraint.Occasion),
        // "It followed the Battle of N'Djamena"
        new(s_agreement, @"\b(?:followed|came\s+after)\s+(?!by\b)(?:the\s+)?(?<o>@\d+@)", StatementProperties.Follows, Object: ObjectConstraint.Occasion),
        // "The accords were followed by the National Pact of 1992"
        new(s_agreement, @"\b(?:followed|replaced|superseded)\s+by\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.FollowedBy, Object: ObjectConstraint.Occasion),

        // "created in 1986 when the National Security Organization was split into three agencies": a body made of another's breaking up replaces it
        new(s_group, @"\b(?:created|formed|established|founded|set up)\b[^@.;]{0,40}?\bwhen\s+(?:the\s+)?(?<o>@\d+@)\s+was\s+(?:split|divided|broken up|dissolved|disbanded|reorgani[sz]ed)\b", StatementProperties.Replaces, Object: ObjectConstraint.Named),
        // Groups. "formed in August 2013 from the Janjaweed militias": the militias it was made of, which it replaces (not "from
        // former members of" a body, who split from it)
        new(s_group, @"\b(?:formed|created|established|set up|raised)\b[^.;@]{0,30}?\bfrom\s+(?:the\s+)?(?<o>@\d+@)\s+(?:militias|groups|forces|units|brigades)\b", StatementProperties.Replaces, Object: ObjectConstraint.Named),
        // Groups. "formed by the merger of Ansar Dine, Al-Mourabitoun and ..."
        new(s_group, @"\bmerger\s+of\s+(?<o>{LIST})", StatementProperties.Replaces, Object: ObjectConstraint.Actor),
        // "established on 25 April 2013 by United Nations Security Council Resolution 2100", "founded in late 2011 by Iyad Ag Ghaly"
        // ("formed in December 2005 and led by X": who led it, not who founded it.)
        // ("created in June 2016 in central Mali by X": where it was founded may stand between.)
        // ("the military junta proclaimed by the Regiment of Presidential Security on 17 September 2015")
        // ("founded in 2002 as the Darfur Liberation Front by X and Y": the name it began with stands between.)
        new(s_group, @"\b(?:founded|established|created|formed|set up|launched|proclaimed)\b(?:[^@.;]|(?<=\b(?:in|at|as(?:\s+the)?)\s+(?:{QUARTER})?)@\d+@){0,60}?(?<!\b(?:led|headed|commanded|chaired|backed|supported|funded|armed|joined)\s)\bby\s+(?<o>{LIST})(?!\s+and\s+" + OtherGroups + @")", StatementProperties.FoundedBy, Object: ObjectConstraint.Actor),
        // "a coalition of Chadian rebel groups formed in December 2005 by the Rally for Democracy and Liberty and seven other groups": its parts
        new(s_group, @"\b(?:founded|established|created|formed|set up)\b[^@.;]{0,60}?\bby\s+(?<o>{LIST})\s+and\s+" + OtherGroups, StatementProperties.HasPart, Object: ObjectConstraint.Group),
        // "an alliance of three separate rebel groups: The MNLA, The HCUA, and a faction of the MAA", "an alliance of the CMA and Platform"
        // (A capital opens a name: "the Union of Forces for Democracy and Development" is no union of "Development".)
        // "It operated the uranium mines of Arlit and Akokan in Niger through its subsidiaries Somaïr and Cominak": a company's subsidiaries are its parts
        new(s_group, @"\b(?:its|their)\s+(?:[a-z-]+\s+)?subsidiar(?:y|ies)\s+(?:were\s+|are\s+|include\s+|included\s+)?(?<o>{LIST})", StatementProperties.HasPart, Object: ObjectConstraint.Named),
        // (Not "a separatist coalition of northern Mali": where it is; not "a coalition of Tuareg and Arab armed groups": what its members are;
        // not "the coalition of armed groups loyal to Bamako": whom they serve.)
        // "a combined force of Benin, Cameroon, Chad, Niger and Nigeria": the states it is made of (one name after "force of" is its parent's)
        new(s_group, @"\b(?:combined|joint|multinational|regional)\s+(?:task\s+)?force\s+of\s+(?<o>@\d+@(?:\s*,\s*@\d+@)*,?\s+and\s+@\d+@)", StatementProperties.HasPart, Object: ObjectConstraint.Member),
        new(s_group, @"\b(?-i:alliance|coalition|union|federation|umbrella|grouping)\s+of\s+(?:(?!(?:in|across|from|throughout|within|to|[a-z-]*(?:northern|southern|eastern|western|central))\b)[a-z-]+\s+){0,4}?(?:groups?|movements?|organi[sz]ations?)?:?\s*(?<o>{LIST})", StatementProperties.HasPart, Object: ObjectConstraint.Named),
        // "an alliance of Tuareg and Arab armed groups of northern Mali formed on 28 October 2014, among them the MNLA, the HCUA and a
        // faction of the MAA": the ones it names (a faction of a body is not the body)
        new(s_group, @"\b(?-i:alliance|coalition|union|federation|grouping)\s+of\s+[^.;]{1,120}?,\s+(?:among them|including|among which|notably|such as)\s+(?<o>" + NotAPart + @"{ITEM}(?:\s*,\s*" + NotAPart + @"{ITEM})*(?:,?\s+and\s+" + NotAPart + @"{ITEM})?)", StatementProperties.HasPart, Object: ObjectConstraint.Named),
        // "a mutual defence pact between Mali, Niger and Burkina Faso", "a confederation of Mali, Burkina Faso and Niger": its members (states too)
        new(s_group, @"\b(?:pact|alliance|coalition|confederation|federation|partnership|bloc)\s+(?:between|among|of)\s+(?:the\s+)?(?:(?:states|countries|governments)\s+of\s+)?(?<o>{ITEM}(?:\s*,\s*{ITEM})*,?\s+and\s+{ITEM})", StatementProperties.HasPart, Object: ObjectConstraint.Member),
        // "Its members include the Imghad Tuareg Self-Defense Group and Allies (GATIA) and the Arab Movement of Azawad"
        new(s_group, @"\b(?:members|member groups|member organi[sz]ations|components|factions)\s+(?:include|included|includes|are|were)\s+(?<o>{LIST})", StatementProperties.HasPart, Object: ObjectConstraint.Member),
        // "comprising units from Benin, Cameroon, Chad, Niger and Nigeria", "made up of the CMA and the Platform"
        // "The Central African Republic joined in 1994 and Libya in 2008": in a body's own summary, who joined joined it
        new(s_group, @"^(?<o>{ITEM})\s+joined(?:\s+(?:it|them|the\s+(?:commission|organi[sz]ation|alliance|coalition|bloc|union|community|group))\b)?\s+in\s+\d{4}(?:\s*,?\s+(?:and\s+)?(?<o>{ITEM})\s+in\s+\d{4})*", StatementProperties.HasPart, Object: ObjectConstraint.Member, AboutSubject: false),
        // "It brought together eight groups, among them the Rally of Forces for Change and …": the ones it names
        new(s_group, @"\b(?:brought together|bringing together|brings together|united|unites|grouped|groups|gathered|gathers)\s+(?:(?:some|about|around|more than|over|at least)\s+)?(?:[a-z0-9-]+\s+)?(?:groups|movements|factions|organi[sz]ations|parties|militias),?\s+(?:among them|including|among which|notably|such as|chief among them)\s+(?<o>{LIST})", StatementProperties.HasPart, Object: ObjectConstraint.Member),
        // "made up of the army, the navy, the air force and the National Gendarmerie": the part named by a name after common nouns
        new(s_group, @"\b(?:comprising|comprises|comprise|comprised of|composed of|made up of|consisting of|consists? of|consisted of)\s+(?:(?:the|its|an?)\s+(?:[a-z-]+\s+)?[a-z-]+,\s+)+(?:(?:the|its|an?)\s+(?:[a-z-]+\s+)?[a-z-]+,?\s+)?and\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.HasPart, Object: ObjectConstraint.Member),
        new(s_group, @"\b(?:comprising|comprises|comprise|comprised of|composed of|made up of|consisting of|consists? of|consisted of|bringing together|brings together)\s+(?:(?:units|troops|forces|soldiers|contingents|members|fighters)\s+(?:from|of)\s+)?(?:the\s+)?(?<o>{ITEM}(?:\s*,\s*{ITEM})*,?\s+and\s+{ITEM})", StatementProperties.HasPart, Object: ObjectConstraint.Member),
        // "Its leader Abubakar Shekau died in 2021": the leader named after "Its leader"
        // ("Their commander-in-chief, General Abdel Fattah al-Burhan, has also chaired …": a rank and commas may stand between.)
        // ("On 26 July 2023 its commander, General Abdourahamane Tchiani, used it to …": after an opening clause of when, too.)
        new(s_group, @"(?:^|^(?:In|On|From|Since|By|Until|After)\b[^,;]{0,40},?\s+)(?:Its|their|its|Their)\s+(?:(?:former|longtime|long-time|first|founding|last)\s+)?(?:leader|emir|head|chief|commander(?:-in-chief)?|president),?\s+(?:(?:General|Colonel|Marshal|Field Marshal|Lieutenant General|Major General|Brigadier General|Admiral)\s+)?(?<o>@\d+@)", StatementProperties.LedBy, Object: ObjectConstraint.Actor),
        // "led by Iyad Ag Ghaly", "It is headed by Abu Ubaida Yusuf al-Annabi", "chaired by General X"; "Their first provisional president was Bilal Ag Acherif"
        // ("Commanded for most of its existence by Gilbert Diendéré")
        // ("commanded by officers of the junta led by Assimi Goïta": the junta's leader, not the body's.)
        // ("it split into a faction led by Minnawi … and one led by Abdul Wahid": a part's leader is not the whole's.)
        new(s_group, @"(?<!\bof\s+(?:the|a|an)\s+[a-z-]+\s+)(?<!\b(?:factions?|wings?|splinter(?:\s+groups?)?|offshoots?|branch(?:es)?|cells?|one|another|the\s+other)\s+(?:(?:that|which)\s+(?:was|is|were|are)\s+)?)\b(?:led|headed|commanded|chaired|presided over)(?:\s+(?:for|during|throughout)\s+(?:most|much|all|part)\s+of\s+(?:its|their)\s+(?:existence|history|life)|\s+since\s+(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\s+)?\d{4})?\s+by\s+(?<o>{LIST})(?!,?\s+and(?:,\s+[^,.;@]{1,40},)?\s+(?:then\s+|later\s+)?by\b)", StatementProperties.LedBy, Object: ObjectConstraint.Actor, Period: true),
        // "It was led first by Paul-Henri Sandaogo Damiba and, from October 2022, by Ibrahim Traoré": each leader in turn (the sentence's
        // period is one leader's: the words between the two give the second his start, the first none)
        new(s_group, @"\b(?:led|headed|commanded|chaired)(?:\s+(?:first|initially|originally))?\s+by\s+(?<o>{LIST}),?\s+and(?:,\s+(?<turn>[^,.;@]{1,40}),)?\s+(?:then\s+|later\s+)?by\s+(?<o>{LIST})", StatementProperties.LedBy, Object: ObjectConstraint.Actor),
        // "Its leaders included Sidi Mohamed Ould Maham, its president from 2014 to 2017": each leader named
        new(s_group, @"^(?:Its|Their)\s+(?:leaders|presidents|heads|chairmen|commanders)\s+(?:have\s+)?(?:included|include)\s+(?<o>{LIST})", StatementProperties.LedBy, Object: ObjectConstraint.Actor, Period: true),
        // "after the Islamic State named Abu Musab al-Barnawi its leader"
        new(s_group, @"\b(?:named|appointed|chose|designated|elected)\s+(?<o>{ITEM})\s+(?:as\s+)?(?:its|their)\s+(?:new\s+)?(?:leader|emir|head|commander|chief|president|wali|governor)\b", StatementProperties.LedBy, Object: ObjectConstraint.Actor, Period: true),
        // ("Their amenokal, or traditional leader, has been Mohamed Ag Intalla since 2014": a gloss may stand between.)
        new(s_group, @"\b(?:leader|president|head|chief|emir|commander|secretary-general|amenokal)(?:,\s+or\s+[^,.;@]{1,40},)?{WHEN}\s+(?:was|is|has been)\s+(?<o>{ITEM})", StatementProperties.LedBy, Object: ObjectConstraint.Actor, Period: true),
        // "the presidential guard of Amadou Toumani Touré, himself a former paratrooper who had commanded it": he led it
        new(s_group, @"(?<o>{ITEM}),\s+(?:himself\s+|herself\s+)?(?:a|an)\s+(?:[a-z-]+\s+){0,3}?who\s+(?:had\s+)?(?:once\s+|earlier\s+)?(?:commanded|led|headed)\s+(?:it|them)\b", StatementProperties.LedBy, Object: ObjectConstraint.Actor),
        // "his brother Gibril Ibrahim succeeded him as leader", "was succeeded as its leader by X": who followed the leader leads it
        new(s_group, @"(?<o>{ITEM}),?\s+(?:who\s+)?succeeded\s+(?:him|her|@\d+@)\s+as\s+(?:its\s+|the\s+group['’]s\s+)?(?:new\s+)?" + LeaderNoun, StatementProperties.LedBy, Object: ObjectConstraint.Actor, Period: true),
        new(s_group, @"\bwas\s+succeeded\s+as\s+(?:its\s+)?(?:new\s+)?" + LeaderNoun + @"\s+by\s+(?<o>{ITEM})", StatementProperties.LedBy, Object: ObjectConstraint.Actor, Period: true),
        // "when he was overthrown by Captain Ibrahim Traoré, who became its president": who became its leader leads it
        new(s_group, @"(?<o>{ITEM}),?\s+who\s+(?:then\s+|later\s+|in\s+turn\s+)?(?:became|was\s+(?:made|named|appointed|elected))\s+its\s+(?:new\s+)?" + LeaderNoun, StatementProperties.LedBy, Object: ObjectConstraint.Actor, Period: true),
        // "after his death in 2017 it came under the command of his brother Jafar Dicko"
        new(s_group, @"\b(?:came|passed|was placed|fell)\s+under\s+the\s+(?:command|leadership|control)\s+of\s+(?<o>{ITEM})", StatementProperties.LedBy, Object: ObjectConstraint.Actor, Period: true),
        // "until June 2025, when the Africa Corps replaced it", "replaced by the Africa Corps", "succeeded by ..."
        new(s_group, @"(?<o>{ITEM})\s+replaced\s+(?:it|them|the group|the mission)\b", StatementProperties.ReplacedBy, Object: ObjectConstraint.Actor),
        new(s_group, @"\b(?:replaced|succeeded)\s+by\s+(?<o>{ITEM})", StatementProperties.ReplacedBy, Object: ObjectConstraint.Actor),
        // "It signed the Juba Peace Agreement in October 2020": the body signed it (not "refused to sign it", nor "did not sign")
        new(s_group, SignedIt, StatementProperties.Signatory, StatementShape.Reversed, ObjectConstraint.Agreement),
        // "It carried out the Tongo Tongo ambush in October 2017 and the Inates attack in December 2019": each event's perpetrator is the group
        new(s_group, @"\b(?:carried out|perpetrated|committed|staged|conducted|was responsible for)\s+(?<o>(?:the\s+)?@\d+@(?:[^@.;]{0,40}?(?:,|\band)\s+(?:the\s+)?@\d+@)*)", StatementProperties.Perpetrator, StatementShape.Reversed, ObjectConstraint.Event),
        // "In December 2015 it rejoined AQIM", "joined the Coordination of Azawad Movements in 2014"
        // (not "it split into two factions, one of which joined the CMA": a part joined, not the whole)
        // ("it joined the other movements in the Unified Movements and Fronts of Azawad": the union it joined them in.)
        new(s_group, @"(?<!\b(?:one|some|several|two|part|many|most)\s+of\s+(?:which|whom|them)\s+|\bfactions?\s+)\b(?:joined|rejoined|re-joined)\s+(?:the\s+(?:other\s+)?(?:[a-z-]+\s+)?(?:movements|groups|factions|parties|fronts|rebels)\s+in\s+)?(?:the\s+)?(?<o>@\d+@)", StatementProperties.MemberOf, Object: ObjectConstraint.Group),
        // "took part in the G5 Sahel Joint Force from 2017", "Since 2017 they have taken part in …": a force or coalition a body
        // serves in ("took part in the Battle of Konna" is no body: the object must be a group)
        new(s_group, @"\b(?:took|takes|take|taken|taking)\s+part\s+in\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.MemberOf, Object: ObjectConstraint.Group, Period: true),
        // "formed … as a split from Ansar Dine", "a splinter group of the MNLA", "after a split from the MNLA"
        // "a Tuareg armed group founded in May 2013 by defectors from Ansar Dine"
        new(s_group, @"\b(?:founded|formed|created|established|set up)\b[^@.;]{0,40}?\bby\s+(?:[a-z-]+\s+)?(?:defectors|dissidents|deserters|former\s+members|breakaway\s+members)\s+(?:from|of)\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.SeparatedFrom, Object: ObjectConstraint.Actor),
        // "formed in February 2010 in Doha from splinter factions of the Sudan Liberation Army"
        new(s_group, @"\b(?:founded|formed|created|established|set up)\b(?:[^@.;]|(?<=\bin\s)@\d+@){0,40}?\bfrom\s+(?:(?:splinter|breakaway|dissident|rival)\s+)?(?:factions|splinters|splinter\s+groups|defectors|dissidents|elements)\s+of\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.SeparatedFrom, Object: ObjectConstraint.Group),
        // ("an organisation that broke away from al-Qaeda in the Islamic Maghreb in late 2011"; not "founded … by X, who had split
        // from Y": the founder left it.)
        new(s_group, @"(?<!,\s+who\s+(?:had\s+|has\s+)?(?:earlier\s+|previously\s+)?)\b(?:split(?:\s+(?:away|off))?|splintered|seceded|broke\s+(?:away|off)|splinter(?:\s+group)?|breakaway(?:\s+group)?|offshoot)\s+(?:from|of)\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.SeparatedFrom, Object: ObjectConstraint.Actor),
        // "evolved from the Salafist Group for Preaching and Combat (GSPC) in January 2007", "the successor of the MPA"; "grew out of
        // the Algerian Salafist Group for Preaching and Combat, which … took its present name in January 2007": the body renamed
        // (a nationality may stand before the name)
        new(s_group, @"\b(?:evolved from|successor (?:to|of)|" + GrewOutOf + "(?=" + Renamed + @"))\s+(?:the\s+)?" + Nationality + @"(?<o>@\d+@)", StatementProperties.Replaces, Object: ObjectConstraint.Actor),
        // "It grew out of the Muslim Students' Society in the late 1970s": born of a body that lives on, not renamed
        new(s_group, @"\b" + GrewOutOf + "(?!" + Renamed + @")\s+(?:the\s+)?" + Nationality + @"(?<o>@\d+@)", StatementProperties.SeparatedFrom, Object: ObjectConstraint.Actor),
        // "is a branch of the Malian Armed Forces", "was the Saharan wing of AQIM", "is a province of the Islamic State" (said of
        // the subject; the noun says the other is an organisation)
        // ("is a jihadist group in central Mali and a unit of JNIM": the second of what the subject is; not "… the MNLA, the
        // HCUA, and a faction of the MAA", a list's last item.)
        // ("founded in 1983 by John Garang as the political wing of the Sudan People's Liberation Army": what it was founded as.)
        new(s_group, @"\b(?:is|was|are|were|became|remains|(?:founded|formed|created|established|set\s+up)\b[^.;]{0,80}?\bas)\s+(?:(?:a|an)\s+(?:(?:[\p{L}-]+|@\d+@)\s+){1,8}?and\s+)?(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:branch|component|wing|division|subsidiary|affiliate|faction|service|arm|province|force|auxiliary|unit|battalion|brigade|katiba|cell)\s+of\s+(?:the\s+)?(?<o>@\d+@)(?!\s*,\s*@\d+@|,?\s+and\s+@\d+@)", StatementProperties.MemberOf, Object: ObjectConstraint.Actor),
        // "It grew to about 7,000 troops, mostly from Rwanda and Nigeria": the states whose troops made it up
        new(s_group, @"\b(?:troops|soldiers|peacekeepers|personnel|contingents)\s*,?\s+(?:(?:mostly|mainly|chiefly|largely|primarily)\s+)?from\s+(?<o>@\d+@(?:(?:\s*,\s*@\d+@)+,?\s+and\s+@\d+@|\s+and\s+@\d+@)?)", StatementProperties.HasPart, Object: ObjectConstraint.Member),
        // "a peacekeeping mission of the African Union in Darfur": a body's mission is part of it
        new(s_group, @"\b(?:is|was)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:mission|operation)\s+of\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.PartOf, Object: ObjectConstraint.Body),
        // "merged into JNIM in 2017"
        new(s_group, @"\bmerged\s+(?:into|with(?![^.;]*\binto\b))\s+(?:the\s+)?(?<o>@\d+@)(?![^.;]*\bto\s+form\b)", StatementProperties.MergedInto, Object: ObjectConstraint.Actor),
        // "Ansar Dine merged with Al-Mourabitoun, … and the Macina Liberation Front to form JNIM": what they formed, not its partners
        // ("it merged with Al-Mourabitoun and the Macina Liberation Front into Jama'at Nasr al-Islam wal-Muslimin")
        new(s_group, @"\bmerged\s+with\b[^.;]*?\b(?:to\s+(?:form|create|found)|into)\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.MergedInto, Object: ObjectConstraint.Actor),
        // "has been part of Jama'at Nasr al-Islam wal Muslimin since March 2017", "became part of JNIM"
        new(s_group, @"\b(?:is|was|has been|had been|became|becomes|remains|remained)\s+(?:a\s+)?part\s+of\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.MemberOf, Object: ObjectConstraint.Group, Period: true),
        // "was one of the Unified Movements and Fronts of Azawad (MFUA)": a member of the body the name gathers
        new(s_group, @"\b(?:is|was|are|were|became|remains|remained)\s+one\s+of\s+the\s+(?<o>@\d+@)", StatementProperties.MemberOf, Object: ObjectConstraint.Group),
        // "It belongs to the Platform, the coalition of armed groups loyal to Bamako"
        new(s_group, @"\b(?:belongs|belonged)\s+to\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.MemberOf, Object: ObjectConstraint.Group),
        // "a member of the Coordination of Azawad Movements"
        // (", a former member of X" after a founder's name speaks of the founder, not of the group.)
        new(s_group, @"\b(?:is|was|became|has been|remains)\s+(?:a|an|the)?\s*(?:founding\s+)?member\s+of\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.MemberOf, Object: ObjectConstraint.Actor),

        // Regions. "the eighth administrative region of Mali", "a town and rural commune in the Kidal Region of Mali"
        // ("the town of Ménaka" names the town: only a region, province or district is "of" a country.)
        // ("It borders … the Tombouctou and Ségou regions of Mali": the neighbours' country, not its own; "comprises the provinces of
        // Bam, …": its parts. "a rural commune in the Cercle of Tin-Essako in the Kidal Region of Mali": each place of the chain.)
        // ("Borno State is a state in north-eastern Nigeria", "a strip of land in northern Chad": a federation's state and a strip are places
        // too; not "proclaimed to be the independent nation-state of Azawad". "the capital and largest city of Burkina Faso, in the Centre
        // Region": the country and the region; "a forest in the Koulikoro Region of western Mali": a forest or a reserve as a town.)
        // ("a prefecture of the Savanes Region in the far north of Togo": past the compass; "in the Tahoua Region of western Niger, in the commune
        // of Tébaram": the commune after.)
        // ("a town on the shore of Lake Chad in Kukawa, a local government area of Borno State in north-eastern Nigeria": each place
        // of the chain, a place's kind between two of them, not the lake on whose shore it stands; "in the Passoré Province of Burkina
        // Faso's Nord Region": a possessive links two.)
        // ("a town and Local Government Area in the south of Borno State": a part of it by the compass)
        // ("a city in south-eastern Niger, near the border with Nigeria, and the capital of the Diffa Region": ", and" ends what the border words govern;
        // "the capital city of Nigeria, in the Federal Capital Territory": both)
        // ("It surrounds the capital district of Bamako": what a region surrounds lies outside it; "divided since 1994 into the states of …": its parts)
        // ("the capital of the Nord Region and of Yatenga Province": both; not "the capital of the Mossi kingdom of Yatenga", a name before a polity's noun,
        // nor "was the capital of the Mahdist State from 1885 to 1898", "was the first capital of the British Protectorate of …": a capital of the past)
        // ("one of the 18 states of Sudan", not "one of the member states of ECOWAS"; "the capital of the state of West Darfur")
        // ("a standard-gauge railway in Nigeria": a way built across the land lies where it is built, "a gold-mining area in the Tibesti Region"
        // where it is dug; "a military camp about 10 kilometres north
        // of Tessalit, in the Kidal Region": where, past the town it is measured from.)
        new(s_region, @"(?<!\b(?:border(?:s|ed|ing)?|compris(?:es|ed|ing)|includ(?:es|ed|ing)|surround(?:s|ed|ing)?|encircl(?:es|ed|ing)|divided(?:\s+(?:since|in)\s+\d{4})?\s+into|made up of|consists of)\b(?:(?!,\s+and\b)[^.;])*)\b(?:(?:regions?|provinces?|districts?|cercles?|prefectures?|departments?|subdivisions?|divisions?|local government areas?|area councils?|territor(?:y|ies)|neighbou?rhoods?|suburbs?|(?<!\bmember\s)states|(?<=\b(?:is|was)\s+(?:a|an)\s+(?:(?:federal|constituent)\s+)?)state|strips?\s+of\s+land)\s+(?:of|in)|(?:commune|town|city|village|oasis|camp|capital|forest|reserve|park|massif|mountain range|range|plateau|valley|lake|river|desert|basin|cliff|escarpment|plain|hills|island|(?<=-mining\s)area|" + string.Join('|', [.. KindRules.BuildingNouns, .. KindRules.WayNouns]) + @")(?:\s+(?:on|by|near)\s+the\s+(?:(?:shores?|banks?|edge)\s+of\s+(?:the\s+)?)?@\d+@,?|\s+(?:about\s+|some\s+)?[\d,.]+\s+(?:km|kilometres|kilometers|miles)\s+" + Compass + @"\s+of\s+(?:the\s+)?@\d+@,)?\s+in|(?<!\bwas\s+(?:the\s+)?(?:first\s+|former\s+|old\s+|colonial\s+)?)capital(?:\s+city|\s+and\s+(?:largest|biggest|main|most\s+populous)\s+city)?\s+of|(?:largest|biggest|main|chief|principal)\s+(?:(?:international|military|commercial)\s+)?(?:city|town|airport|port)\s+of)\s+(?:the\s+)?(?:" + Compass + @"\s+of\s+(?:the\s+)?|(?:state|province|region|department|commune|cercle|district|municipality|prefecture)\s+of\s+)?{QUARTER}(?<o>@\d+@)(?!\s+(?:kingdom|empire|sultanate|caliphate|emirate)\b)" + LowerCaseDivision + @"(?:(?:\s+(?:in|of|and\s+of)\s+(?:the\s+)?(?:" + Compass + @"\s+of\s+(?:the\s+)?)?|['’]s\s+|,\s+in\s+(?:the\s+)?(?:(?:commune|municipality|district|department|prefecture|cercle)\s+of\s+|" + Compass + @"\s+of\s+(?:the\s+)?)?|,\s+(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:commune|district|area|region|province|department|county|state|cercle|prefecture|municipality|subdivision)\s+(?:of|in)\s+(?:the\s+)?)?){QUARTER}(?<o>@\d+@)" + LowerCaseDivision + @")*", StatementProperties.LocatedIn, Object: ObjectConstraint.Place),
        // "a village … of the Mopti Region of Mali, on the Bandiagara Escarpment", "The cercle, on the Bandiagara Escarpment and the Séno plain":
        // high ground a place stands on (not a river or a lake on whose shore it stands)
        new(s_region, @"(?:^(?:It|The\s+[a-z]+)|,)\s+(?:lies\s+|stands\s+)?on\s+the\s+(?<o>@\d+@)", StatementProperties.LocatedIn, Object: ObjectConstraint.Upland),
        // "The Mandara Mountains are a volcanic range along the border between Nigeria and Cameroon": a range or a river on a border lies in both lands
        new(s_region, @"\b(?:along|on|astride|straddling)\s+the\s+border\s+between\s+(?:the\s+)?(?<o>@\d+@)\s+and\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.LocatedIn, Object: ObjectConstraint.Place, Title: LandformTitle),
        // "a port city on the Red Sea coast of Saudi Arabia": the land whose coast, named by its sea, a place stands on (not "on the shore of
        // Lake Chad": the lake)
        new(s_region, @"\b(?:city|town|village|port)\s+on\s+the\s+@\d+@\s+(?:coast|shore|seaboard)\s+of\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.LocatedIn, Object: ObjectConstraint.Place),
        // "and the seat of the Cercle of Tin-Essako": the seat of a place lies in it ("and the headquarters of the Ngala Local Government
        // Area of Borno State": and in what holds that)
        new(s_region, @"\b(?:seat|chief town|administrative centre|administrative center|headquarters)\s+of\s+(?:the\s+)?(?<o>@\d+@)" + LowerCaseDivision + @"(?:\s+(?:in|of)\s+(?:the\s+)?(?<o>@\d+@)" + LowerCaseDivision + ")*", StatementProperties.LocatedIn, Object: ObjectConstraint.Place),
        // "flowing 4,180 km through Guinea, Mali, Niger, Benin and Nigeria", "flowing from the Central African Republic through Chad": a river's countries
        new(s_region, @"\b(?:flow(?:s|ed|ing)?|runs?|running|ran|pass(?:es|ed|ing)?|stretch(?:es|ed|ing)?|extend(?:s|ed|ing)?)\s+(?:[\d,.]+\s+(?:km|kilometres|kilometers|miles)\s+)?(?:from\s+(?:the\s+)?(?<o>@\d+@)\s+)?(?:through|across)\s+(?<o>@\d+@(?:(?:\s*,\s*|,?\s+and\s+)@\d+@)*)", StatementProperties.LocatedIn, Object: ObjectConstraint.Place),
        // "a crude oil pipeline of 1,980 kilometres from the Agadem oil field in eastern Niger to the port of Sèmè in Benin", "a railway
        // between Dakar in Senegal and Koulikoro in Mali": a line built across lands lies in those of both its ends; "between Idu, near
        // Abuja, and Kaduna in north-central Nigeria": in the one land written.
        new(s_region, @"\b(?:" + string.Join('|', KindRules.WayNouns) + @")\s+(?:of\s+[\d,.]+\s+(?:km|kilometres|kilometers|miles)\s+)?(?:(?:running|that\s+runs)\s+)?(?:from\s+" + WayEnd + @"\s+to|between\s+" + WayEnd + @"\s+and)\s+[^.;@]{0,40}?(?:@\d+@\s+)?\bin\s+{QUARTER}(?<o>@\d+@)", StatementProperties.LocatedIn, Object: ObjectConstraint.Place),
        // "The Chari River is a river of Central Africa": a river or a lake "of" a land lies in it
        new(s_region, @"\b(?:is|was)\s+(?:a|an|the)\s+(?:(?:major|main|large|long|seasonal|shallow)\s+)?(?:river|lake|desert|massif|mountain range)\s+of\s+(?:the\s+)?{QUARTER}(?<o>@\d+@)(?:\s+and\s+(?:the\s+)?(?<o>@\d+@))?", StatementProperties.LocatedIn, Object: ObjectConstraint.Place),
        // "a lake … shared by Chad, Cameroon, Niger and Nigeria"
        new(s_region, @"\b(?:shared\s+(?:by|between)|straddl(?:es|ing)|divided\s+between)\s+(?<o>@\d+@(?:\s*,\s*@\d+@)*,?\s+and\s+@\d+@)", StatementProperties.LocatedIn, Object: ObjectConstraint.Place),
        // "one of Burkina Faso's 13 administrative regions"
        new(s_region, @"\bone\s+of\s+(?<o>@\d+@)['’]s\s+(?:\d+\s+|[a-z]+\s+){0,2}(?:regions|provinces|departments|cercles|communes|districts|states|prefectures)\b", StatementProperties.LocatedIn, Object: ObjectConstraint.Place),
        // "Mondoro is a rural commune and village of the Douentza Cercle in the Mopti Region of Mali": what a commune or village
        // is "of", and the lands that hold that (the opening's "is a … of" only: "the town of Gao" names the town; "Anéfis, also
        // spelled Anefif, is a small town and commune of …": past another name between commas)
        new(s_region, @"^\s*(?:The\s+)?[^.;,]{0,60}?(?:,\s+(?:also|or|formerly|sometimes|often|officially)\b[^.;,]{0,60},\s*)?\b(?:is|was)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,3}?(?:commune|town|city|village|oasis|suburb|district)\s+of\s+(?:the\s+)?{QUARTER}(?<o>@\d+@)(?:(?:\s+(?:in|of)\s+(?:the\s+)?|,\s+(?:in\s+(?:the\s+)?)?){QUARTER}(?<o>@\d+@))*", StatementProperties.LocatedIn, Object: ObjectConstraint.Place),
        // "lies in the Sahel Region", "is located in Kidal Region", "situated in northern Mali"
        new(s_region, @"\b(?:lies|lay|lying|located|situated)\s+(?:(?:entirely|mainly|mostly|wholly)\s+)?in\s+(?:(?:a|the)\s+(?:valley|part|corner|plain|foothills)\s+of\s+)?(?:the\s+)?{QUARTER}(?<o>@\d+@)", StatementProperties.LocatedIn, Object: ObjectConstraint.Place),
        // "It is part of Khartoum State", "forms part of the Tillabéri Region": a place part of another lies in it (of the present: "formerly part of" below)
        new(s_region, @"\b(?:is|forms)\s+(?:an?\s+)?part\s+of\s+(?:the\s+)?{QUARTER}(?<o>@\d+@)", StatementProperties.LocatedIn, Object: ObjectConstraint.Place),
        // "it forms with the Arly and Pendjari parks the W-Arly-Pendjari Complex": what a place forms with others holds it
        new(s_region, @"\bforms?,?\s+(?:together\s+)?with\s+[^.;]{1,80}?\s(?:[a-z]+|@\d+@),?\s+the\s+(?<o>@\d+@)", StatementProperties.LocatedIn, Object: ObjectConstraint.Place),
        // "This area was formerly part of Gao Region", "created in 2016 from part of Gao Region", "from part of the former Tahoua Department",
        // "a state … created on 27 August 1991 out of Borno State"; "created … from parts of the former Kaduna, Niger and Plateau states": each of them
        new(s_region, @"\b(?:formerly part of|from (?:the\s+)?(?:(?:northern|southern|eastern|western|central|larger)\s+)?parts? of|created(?:\s+(?:in|on)\s+(?:\d{1,2}\s+)?(?:[a-z]+\s+)?\d{4})?\s+(?:from|out\s+of)|carved out of|separated from|split(?:\s+off)?\s+from)\s+(?:the\s+)?(?:former\s+)?(?<o>@\d+@)(?:(?:,\s+(?<o>@\d+@))*,?\s+and\s+(?<o>@\d+@)(?=\s+states\b))?", StatementProperties.SeparatedFrom, Object: ObjectConstraint.Place),

        // Agreements. "signed ... following negotiations in Algiers between the Republic of Mali and Coordination of Azawad Movements (CMA)"
        // ("between the Transitional Military Council of Chad and more than forty rebel groups": the one named.)
        new(s_agreement, $@"{NotThisAgreement}\b(?:signed|negotiations|negotiated|concluded|agreed)\b[^.;]*?\bbetween\s+(?<o>{{ITEM}})(?:,\s+(?:led|headed|represented)\s+by\s+@\d+@,)?(?:\s+and\s+(?<p>{{LIST}}))?(?:\s+(?:of|from|in)\s+{{QUARTER}}@\d+@)?(?:,\s+(?:among them|including|notably|such as)\s+(?<p>{{LIST}}))?", StatementProperties.Signatory, Object: ObjectConstraint.Actor),
        // "signed by …", "signed on 6 January 1991 in Tamanrasset, Algeria, by the government of Mali and the Popular Movement of Azawad"
        new(s_agreement, $@"{NotThisAgreement}\bsigned(?:{{WHEN}}|,?\s+(?:in|at)\s+@\d+@(?:,\s*(?:in\s+)?{{QUARTER}}@\d+@)?)*,?\s+by\s+(?<o>{{LIST}})", StatementProperties.Signatory, Object: ObjectConstraint.Actor),
        // "signed … by the government of Mali and two Tuareg and Arab rebel movements, the MPA and the FIAA": the signatories the text then names
        // ("… and four rebel groups: the UFDD, the RFD, the CNT and the UFDD-Fundamental")
        new(s_agreement, @"\b(?:signed|between)\b[^.;]*?\b(?:two|three|four|five|six|several|\d+)\s+(?:[\p{L}-]+\s+){0,4}?(?:groups|movements|parties|factions|organi[sz]ations|fronts|@\d+@)(?:\s+of\s+the\s+[a-z-]+)?[,:]\s+(?<o>" + ListedSignatory + @"(?:\s*,\s*" + ListedSignatory + @")*,?\s+and\s+" + ListedSignatory + ")", StatementProperties.Signatory, Object: ObjectConstraint.Actor),
        // "signed on 15 May 2015 by the Malian government and the Platform, and on 20 June 2015 by the Coordination of Azawad Movements"
        new(s_agreement, @"\bsigned\b[^.;]*?,?\s+and(?:\s+later)?{WHEN}\s+by\s+(?<o>{LIST})", StatementProperties.Signatory, Object: ObjectConstraint.Actor),
        // "a peace agreement between the CMA and the government of Mali"
        new(s_agreement, @"\b(?:agreement|accords?|treaty|deal|pact|ceasefire|truce)\s+between\s+(?<o>{ITEM})\s+and\s+(?<p>{LIST})", StatementProperties.Signatory, Object: ObjectConstraint.Actor),
        // "signed on May 15 and June 20, 2015, in Bamako", "signed … at Tamanrasset, in southern Algeria": the country after the place, too
        new(s_agreement, $@"{NotThisAgreement}\bsigned\b[^@.;]*?\b(?:in|at)\s+(?<o>@\d+@)(?:,\s*(?:in\s+)?{{QUARTER}}(?<p>@\d+@))?", StatementProperties.Location, Object: ObjectConstraint.Somewhere),

        // People. "born around 1959 or 1966, in Kidal, Mali"
        // ("Born in Boumdeid, in the Assaba Region", "Born in Abéché, in eastern Chad": the region that holds the town, too; not past the bracket
        // of his life, "(born 1960) is a scholar based in Kaduna".)
        new(s_person, @"\bborn\b(?:[^@.;)]|\bca?\.){0,60}?\bin\s+(?:the\s+)?(?:(?:town|city|village|region|province|district|area)\s+of\s+)?(?<o>@\d+@)" + BirthOrDeathRegion, StatementProperties.PlaceOfBirth, Object: ObjectConstraint.Somewhere),
        // ("He was killed in August 2021 in fighting with the Nigerian Army near Lake Chad": past who killed him; "in the Adrar des Ifoghas
        // in northern Mali": both places; "was shot dead by soldiers of his own guard at the airport": where.)
        // (Not "Ladji Yoro (died 23 December 2021) was a militia leader who commanded … in the North Region": the brackets of his dates close there.)
        new(s_person, @"\b(?:died|was\s+(?:killed|assassinated|murdered|executed|shot\s+dead))\b[^.;)]{0,80}?\b(?:in|near|at)\s+(?:the\s+)?(?:(?:town|city|village|region|province|district|area|forest|desert|hospital)\s+of\s+)?(?<o>@\d+@)" + BirthOrDeathRegion, StatementProperties.PlaceOfDeath, Object: ObjectConstraint.Somewhere),
        // "the emir of al-Qaeda in the Islamic Maghreb's Sahara branch": a member of the branch is the organisation's
        new(s_person, @"\b(?:emir|commander|leader|head|chief|member|spokesman|spokesperson|deputy)\s+of\s+(?:the\s+)?(?<o>@\d+@)['’]s\s+(?:(?:[\p{L}-]+|@\d+@)\s+)?(?:branch|wing|unit|brigade|battalion|faction|division|katiba|cell)\b", StatementProperties.MemberOf, Object: ObjectConstraint.Actor, Period: true),
        // "earlier commanded a brigade of al-Qaeda in the Islamic Maghreb": a part's commander is the whole's member
        new(s_person, @"\b(?:commanded|commands|led|leads|headed|heads)\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:brigade|battalion|unit|katiba|cell|branch|wing|faction|column)\s+of\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.MemberOf, Object: ObjectConstraint.Actor, Period: true),
        // "he became one of the leaders of Jama'at Nasr al-Islam wal Muslimin"
        new(s_person, @"\b(?:one\s+of\s+the|among\s+the)\s+(?:[a-z-]+\s+)?(?:leaders|founders|commanders|members|emirs|chiefs|officers)\s+of\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.MemberOf, Object: ObjectConstraint.Actor),
        // "the chief of staff of the MNLA army", "the secretary-general of GATIA", "a member of the CMA"
        new(s_person, @"\b(?:secretary-general|chief of staff|commander|spokesperson|spokesman|emir|deputy|treasurer)\s+of\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.MemberOf, Object: ObjectConstraint.Body, Period: true),
        // "commander-in-chief of the Chadian National Armed Forces from 1985 to 1989": of a force without its article here, a
        // member, as a commander is (with its article, its leader: below)
        new(s_person, @"\bcommander-in-chief\s+of\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.MemberOf, Object: ObjectConstraint.UnlinkedGroup, Period: true),
        // ("a leading member of the Congress for Democracy and Progress": "member" says the other is a body.)
        // (Not "a member of the Mahariya branch of the Rizeigat": a branch of a people, named before its noun.)
        new(s_person, @"\bmember\s+of\s+(?:the\s+)?(?<o>@\d+@)(?!\s+(?:branch|clan|sub-clan|subclan|tribe|lineage|family|fraction|section)\b)", StatementProperties.MemberOf, Object: ObjectConstraint.Actor, Period: true),
        // "he rose as a leader of Janjaweed militias": one leader among several is one of them
        new(s_person, @"\b(?:a|one)\s+(?:[a-z-]+\s+)?(?:leader|commander|chief)\s+of\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.MemberOf, Object: ObjectConstraint.Actor, Period: true),
        // "he was elected governor in 2015 as the candidate of the All Progressives Congress": a party's candidate is its member
        new(s_person, @"\b(?:as\s+)?(?:the|a)\s+(?:[a-z-]+\s+)?candidate\s+of\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.MemberOf, Object: ObjectConstraint.Body),
        // "a son of Mohammed Yusuf, the founder of Boko Haram, and served as its spokesman": "its" is the organisation just named
        new(s_person, @"(?<o>@\d+@),?\s+and\s+(?:later\s+)?(?:served as|was|became)\s+its\s+(?:[a-z-]+\s+)?(?:spokesman|spokesperson|deputy|treasurer|commander|emir|member|secretary-general|chief of staff)\b", StatementProperties.MemberOf, Object: ObjectConstraint.Actor),
        // "served as the president of the CSP-PSD", "the leader of Ansar Dine": the group is led by the person
        // (not "the secretary-general of …": a party may have a president beside its secretary-general, who is its member.)
        new(s_person, AnothersOffice + @"\b(?:president|leader|head|chief|emir|commander-in-chief)\s+of\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.LedBy, StatementShape.Reversed, ObjectConstraint.Group, Period: true),
        // "the founder of Ansarul Islam", "a co-founder of the MNLA": the group was founded by the person
        // ("the founder and secretary-general of the ANSIPRJ": an office after "and" is of the same group.)
        new(s_person, AnothersOffice + @"\b(?:founder|co-founder|cofounder|founding leader)(?:\s+and\s+(?:first\s+)?[a-z-]+)?\s+of\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.FoundedBy, StatementShape.Reversed, ObjectConstraint.Group),
        // "who leads a faction of the Sudan Liberation Movement/Army": who leads a part of a body is its member
        // ("He had led a self-defence group of the Koglweogo in the Loroum Province": a group of it, too.)
        new(s_person, @"\b(?:leads|led|heads|headed|commands|commanded)\s+(?:a|one|the)\s+(?:[a-z-]+\s+)?(?:faction|wing|branch|splinter group|group|cell|unit|chapter|section)\s+of\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.MemberOf, Object: ObjectConstraint.Body, Period: true),
        // "who founded the Niger Movement for Justice in 2007 and led it until 2009": the group was led by the person too
        new(s_person, @"\b(?:founded|co-founded|cofounded|established|created)\s+(?:the\s+)?(?<o>@\d+@)(?:\s+in\s+\d{4})?\s+and\s+(?:later\s+|then\s+)?(?:led|headed|commanded)\s+it\b", StatementProperties.LedBy, StatementShape.Reversed, ObjectConstraint.Group, Period: true),
        // "who founded and led the Islamic State in the Greater Sahara", "He co-founded Ansar Dine": the group was founded by the person
        // ("he broke with Ansar Dine in January 2013 to found the Islamic Movement of Azawad"; not "to form": "… merged with MUJAO to form Al-Mourabitoun" is the brigade's deed)
        new(s_person, @"\b(?:founded|co-founded|cofounded|established|created|to\s+(?:found|co-found|establish))\s+(?:and\s+(?:led|headed)\s+)?(?:the\s+)?(?<o>@\d+@)", StatementProperties.FoundedBy, StatementShape.Reversed, ObjectConstraint.Group),
        // "he founded the party Yéléma in 2010": what the noun before it says it is, whatever its name
        new(s_person, @"\b(?:founded|co-founded|cofounded|established|created)\s+(?:the|a)\s+(?:political\s+)?(?:party|movement|militia|group|association|newspaper)\s+(?<o>@\d+@)", StatementProperties.FoundedBy, StatementShape.Reversed, ObjectConstraint.Named),
        // "He led the Front for the Unity of Azawad", "He heads the MNLA": the group is led by the person
        // ("who chaired the Military Council for Justice and Democracy")
        // "After signing the Darfur Peace Agreement in 2006 he became …": he signed it
        new(s_person, SignedIt, StatementProperties.Signatory, StatementShape.Reversed, ObjectConstraint.Agreement),
        new(s_person, @"\b(?:led|leads|heads|headed|commanded|commands|chaired|chairs|presided over)\s+(?:the\s+|its\s+|their\s+)?(?<o>@\d+@)", StatementProperties.LedBy, StatementShape.Reversed, ObjectConstraint.Group, Period: true),
        // "the interim president of Burkina Faso since 2022", "who was President of Niger from 2021 until he was deposed", "served as prime minister of Mali"
        // "ruled Niger as head of state until his death": the office of the country he ruled
        new(s_person, @"\b(?:ruled|governed|led)\s+(?<o>@\d+@)\s+as\s+(?:its\s+)?(?:(?:interim|transitional|military)\s+)?(?<office>president|head of state|prime minister|king|emir)\b", StatementProperties.PositionHeld, StatementShape.Position, ObjectConstraint.Somewhere, Period: true),
        // "he was ambassador of Chad to China from 2017 to 2022": an envoy's office names the land he served and the one he was sent to
        new(s_person, HeldAs + @"\s+(?:(?:also|later|then)\s+)?(?:(?:the|a|an)\s+)?(?:(?:former|first)\s+)?(?<office>ambassador|envoy|high commissioner)\s+of\s+(?<the>the\s+)?(?<o>@\d+@)(?<to>\s+to\s+(?:the\s+)?@\d+@)", StatementProperties.PositionHeld, StatementShape.Position, ObjectConstraint.Somewhere, Period: true),
        // ("is a Sudanese politician and former governor of Darfur": the office after what he is; not "governor of the Darfur region", an office named in lower case.)
        new(s_person, HeldAs + @"\s+(?:(?:a|an)\s+(?:[\p{L}-]+\s+){1,3}and\s+)?(?:(?:also|later|then|briefly|twice)\s+)?(?:(?:the|a)\s+)?(?:(?:interim|transitional|acting|first|current|incumbent|former)\s+)?(?<office>president|vice[- ]president|prime minister|head of state|king|governor|mayor)\s+of\s+(?<the>the\s+)?(?<o>@\d+@)(?!\s+(?:region|province|state|area|district)\b)", StatementProperties.PositionHeld, StatementShape.Position, ObjectConstraint.Somewhere, Period: true),
        // "He served as chairman of the Transitional Military Council", "was deputy chairman of the Transitional Sovereignty Council": a body's chair
        // ("he was rector of the Ramat Polytechnic": a school's head too.)
        new(s_person, HeldAs + @"\s+(?:(?:also|later|then|briefly|twice)\s+)?(?:(?:the|a)\s+)?(?:(?:interim|transitional|acting|first|current|incumbent|former)\s+)?(?<office>(?:(?:deputy|vice)[- ])?chair(?:person|man|woman)?|rector|vice[- ]chancellor|principal|dean)\s+of\s+(?<the>the\s+)?(?<o>@\d+@)", StatementProperties.PositionHeld, StatementShape.Position, ObjectConstraint.Member, Period: true),
        new(s_person, HeldAs + @"\s+(?:(?:also|later|then|briefly|twice)\s+)?(?:(?:the|a)\s+)?(?:(?:interim|transitional|acting|first|current|incumbent|former)\s+)?(?<o>@\d+@)", StatementProperties.PositionHeld, StatementShape.Position, ObjectConstraint.Office, Period: true),
        // "he was senator for Borno Central from 1999 to 2003", "deputy for Bourem": a seat in a house for the place it represents
        new(s_person, HeldAs + @"\s+(?:(?:also|later|then|briefly|twice)\s+)?(?:(?:the|a)\s+)?(?:(?:first|former)\s+)?(?<office>senator|deputy)\s+(?<prep>for)\s+(?<o>@\d+@)", StatementProperties.PositionHeld, StatementShape.Position, ObjectConstraint.Somewhere, Period: true),
        // "He left the All Nigeria Peoples Party for the Peoples Democratic Party in 2014, and was its national chairman from February to
        // July 2016": the chair of the last body named before "its"
        new(s_person, @"(?<the>the\s+)?(?<o>@\d+@)(?:(?!@\d+@)[^.;])*?\b(?:was|became|served as|has been)\s+its\s+(?:first\s+)?(?<office>(?:national\s+|deputy\s+|vice[- ])?(?:chair(?:man|person|woman)|secretary[- ]general))\b", StatementProperties.PositionHeld, StatementShape.Position, ObjectConstraint.Member, Period: true),
        // "He was Chief of Staff of the Armed Forces from 2008 to 2018 and then Minister of Defence", "… and President of the National Assembly": the second office too
        // ("… from 1995 to 1996 and from 2000 to 2007, and as President of …": however many periods stand between; "was acting head of state
        // of Burkina Faso from 1 to 21 November 2014 and Prime Minister of Burkina Faso …": after an office in lower case too; "was in charge of
        // defence at the presidency from 1997 to 2001 and Minister of Justice …": after a charge; "was rector of the Ramat Polytechnic
        // in Maiduguri from 2011 to 2015 and then Commissioner for …": after a post at a body, wherever it is.)
        new(s_person, @"\b(?:was|is|has been|had(?:\s+(?:earlier|previously|once|already))?\s+been|became|served as)\s+(?:(?:the|a)\s+)?(?:@\d+@|(?:(?:interim|transitional|acting)\s+)?(?:president|vice[- ]president|prime minister|head of state)\s+of\s+(?:the\s+)?@\d+@|in\s+charge\s+of\s+[a-z]+(?:\s+(?:and|at|in|of)\s+(?:the\s+)?[a-z]+)*|[a-z]+\s+(?:of|at)\s+the\s+@\d+@(?:\s+in\s+@\d+@)?)[^@.;]{0,80}?\band\s+(?:(?:then|later|afterwards|subsequently)\s+)?(?:as\s+)?(?:(?:the|a)\s+)?(?<o>@\d+@)", StatementProperties.PositionHeld, StatementShape.Position, ObjectConstraint.Office, Period: true, OwnPeriodOnly: true),
        // "first fighting in the MPLA in 1991, then fighting in the Popular Movement for Azawad", "recruited as a volunteer in the Libyan army"
        // ("killed in fighting with the Nigerian Army": clashes with it, not service in it.) "has served in the RSF since 2013": from then
        // "a former captain in the Nigerian Army", "an officer in the Chadian National Army": a rank held in a force is service in it
        new(s_person, @"(?<!\b(?:by|with|against|to)\s)\b(?:a|an)\s+(?:(?:former|retired|serving|junior|senior|young)\s+)?(?:captain|colonel|lieutenant(?:-colonel)?|major|general|sergeant|corporal|officer|soldier|pilot|private)\s+in\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.MemberOf, Object: ObjectConstraint.Group),
        new(s_person, @"(?<!\b(?:in|during|after|amid)\s)\b(?:fighting|fought|served|serving|enlisted|recruited|joined)\s+(?:as\s+(?:a\s+)?[a-z]+\s+)?(?:in|with)\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.MemberOf, Object: ObjectConstraint.Group, Period: true, OwnPeriodOnly: true),
        // "he represented Kaduna Central in the Nigerian Senate from 2019 to 2023": a chamber one sat in for a seat is one's own
        new(s_person, @"\brepresent(?:ed|s|ing)\s+(?:(?:[^.;@]|@\d+@){1,40}?\s+)?in\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.MemberOf, Object: ObjectConstraint.Group, Period: true, OwnPeriodOnly: true),
        // "he worked for the United Nations Economic Commission for Africa": a body one worked for is one's own ("had worked for the weekly
        // Jeune Afrique and the newspaper Libération": each, after the noun that says what it is)
        new(s_person, @"\b(?:worked|working|works)\s+(?:[a-z]+\s+)?for\s+(?:the\s+)?(?:(?:weekly|daily|newspaper|magazine|news\s+agency|broadcaster)\s+)?(?<o>@\d+@)(?:(?:\s*,\s*|,?\s+and\s+)(?:the\s+)?(?:(?:weekly|daily|newspaper|magazine|news\s+agency|broadcaster)\s+)?(?<o>@\d+@))*", StatementProperties.MemberOf, Object: ObjectConstraint.Group, Period: true, OwnPeriodOnly: true),
        // "he broke with Ansar Dine in January 2013", "who split from the MNLA": a body someone left was theirs
        new(s_person, @"\b(?:broke|breaking|split|splitting|defected|deserted)\s+(?:away\s+)?(?:with|from)\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.MemberOf, Object: ObjectConstraint.Group),
        // "He left the All Nigeria Peoples Party for the Peoples Democratic Party": of the one he left and of the one he joined
        new(s_person, @"\b(?:left|quit)\s+(?:the\s+)?(?<o>@\d+@)\s+(?:for|to\s+join)\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.MemberOf, Object: ObjectConstraint.Group),
        // "Fagaga rejoined the Malian army", "he was instated into the Malian army", "He became a colonel in the Libyan army"
        // ("deserted … to join the MNLA, then Ansar Dine": each in turn; "he defected to the Sudanese Armed Forces": the side one went over to.)
        new(s_person, @"\b(?:joined|join|rejoined|re-joined|instated into|integrated into|incorporated into|enrolled in|defected to|went over to)\s+(?:the\s+)?(?<o>@\d+@)(?:,?\s+(?:then|and\s+then|later|and\s+later)\s+(?:the\s+)?(?<o>@\d+@))*", StatementProperties.MemberOf, Object: ObjectConstraint.Group),
        // (Not "he was the target of the Boko Haram raid on his home": one a deed befell is none of its doers.)
        new(s_person, @"\b(?:became|becomes|was|is|served as|rose to become)\s+(?:a|an|the)\s+(?!(?:president|leader|head|chief|emir|target|victim|subject|object|focus|hostage|prisoner|captive|enemy|opponent|critic|rival)\b)(?:[a-z-]+\s+){1,2}(?:of\s+@\d+@\s+)?(?:in|of)\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.MemberOf, Object: ObjectConstraint.Group),
    ];

    /// <summary>Words that make a sentence's claim uncertain or someone else's: it states nothing.</summary>
    public static readonly IReadOnlySet<string> Hedges = new HashSet<string>(StringComparer.Ordinal)
    {
        "reportedly", "allegedly", "believed", "thought", "claimed", "claims", "claim", "rumoured", "rumored", "suspected",
        "possibly", "probably", "perhaps", "may", "might", "unconfirmed", "purportedly", "supposedly", "accused", "alleged",
        // "The government said that the plot was led by …": one side's word
        "said", "says",
    };

    /// <summary>Section headings the mirror glues to the next sentence ("Organization The CMA was founded…").</summary>
    public static readonly IReadOnlySet<string> SectionHeadings = new HashSet<string>(StringComparer.Ordinal)
    {
        "Background", "History", "Biography", "Organization", "Organisation", "Geography", "Overview", "Aftermath",
        "Prelude", "Timeline", "Structure", "Leadership", "Ideology", "Activities", "Career", "Early life", "Etymology",
        "Formation", "Battle", "Events", "Casualties", "Reactions", "Legacy", "Terms", "Provisions", "Demographics",
        "Presidency", "Departments", "Administration", "Politics", "Economy", "Death",
    };
}
