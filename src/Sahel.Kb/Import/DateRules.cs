using Sahel.Kb.Domain;

namespace Sahel.Kb.Import;

/// <summary>
/// A phrase that dates something: after <see cref="Trigger"/>, within <see cref="MaxGapWords"/>
/// words of the same sentence, the first date expression is read. A pair of dates ("between
/// November 10 and 14, 2023") gives <see cref="First"/> and <see cref="Second"/>; with
/// <see cref="EachDate"/> every date of the pair gets <see cref="First"/> ("signed on May 15 and June 20, 2015").
/// With <see cref="Whole"/> the date is the whole's, which no later day refines ("a series of protests in October 2014":
/// "On 30 October 2014 …" is a day within it, not its start).
/// </summary>
public sealed record DateRule(
    ArticleKind[] Kinds,
    string Trigger,
    DateLabel First,
    DateLabel? Second = null,
    int MaxGapWords = 4,
    bool EachDate = false,
    bool Whole = false);

/// <summary>The date phrasings the importer knows, in one table. The first match of a label wins,
/// unless a later one is more precise and agrees with it.</summary>
public static class DateRules
{
    private static readonly ArticleKind[] s_person = [ArticleKind.Person];
    private static readonly ArticleKind[] s_event = [ArticleKind.Event];
    private static readonly ArticleKind[] s_agreement = [ArticleKind.Agreement];
    private static readonly ArticleKind[] s_organised = [ArticleKind.Group, ArticleKind.Region];

    /// <summary>
    /// Before "founded": another body or place the subject holds, named and set off by a comma ("Zaria is home to Ahmadu Bello
    /// University, founded in 1962", "The town is the seat of the Jama'are Emirate, founded in 1811"). Its name in capitals, whatever the rule's case.
    /// Or a part of the subject, named by a common noun after "its": "Its army post, set up in 2021 …". Or a body the subject is
    /// the seat of, named by a common noun after "a": "It is the seat of a Catholic diocese created in 1947".
    /// </summary>
    private const string AnothersFounding = @"(?<!\b(?:home\s+to|hosts|houses|including|such\s+as|(?:seat|capital|headquarters|part)\s+of)\s+(?:the\s+)?(?-i:\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|and|de|du|des))*),\s+)"
        + @"(?<!\b(?:seat|capital|headquarters)\s+of\s+an?\s+(?:(?!(?:and|or|but|which|that|was|is|were)\b)[\p{L}'’-]+\s+){1,3}(?:,\s+)?)"
        + @"(?<!\b(?:its|their)\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+)";

    /// <summary>
    /// After "founded" or "opened": near the subject, or out of it, so another thing's founding ("opened near it in January 2015",
    /// "Katsina State was created from its northern part in 1987").
    /// </summary>
    private const string NearIt = @"(?!\s+(?:(?:near|beside|outside|next\s+to)\s+(?:it|the\s+(?:town|city|village))|from\s+(?:(?:a\s+)?part\s+of\s+)?(?:its|their|it)|out\s+of\s+(?:its|it))\b)";

    /// <summary>"was a series of protests", "was the violent repression of protests": the protests the event is, or its crackdown on them.</summary>
    private const string RepressionOfProtests =
        @"\b(?:was|were)\s+(?:an?\s+|the\s+)?(?:(?:series|wave)\s+of\s+)?(?:[\w-]+\s+)?(?:(?:repression|suppression|crackdown)\s+(?:of|on)\s+(?:the\s+)?)?(?:protests|demonstrations|riots|uprising|revolt|strikes|unrest)\b";

    public static readonly IReadOnlyList<DateRule> All =
    [
        // "(1954 – 2024)", "(16 February 1973 – August 2021)", "(born Lehbib Ould Ali; 16 February 1973 – August 2021)":
        // a life's span closing the bracket, after its opening or a semicolon.
        new(s_person, @"(?:\(|;\s*)(?=[^();]*\d{4}\s*[-–]\s*[^();]*\d{4}\))", DateLabel.Born, DateLabel.Died, MaxGapWords: 0),
        // "born 1954", "Born in 1954", "born on 3 May 1960"
        new(s_person, @"\bborn\b", DateLabel.Born, MaxGapWords: 2),
        // "(died 1 December 2024)", "died on 1 December 2024"
        new(s_person, @"\bdied\b", DateLabel.Died, MaxGapWords: 2),

        // "between November 10 and 14, 2023", "from 2 to 14 November 2023"
        // "took place on the night of 4–5 June 2021"
        // "were carried out on 30 September and 1 October 2019", "suicide car bombings carried out on 23 May 2013"
        new(s_event, @"\b(?:took place|occurred|happened|was fought|were fought|lasted|(?:carried out|perpetrated|committed)(?=\s+(?:on|in|between|from)\s))\b", DateLabel.Start, DateLabel.End, MaxGapWords: 4),
        // "The Nassoumbou attack was an attack on 16 December 2016": the opening names what happened, then when.
        new(s_event, @"\b(?:was|is) an? (?:[\w-]+ ){0,2}(?:attack|ambush|massacre|battle|bombing|raid|assault|coup|coup d'état|offensive|siege|mutiny|kidnapping|clash|killing|shooting)\b", DateLabel.Start, DateLabel.End, MaxGapWords: 4),
        // "The Yirgou massacre was a massacre of Fulani civilians by … in and around the village of Yirgou, …, on 1 and 2 January 2019":
        // the day its opening gives after what it was, however far.
        // ("was the killing of at least 86 civilians … on the night of 11 to 12 June 2022", "were a series of killings … between March and June 2022",
        // "were a series of killings … in April and May 2018",
        // "were coordinated attacks by … on army camps … on 1 July 2025";
        // not "… after Tuareg youths had attacked the town's prison … on 7 May 1990": the day of what it answered.)
        new(s_event, @"^\s*(?:The\s+)?[^.;]{0,120}?\b(?:was|were) (?:(?:an?|the|two|three|four|five|six|seven|several|\d+) )?(?:(?:series|wave|string|spate) of )?(?:[\w-]+ ){0,2}(?:attack|attacks|ambush|massacre|bombing|bombings|shooting|shootings|raid|raids|assault|assaults|killing|killings|mutiny|kidnapping|coup|counter-coup|attempt)\b[^.;]*?(?<!\bafter\s[^.;]*)\b(?:on(?:\s+the\s+(?:night|morning|evening)\s+of)?|between|from|in(?=\s+(?:" + DateExtractor.MonthName + @")\s+(?:and|to)\s))(?=\s+(?:\d{1,2}(?:\s*(?:and|to|–|-)\s*\d{1,2})?\s+)?(?:" + DateExtractor.MonthName + @")\b)", DateLabel.Start, DateLabel.End, MaxGapWords: 0),
        new(s_event, @"(?:^|\b(?:fought|waged)\s)(?:between|from)\b", DateLabel.Start, DateLabel.End, MaxGapWords: 0),
        // "fought between the MNLA and the Malian Army from January to March 2012": a span of dates after "from"
        // (Not "first held from December 1978 to January 1979": the first edition's span; what is held again began then and goes on.)
        new(s_event, @"(?<!\bfirst\s+(?:held|run|staged|organi[sz]ed)\s)\bfrom(?=\s+(?:early\s+|late\s+|mid-?)?(?:\d|" + DateExtractor.MonthName + @")[^.;]{0,30}?\b(?:to|until|–)\b)", DateLabel.Start, DateLabel.End, MaxGapWords: 0),
        new(s_event, @"\bfirst\s+(?:held|run|staged|organi[sz]ed)\b", DateLabel.Start, MaxGapWords: 2),
        // "negotiations … held in Jeddah, Saudi Arabia, from 6 May 2023": talks held from a day began then
        new(s_event, @"\bheld\s+(?:in|at)\s+[^.;]{1,60}?,?\s+from(?=\s)", DateLabel.Start, MaxGapWords: 0),
        // "The Tuareg rebellion of 1990–1995 was …": the span the opening name gives (not another's: "It ended the Tuareg rebellion of 1990–1995")
        new(s_event, @"^\s*(?:The\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:rebellion|uprising|insurgency|insurrection|revolt|war|conflict|crisis) of(?=\s+\d{4}\s*[–-]\s*\d{4},?\s+(?:was|is|were)\b)", DateLabel.Start, DateLabel.End, MaxGapWords: 0),
        // "The 2014 Burkinabè uprising was a series of mass protests in Burkina Faso in October 2014": the opening names what happened, then when
        new(s_event, RepressionOfProtests, DateLabel.Start, DateLabel.End, MaxGapWords: 5, Whole: true),
        // "On the night of 24 May 2021, ..." at the start of a sentence; "On the night of 14–15 April 2014": both days
        new(s_event, @"^On\b", DateLabel.Start, DateLabel.End, MaxGapWords: 4),
        // "Sophie Pétronin, a French aid worker, was kidnapped on 24 December 2016", "Idriss Déby, the President of Chad since 1990,
        // died on 20 April 2021": a sentence that opens with someone named and what befell them, when (not "Its commander was killed
        // on 12 March" or "The commander died on 12 March", a death within a fight)
        new(s_event, @"^\s*(?!(?:The|Its|His|Her|Their|A|An|One|Two|Three|Several|Many|Some)\b)\p{Lu}[^.;]{0,80}?\b(?:(?:was|were)\s+(?:kidnapped|abducted|taken hostage|assassinated)|died)\b", DateLabel.Start, MaxGapWords: 2),
        // "She was held for almost four years and released on 8 October 2020": a captivity ends when the captive is freed (after
        // "held by the Islamic State in the Greater Sahara and later by Jama'at Nasr al-Islam wal Muslimin, and was released …" too)
        new(s_event, @"\b(?:held|detained|kept)\b[^.;]{0,120}?\b(?:and|until|before\s+being)\s+(?:(?:was|were|being)\s+)?(?:released|freed|set free)\b", DateLabel.End, MaxGapWords: 2),
        // "The 2019 Mauritanian presidential election was held on 22 June 2019": the day a vote or a meeting was held
        new(s_event, @"^\s*(?:The\s+)?[^.;]{0,80}?\b(?:election|elections|referendum|vote|summit|conference|congress|talks)\s+(?:was|were)\s+held\b", DateLabel.Start, MaxGapWords: 1),
        // "The boys were released on 17 December 2020": the captives freed, each of them
        new(s_event, @"\b(?:hostages|captives|boys|girls|schoolgirls|schoolboys|students|pupils|victims|abductees)\s+were\s+(?:all\s+)?(?:released|freed|set free)\b", DateLabel.End, MaxGapWords: 1),
        new(s_event, @"\b(?:began|started|commenced|broke out|launched|erupted)\b", DateLabel.Start, MaxGapWords: 3),
        new(s_event, @"\b(?:ended|concluded|disbanded|dissolved|terminated|wound down)\b", DateLabel.End, MaxGapWords: 3),
        // "It ended with a ceasefire on 11 September 1987" (not "It ended the Tuareg rebellion of 1990–1995": another's span)
        new(s_event, @"\bended\s+with\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:ceasefire|truce|agreement|accord|treaty|victory|defeat|withdrawal|surrender|retreat)\b", DateLabel.End, MaxGapWords: 2),
        // Steps within an event, with what happened: "captured the town of Tessalit and its MINUSMA
        // base in late October", "then captured the regional capital of Kidal ... on November 14"
        // (Not what the event answered: "after Tuareg youths had attacked the town's prison … on 7 May 1990"; nor another deed that befell
        // others: "freed together with ten Chinese workers seized in Waza in May".)
        new(s_event, @"(?<!\bafter\s[^.;]{0,60}\bhad\s)(?<!\b(?:the|those|of|with)\s+(?:[a-z-]+\s+){0,2}?" + StatementRules.OthersTaken + @"\s)\b(?:captured|recaptured|retook|seized|took control of|entered|attacked|ambushed|besieged|liberated|withdrew from|evacuated|fell to|reached)\b", DateLabel.Step, MaxGapWords: 12),

        // "the military junta that seized power in Mali on 22 March 2012": a junta begins when it takes power
        new(s_organised, @"\b(?:junta|council|committee|government|regime)\s+that\s+(?:seized|took)\s+power\b", DateLabel.Founded, MaxGapWords: 4),
        // "founded on 28 October 2014", "formed on 6 May 2021", "established on 25 April 2013",
        // "created as a separate region in 1991"
        // (not "Zaria is home to Ahmadu Bello University, founded in 1962": another body named before, its own date.)
        // (Not "The Dar es Salam refugee camp, opened near it in January 2015": what was set up near the subject is another.)
        // (Nor "Its inhabitants formed a self-defence committee in 2018": what someone formed, named after "a", is another body.)
        new(s_organised, AnothersFounding + @"\b(?:founded|formed|established|created|set up)\b(?!\s+(?:an?|another)\s)" + NearIt, DateLabel.Founded, MaxGapWords: 5),
        // "Opened in 1974, it is named after …": an airport, a school, a road began when it opened (not "opened fire on a convoy")
        // (not "known for its high-security prison, opened in 2011": a part's opening)
        new(s_organised, AnothersFounding + @"\b(?:opened|inaugurated)\b(?!\s+(?:fire|talks|negotiations|an?|the|its|their|his|her)\b)" + NearIt, DateLabel.Founded, MaxGapWords: 3),
        // "founded by the preacher Mohammed Yusuf in Maiduguri in 2002": who founded it and where, then when
        // ("the military junta proclaimed by the Regiment of Presidential Security on 17 September 2015")
        // ("an organisation that broke away from al-Qaeda in the Islamic Maghreb in late 2011", "emerged from Boko Haram in January 2012": a splinter begins when it splits)
        new(s_organised, @"\b(?:(?:founded|formed|established|created|set up|proclaimed)(?:\s+as\s+[^,.;()]{1,40}?)?\s+by|(?:broke|split|splintered)(?:\s+(?:away|off))?\s+from|seceded\s+from|emerged\s+from)\s+[^,.;()]{1,80}?(?=\s+(?:in|on)\s+(?:\d|(?:early|late|mid)[\s-]|(?:" + DateExtractor.MonthName + @")\b))", DateLabel.Founded, MaxGapWords: 1),
        // "the military junta that ruled Niger from 18 February 2010 to 7 April 2011", "active from 2007 to 2009": when it began and ended
        new(s_organised, @"\b(?:ruled|governed|was active|active|existed|operated|held power|ruling\s+(?:body|council|party|junta|authority))\b[^.;]{0,40}?\bfrom(?=\s)", DateLabel.Founded, DateLabel.Dissolved, MaxGapWords: 0),
        // "the military junta that has ruled Burkina Faso since the coup of January 2022": what it has ruled since
        new(s_organised, @"\b(?:has|have)\s+(?:ruled|governed|held power)\b[^.;]{0,40}?\bsince(?:\s+the\s+(?:coup|putsch|takeover)(?:\s+d'état)?\s+of)?(?=\s)", DateLabel.Founded, MaxGapWords: 0),
        // "terminated over a decade later on 30 June 2023"
        new(s_organised, @"\b(?:dissolved|disbanded|terminated|abolished|merged into)\b", DateLabel.Dissolved, MaxGapWords: 5),
        // "In August 2013 it merged with al-Mulathameen to form Al-Mourabitoun": the date the sentence opens with, when the body itself merged or ended
        // right after it (not "In December 2015 it rejoined AQIM, and in March 2017 it merged …")
        new(s_organised, @"^\s*(?:In|On)(?=\s+(?:(?:early|late|mid)[\s-]+)?(?:\d{1,2}\s+)?(?:(?:" + DateExtractor.MonthName + @")\s+)?\d{4},?\s+(?:it|they|the\s+(?:group|movement|organi[sz]ation|coalition|alliance|front|junta|council))\s+(?:merged|was\s+(?:dissolved|disbanded)|dissolved\s+itself|disbanded)\b)", DateLabel.Dissolved, MaxGapWords: 0),

        // "signed on May 15 and June 20, 2015"
        // "The Algiers Accord of 4 July 2006 was a peace agreement": the date it is named by
        new(s_agreement, @"\b(?:accords?|agreement|treaty|pact|charter|protocol|ceasefire|truce) of\b", DateLabel.Signed, MaxGapWords: 0),
        // "signed in Doha, Qatar, on 8 August 2022"
        new(s_agreement, @"\bsigned\b", DateLabel.Signed, MaxGapWords: 5, EachDate: true),
        new(s_agreement, @"\b(?:came into force|entered into force|took effect)\b", DateLabel.Start, MaxGapWords: 3),
        // "terminated by the Malian government on January 25, 2024"
        new(s_agreement, @"\b(?:terminated|ended|expired|abrogated|annulled|collapsed)\b", DateLabel.End, MaxGapWords: 5),
    ];

    /// <summary>Words between a trigger and its date that make the date uncertain; the date is then not taken.</summary>
    public static readonly IReadOnlySet<string> Hedges = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "around", "about", "circa", "c.", "ca.", "approximately", "roughly", "end",
        "beginning", "before", "after", "until", "since", "possibly", "probably", "reportedly", "thought",
    };

    /// <summary>Times of day a hedge may stand before without hedging the date after them: "before dawn on 11 May 2022".</summary>
    public static readonly IReadOnlySet<string> TimesOfDay = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "dawn", "daybreak", "sunrise", "noon", "dusk", "sunset", "nightfall", "midnight",
    };

    /// <summary>
    /// Words that place a year or a month more closely without making it uncertain: "late 2011",
    /// "in early October", "mid-2013". The date keeps its precision and the word.
    /// </summary>
    /// <remarks>"born around 1985" is born circa 1985; "around 24 May" or "around 1959 or 1966" gives no date.</remarks>
    public static readonly IReadOnlyList<string> Qualifiers = ["early", "mid", "late", "circa", "c.", "ca.", "around", "about", "approximately"];

    /// <summary>
    /// Words after which a number is a document's, never a year: "Security Council Resolution
    /// 2100", "Decree No. 2012", "Article 1991", "Law 2016-04".
    /// </summary>
    public static readonly IReadOnlySet<string> DocumentWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "resolution", "resolutions", "decree", "decrees", "law", "laws", "no.", "no", "nos.", "number", "article", "articles",
        "act", "ordinance", "order", "chapter", "section", "paragraph", "regulation", "directive", "protocol", "bill",
    };
}
