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
}

/// <summary>What a rule's object must be for the statement to be taken.</summary>
public enum ObjectConstraint
{
    Any,

    /// <summary>A group or person article, or a name (never a place or an event article).</summary>
    Actor,

    /// <summary>A region article, a name ending like a place ("… Region"), or a name after "town of", "city of".</summary>
    Place,

    /// <summary>An event article, or a name of a war, conflict, rebellion, offensive, operation.</summary>
    Event,

    /// <summary>A group article, or a name of a movement, front, army, group.</summary>
    Group,

    /// <summary>Anything but an actor or an event: a region article or any other name ("near Tongo Tongo").</summary>
    Somewhere,
}

/// <summary>
/// A phrasing that states a fact, read over a sentence whose names stand as tokens (<c>@3@</c>):
/// for <see cref="SubjectKinds"/>, <see cref="Pattern"/> gives <see cref="Property"/> in
/// <see cref="Shape"/>. <see cref="AboutSubject"/>: only in a sentence about the article itself
/// (its first sentence, or one that starts by naming it: "The battle…", "It…", "He…").
/// <see cref="Period"/>: the sentence's "between March and August 2022" becomes from and to.
/// </summary>
public sealed record StatementRule(
    ArticleKind[] SubjectKinds,
    string Pattern,
    StatementProperty Property,
    StatementShape Shape = StatementShape.Objects,
    ObjectConstraint Object = ObjectConstraint.Any,
    bool AboutSubject = true,
    bool Period = false);

/// <summary>
/// The phrasings the importer reads statements from, in one table, each preceded by the words it
/// reads. In a pattern, <c>{ITEM}</c> is one name (with "the", "allied", "rebel coalition" before
/// it and "mercenaries", "forces" after it) and <c>{LIST}</c> one or more names joined by ", ",
/// "and", and "with" or "alongside" (allies: "the Malian army with Wagner Group mercenaries").
/// </summary>
public static class StatementRules
{
    private static readonly ArticleKind[] s_event = [ArticleKind.Event];
    private static readonly ArticleKind[] s_group = [ArticleKind.Group];
    private static readonly ArticleKind[] s_region = [ArticleKind.Region];
    private static readonly ArticleKind[] s_agreement = [ArticleKind.Agreement];
    private static readonly ArticleKind[] s_person = [ArticleKind.Person];

    public static readonly IReadOnlyList<StatementRule> All =
    [
        // Events. "an offensive by the Malian government and Wagner Group mercenaries against the rebel coalition CSP-PSD"
        new(s_event, @"\b(?:offensive|operation|campaign|attack|assault|intervention|war|insurgency|rebellion|coup|raid|ambush|siege)\s+(?:launched\s+|led\s+|conducted\s+)?by\s+(?<a>{LIST})\s+against\s+(?<b>{LIST})", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "in renewed conflict between the CSP-PSD and the Malian Armed Forces and allied Wagner Group mercenaries"
        new(s_event, @"\b(?:fought|clashes?|fighting|conflict|battle|war|took place)\b[^.;]{0,80}?\bbetween\s+(?<a>{ITEM})\s+and\s+(?<b>{LIST})", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "the MNLA attacked the Malian army", "JNIM fighters ambushed a convoy of the Malian Armed Forces"
        new(s_event, @"(?<a>{LIST})\s+(?:attacked|ambushed|assaulted|clashed with|fought against|besieged|raided)\s+(?:a\s+(?:[a-z-]+\s+)?(?:convoy|base|camp|patrol|position|column|unit|outpost)\s+of\s+)?(?<b>{LIST})", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "carried out by JNIM", "perpetrated by the Islamic State in the Greater Sahara"
        new(s_event, @"\b(?:carried out|perpetrated|committed|conducted|staged|orchestrated)\s+by\s+(?<o>{LIST})", StatementProperties.Perpetrator, Object: ObjectConstraint.Actor),
        // "the Malian Army led by Vice President Assimi Goïta captured President Bah N'daw" (a coup's first sentence)
        // ("the presidential guard of Niger … detained": a name after "of" is not who acted, nor the one it was "led by".)
        new(s_event, @"(?<!\bof\s|\bof\sthe\s|\bled\sby\s)(?<o>{ITEM})(?:\s+led\s+by\s+@\d+@)?\s+(?:captured|arrested|detained|overthrew|ousted|deposed|seized power|toppled)\b", StatementProperties.Perpetrator, Object: ObjectConstraint.Actor),
        new(s_event, @"\bled\s+by\s+(?<a>{ITEM})\s+(?:captured|arrested|detained|overthrew|ousted|deposed|seized power|toppled)\b", StatementProperties.Participant, StatementShape.Sides, ObjectConstraint.Actor),
        // "seize control over MINUSMA camps in Kidal Region", "took place near Ménaka", "in the town of Tessalit"
        new(s_event, @"\b(?:in|near|at|around|outside|across)\s+(?:the\s+)?(?:northern\s+|southern\s+|eastern\s+|western\s+|central\s+)?(?<o>@\d+@)", StatementProperties.Location, Object: ObjectConstraint.Place),
        // "near Tongo Tongo", "outside Ménaka": a name after "near" is a place unless it names an actor or an event
        new(s_event, @"\b(?:near|outside|around)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?(?<o>@\d+@)", StatementProperties.Location, Object: ObjectConstraint.Somewhere),
        // "during the Kidal offensive", "part of the Mali War", "in the course of the Northern Mali conflict"
        new(s_event, @"\b(?:during|part of|in the course of|within|a phase of|an episode of)\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.PartOf, Object: ObjectConstraint.Event),
        // "following the 2020 Malian coup d'état"
        new(s_event, @"\b(?:following|in the wake of|in response to)\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.Follows, Object: ObjectConstraint.Event),
        // "It replaced Operation Serval"
        new(s_event, @"\b(?:replaced|succeeded)\s+(?!by\b)(?:the\s+)?(?<o>@\d+@)", StatementProperties.Replaces, Object: ObjectConstraint.Event),
        // "It was followed by the Battle of Tinzaouaten"
        new(s_event, @"\bfollowed\s+by\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.FollowedBy, Object: ObjectConstraint.Event),

        // Groups. "formed by the merger of Ansar Dine, Al-Mourabitoun and ..."
        new(s_group, @"\bmerger\s+of\s+(?<o>{LIST})", StatementProperties.Replaces, Object: ObjectConstraint.Actor),
        // "established on 25 April 2013 by United Nations Security Council Resolution 2100", "founded in late 2011 by Iyad Ag Ghaly"
        new(s_group, @"\b(?:founded|established|created|formed|set up|launched)\b[^@.;]{0,60}?\bby\s+(?<o>{LIST})", StatementProperties.FoundedBy, Object: ObjectConstraint.Actor),
        // "an alliance of three separate rebel groups: The MNLA, The HCUA, and a faction of the MAA", "an alliance of the CMA and Platform"
        new(s_group, @"\b(?:alliance|coalition|union|federation|umbrella|grouping)\s+of\s+(?:[a-z-]+\s+){0,4}?(?:groups?|movements?|organi[sz]ations?)?:?\s*(?<o>{LIST})", StatementProperties.HasPart, Object: ObjectConstraint.Actor),
        // "led by Iyad Ag Ghaly"; "Their first provisional president was Bilal Ag Acherif"
        new(s_group, @"\bled\s+by\s+(?<o>{LIST})", StatementProperties.LedBy, Object: ObjectConstraint.Actor, Period: true),
        new(s_group, @"\b(?:leader|president|head|chief|emir|commander|secretary-general)\s+(?:was|is|has been)\s+(?<o>{ITEM})", StatementProperties.LedBy, Object: ObjectConstraint.Actor, Period: true),
        // "until June 2025, when the Africa Corps replaced it", "replaced by the Africa Corps", "succeeded by ..."
        new(s_group, @"(?<o>{ITEM})\s+replaced\s+(?:it|them|the group|the mission)\b", StatementProperties.ReplacedBy, Object: ObjectConstraint.Actor),
        new(s_group, @"\b(?:replaced|succeeded)\s+by\s+(?<o>{ITEM})", StatementProperties.ReplacedBy, Object: ObjectConstraint.Actor),
        // "merged into JNIM in 2017"
        new(s_group, @"\bmerged\s+(?:into|with)\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.MergedInto, Object: ObjectConstraint.Actor),
        // "a member of the Coordination of Azawad Movements"
        // (", a former member of X" after a founder's name speaks of the founder, not of the group.)
        new(s_group, @"\b(?:is|was|became|has been|remains)\s+(?:a|an|the)?\s*(?:founding\s+)?member\s+of\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.MemberOf, Object: ObjectConstraint.Actor),

        // Regions. "the eighth administrative region of Mali", "a town and rural commune in the Kidal Region of Mali"
        // ("the town of Ménaka" names the town: only a region, province or district is "of" a country.)
        new(s_region, @"\b(?:(?:regions?|provinces?|districts?|cercles?|prefectures?|departments?)\s+(?:of|in)|(?:commune|town|city|village|oasis|capital)\s+in)\s+(?:the\s+)?(?:northern\s+|southern\s+|eastern\s+|western\s+|central\s+)?(?<o>@\d+@)", StatementProperties.LocatedIn, Object: ObjectConstraint.Place),
        // "This area was formerly part of Gao Region", "created in 2016 from part of Gao Region"
        new(s_region, @"\b(?:formerly part of|from part of|created from|carved out of|separated from|split from)\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.SeparatedFrom, Object: ObjectConstraint.Place),

        // Agreements. "signed ... following negotiations in Algiers between the Republic of Mali and Coordination of Azawad Movements (CMA)"
        new(s_agreement, @"\b(?:signed|negotiations|negotiated|concluded|agreed)\b[^.;]*?\bbetween\s+(?<o>{ITEM})\s+and\s+(?<p>{LIST})", StatementProperties.Signatory, Object: ObjectConstraint.Actor),
        new(s_agreement, @"\bsigned\s+by\s+(?<o>{LIST})", StatementProperties.Signatory, Object: ObjectConstraint.Actor),
        // "a peace agreement between the CMA and the government of Mali"
        new(s_agreement, @"\b(?:agreement|accords?|treaty|deal|pact|ceasefire|truce)\s+between\s+(?<o>{ITEM})\s+and\s+(?<p>{LIST})", StatementProperties.Signatory, Object: ObjectConstraint.Actor),
        // "signed on May 15 and June 20, 2015, in Bamako"
        new(s_agreement, @"\bsigned\b[^@.;]*?\bin\s+(?<o>@\d+@)", StatementProperties.Location, Object: ObjectConstraint.Any),

        // People. "born around 1959 or 1966, in Kidal, Mali"
        new(s_person, @"\bborn\b[^@.;]{0,60}?\bin\s+(?:the\s+)?(?:(?:town|city|village|region)\s+of\s+)?(?<o>@\d+@)", StatementProperties.PlaceOfBirth),
        new(s_person, @"\b(?:died|was killed|was assassinated)\b[^@.;]{0,60}?\bin\s+(?:the\s+)?(?:(?:town|city|village|region)\s+of\s+)?(?<o>@\d+@)", StatementProperties.PlaceOfDeath),
        // "the chief of staff of the MNLA army", "the secretary-general of GATIA", "a member of the CMA"
        new(s_person, @"\b(?:member|secretary-general|chief of staff|commander|spokesperson|spokesman|emir|founder|co-founder|deputy|treasurer)\s+of\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.MemberOf, Object: ObjectConstraint.Group, Period: true),
        // "served as the president of the CSP-PSD", "the leader of Ansar Dine": the group is led by the person
        new(s_person, @"\b(?:president|leader|head|chief|emir|commander-in-chief|secretary-general)\s+of\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.LedBy, StatementShape.Reversed, ObjectConstraint.Group, Period: true),
        // "He led the Front for the Unity of Azawad", "He heads the MNLA": the group is led by the person
        new(s_person, @"\b(?:led|leads|heads|headed|commanded|commands)\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.LedBy, StatementShape.Reversed, ObjectConstraint.Group, Period: true),
        // "first fighting in the MPLA in 1991, then fighting in the Popular Movement for Azawad", "recruited as a volunteer in the Libyan army"
        new(s_person, @"\b(?:fighting|fought|served|serving|enlisted|recruited|joined)\s+(?:as\s+(?:a\s+)?[a-z]+\s+)?(?:in|with)\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.MemberOf, Object: ObjectConstraint.Group),
        // "Fagaga rejoined the Malian army", "he was instated into the Malian army", "He became a colonel in the Libyan army"
        new(s_person, @"\b(?:joined|rejoined|re-joined|instated into|integrated into|incorporated into|enrolled in)\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.MemberOf, Object: ObjectConstraint.Group),
        new(s_person, @"\b(?:became|becomes|was|is|served as|rose to become)\s+(?:a|an|the)\s+(?!(?:president|leader|head|chief|emir)\b)(?:[a-z-]+\s+){1,2}(?:in|of)\s+(?:the\s+)?(?<o>@\d+@)", StatementProperties.MemberOf, Object: ObjectConstraint.Group),
    ];

    /// <summary>Words that make a sentence's claim uncertain or someone else's: it states nothing.</summary>
    public static readonly IReadOnlySet<string> Hedges = new HashSet<string>(StringComparer.Ordinal)
    {
        "reportedly", "allegedly", "believed", "thought", "claimed", "claims", "claim", "rumoured", "rumored", "suspected",
        "possibly", "probably", "perhaps", "may", "might", "unconfirmed", "purportedly", "supposedly", "accused",
    };

    /// <summary>Section headings the mirror glues to the next sentence ("Organization The CMA was founded…").</summary>
    public static readonly IReadOnlySet<string> SectionHeadings = new HashSet<string>(StringComparer.Ordinal)
    {
        "Background", "History", "Biography", "Organization", "Organisation", "Geography", "Overview", "Aftermath",
        "Prelude", "Timeline", "Structure", "Leadership", "Ideology", "Activities", "Career", "Early life", "Etymology",
        "Formation", "Battle", "Events", "Casualties", "Reactions", "Legacy", "Terms", "Provisions", "Demographics",
    };
}
