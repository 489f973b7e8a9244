using Sahel.Kb.Domain;

namespace Sahel.Kb.Import;

/// <summary>
/// The words that decide an article's kind, in one table a reader can check.
/// <see cref="KindClassifier"/> weighs them: a title word counts 3 (the one that ends the title, its head, two more:
/// "Security Council Resolution 2085" is a resolution), the first noun the opening
/// sentence gives after "is a"/"was an" counts 3, a birth or death in the opening counts 4,
/// "He"/"She" in the opening counts 1, any other kind word in the first two sentences counts 1. When the definition's
/// noun is the title's last kind word, the definition says which sense the title meant and takes the title's weight:
/// "Borno State" is "a state in north-eastern Nigeria", a place, where "Islamic State" is a group.
/// </summary>
public static class KindRules
{
    /// <summary>
    /// Ways built across the land, places where they run: "the Abuja–Kaduna Railway", "the Niger–Benin oil pipeline". Written first:
    /// the lists below spread it, and static fields are set in the order they are written.
    /// </summary>
    public static readonly string[] WayNouns = ["railway", "railroad", "highway", "road", "pipeline"];

    /// <summary>Words in a title that name what the article is.</summary>
    public static readonly IReadOnlyDictionary<ArticleKind, string[]> TitleWords = new Dictionary<ArticleKind, string[]>
    {
        [ArticleKind.Event] =
        [
            "battle", "battles", "offensive", "coup", "coup d'etat", "rebellion", "insurgency", "operation", "siege",
            "massacre", "attack", "attacks", "ambush", "raid", "war", "conflict", "conflicts", "crisis", "campaign", "uprising",
            "clashes", "bombing", "bombings", "killings", "executions", "shootings", "kidnappings", "abductions", "mutiny", "invasion", "election", "elections", "protests",
            // "the Tudun Biri drone strike", "the Rann airstrike"
            "strike", "strikes", "airstrike", "airstrikes",
            "intervention", "revolt", "hostage crisis", "kidnapping", "assassination", "death", "counter-coup", "putsch",
            // "the Jeddah talks": talks held are an event
            "talks", "negotiations",
            // "the Capture of Singa", "the Fall of Wad Madani": a place taken is an event
            "capture", "recapture", "fall", "sack", "storming", "seizure",
        ],
        [ArticleKind.Region] =
        [
            "region", "province", "district", "cercle", "commune", "prefecture", "department", "territory", "strip",
            // "Zamzam camp": a camp for the displaced or a military camp is a place; so is an airport
            "camp", "airport",
            // what stands there: "the Sidi Yahya Mosque", "the Kuje Prison"
            "mosque", "church", "cathedral", "mausoleum", "prison", "barracks",
            // "the Abuja–Kaduna Railway" (not "dam" or "bridge": "Battle of Am Dam" names a town)
            .. WayNouns,
        ],
        [ArticleKind.Agreement] =
        [
            "agreement", "agreements", "accord", "accords", "treaty", "pact", "peace deal", "ceasefire", "charter",
            "protocol", "memorandum", "resolution", "declaration",
        ],
        [ArticleKind.Group] =
        [
            "movement", "movements", "coalition", "organisation", "organization", "mission", "company", "group",
            "front", "army", "forces", "party", "alliance", "council", "brigade", "battalion", "militia",
            "coordination", "platform", "union", "confederation", "committee", "network", "state", "caliphate",
            "force", "task force", "congress", "society", "association", "league", "ministry",
            // "the Regiment of Presidential Security", "the Economic Community of West African States", "the Presidential Guard", "the World Bank"
            "regiment", "corps", "squadron", "legion", "guard", "gendarmerie", "community", "agency", "service", "commission", "junta", "bank",
            // "the Volunteers for the Defense of the Homeland", "the Community Protection Guards"
            "volunteers", "guards",
            // "the Extraordinary African Chambers" (a court), "the Documentation and Security Directorate" (a police)
            "court", "tribunal", "chambers", "directorate", "police", "authority",
            // "the China Civil Engineering Construction Corporation", "the Nigerian Railway Corporation"
            "corporation",
        ],
    };

    /// <summary>Buildings an article of a place may be, and that lie where they stand: "a mosque in Timbuktu, Mali".</summary>
    public static readonly string[] BuildingNouns = ["mosque", "church", "cathedral", "shrine", "mausoleum", "prison", "palace", "barracks"];

    /// <summary>Nouns the opening sentence uses to say what its subject is ("was an offensive by ...").</summary>
    public static readonly IReadOnlyDictionary<ArticleKind, string[]> LeadNouns = new Dictionary<ArticleKind, string[]>
    {
        [ArticleKind.Event] =
        [
            "offensive", "battle", "coup", "coup d'etat", "military coup", "rebellion", "insurgency", "conflict", "war",
            // "The 2012 Malian counter-coup was an attempt by paratroopers … to overthrow …"
            "counter-coup", "putsch", "attempt", "coup attempt", "attempted coup",
            "civil war", "conflicts", "attack", "terrorist attack", "massacre", "siege", "military operation", "operation", "ambush",
            "raid", "campaign", "uprising", "clash", "clashes", "mutiny", "crisis", "intervention", "revolt", "bombing",
            "election", "referendum", "kidnapping", "assassination", "engagement", "skirmish",
            // "Black Thursday was the violent repression of protests in Chad"
            "repression", "crackdown", "protests", "demonstrations", "riots",
            // "The Jeddah talks were negotiations between …"
            "negotiations", "talks",
            // plural openings: "The Arlit and Agadez attacks were suicide car bombings carried out …"
            "attacks", "bombings", "car bombing", "car bombings", "suicide bombing", "suicide bombings", "suicide attack",
            "suicide attacks", "massacres", "killings", "raids", "ambushes", "clashes",
            // what is held, once or each year: "The Dakar Rally is an annual off-road endurance rally"
            "rally", "race", "festival", "summit", "conference", "tournament",
            "strike", "airstrike", "drone strike", "air strike", "strikes", "airstrikes",
        ],
        [ArticleKind.Region] =
        [
            "administrative region", "region", "province", "district", "cercle", "commune", "town", "city", "village",
            "oasis", "department", "prefecture", "territory", "area", "country", "massif", "capital",
            // places of nature are places too: "The Niger River is the main river of West Africa"
            "river", "lake", "desert", "plateau", "valley", "mountain", "mountain range", "range", "basin", "wadi",
            "strip", "strip of land", "camp", "refugee camp",
            // what stands there: "the main international airport of Mali", "a neighbourhood of Commune VI of Bamako"
            "airport", "international airport", "neighbourhood", "neighborhood", "suburb",
            // a building is where it stands: "The Sidi Yahya Mosque is a mosque in Timbuktu"
            .. BuildingNouns, "military camp", "military base",
            // a way built across the land: "The Abuja–Kaduna Railway is a standard-gauge railway of 186 kilometres between …"
            .. WayNouns, "railway line", "bridge", "dam",
        ],
        [ArticleKind.Agreement] =
        [
            "agreement", "peace agreement", "accord", "accords", "treaty", "peace treaty", "pact", "peace deal",
            "ceasefire", "ceasefire agreement", "memorandum of understanding", "protocol", "charter", "declaration",
        ],
        [ArticleKind.Group] =
        [
            "coalition", "movement", "organisation", "organization", "terrorist organization", "terrorist organisation",
            "mission", "peacekeeping mission", "company", "private military company", "militant group", "armed group",
            "rebel group", "jihadist group", "islamist group", "terrorist group", "group", "alliance", "militia",
            "party", "political party", "front", "army", "armed forces", "force", "branch", "faction", "network",
            "coordination", "confederation", "union", "agency", "unit", "battalion", "brigade", "operation force",
            "formation", "military formation", "multinational formation", "task force", "multinational force",
            "junta", "military junta", "regime", "military government", "transitional government",
            // "were a special court created within the courts of Senegal", "was the political police of Chad"
            "court", "special court", "tribunal", "police", "political police", "secret police", "directorate",
            // "is a French-language news magazine published in Paris": the press is a body too
            "magazine", "news magazine", "newspaper", "weekly", "news agency", "broadcaster", "radio station", "television channel",
        ],
        [ArticleKind.Person] =
        [
            "militant", "soldier", "colonel", "general", "officer", "politician", "leader", "rebel", "rebel leader",
            "commander", "president", "prime minister", "minister", "diplomat", "journalist", "musician", "singer",
            "activist", "cleric", "imam", "emir", "preacher", "businessman", "businesswoman", "warlord", "chief",
            "jihadist", "islamist", "terrorist", "lawyer", "statesman", "man", "woman", "scholar", "writer", "poet",
            // "Tukur Mamu is a Nigerian publisher from Kaduna"
            "publisher", "editor", "economist", "engineer", "banker", "professor", "academic", "historian", "teacher", "physician",
        ],
    };

    /// <summary>
    /// Nouns that define a place only when they head the opening's definition ("Borno State is a state in north-eastern
    /// Nigeria"), too common elsewhere to count as an opening word ("fighters of the Islamic State").
    /// </summary>
    public static readonly IReadOnlyDictionary<ArticleKind, string[]> DefinitionNouns = new Dictionary<ArticleKind, string[]>
    {
        // ("West Darfur is one of the 18 states of Sudan": the plural after "one of the …" heads it too.)
        [ArticleKind.Region] = ["state", "federal state", "states", "provinces", "regions", "departments", "districts", "prefectures"],
    };

    /// <summary>A first sentence that says its subject took place: "The capture of Singa took place on 29 June 2024".</summary>
    public const string TookPlace = @"^\s*(?:The\s+)?[^.;,()]{1,80}?\s(?:took place|occurred|happened|was fought|were fought|unfolded)\b";

    /// <summary>Signs that the subject is a person: a birth or a death given in the opening.</summary>
    public const string LifeMarkers =
        @"\(born\b|\bborn\s+(?:(?:in|on|around|c\.|circa)\s+)?\d|\(died\b|\bdied\s+(?:(?:in|on)\s+)?\d|\(\d{4}\s*[-–]\s*\d{4}\)";

    /// <summary>Pronouns that speak of a person, case-sensitive.</summary>
    public const string PersonPronouns = @"\b(?:He|She|His|Her)\b";

    public const int TitleWeight = 3;
    public const int TitleHeadWeight = 2;
    public const int LeadNounWeight = 3;
    public const int LifeMarkerWeight = 4;
    public const int TookPlaceWeight = 3;
    public const int PronounWeight = 1;
    public const int OpeningWordWeight = 1;

    /// <summary>When nothing in the text speaks, the article is filed under this kind and a warning says so.</summary>
    public const ArticleKind Fallback = ArticleKind.Group;
}
