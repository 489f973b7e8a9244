using System.Text.RegularExpressions;
using Sahel.Kb.Domain;
using Sahel.Kb.Text;

namespace Sahel.Kb.Import;

/// <summary>
/// Which capitalised runs count as names worth an article ("Operation Serval", "GATIA"): two or
/// more capitalised words, or one acronym of three or more capitals, none of them a word below.
/// An office or rank before a name is not part of it, and words that only describe (demonyms,
/// creeds: "Malian Imghad Tuareg", "Salafi Jihadist") make no name.
/// </summary>
public static partial class WantedNameRules
{
    /// <summary>Words that name a war by where it is fought, with "in": "the War in Darfur", "the Conflict in …".</summary>
    public static readonly IReadOnlySet<string> WarHeads = new HashSet<string>(StringComparer.Ordinal) { "War", "Conflict", "Crisis", "Insurgency" };

    /// <summary>Offices and ranks written before a name: the name is what follows ("Vice President Assimi Goïta").</summary>
    public static readonly IReadOnlyList<string> Offices =
    [
        "Interim President", "Transitional President", "Vice President", "Vice Prime Minister", "Deputy Prime Minister", "Prime Minister", "Minister of Defence",
        "Minister of Defense", "Minister of Foreign Affairs", "Foreign Minister", "Defence Minister", "President", "Minister",
        "Colonel-Major", "Colonel", "General", "Lieutenant", "Captain", "Commander", "Major", "Sergeant", "Sheikh", "Emir",
        "King", "Queen", "Imam", "Opposition leader", "Chief of Staff", "Chairperson", "Chairman", "Secretary-General",
        "Squadron Leader", "Lieutenant Colonel", "Lieutenant-Colonel", "Brigadier General", "Major General", "Lieutenant General",
        "Colonel Major", "Commandant", "Warrant Officer", "Inspector-General", "Inspector General", "Governor",
        "Speaker", "Controller-General", "Director-General",
    ];

    private static readonly string[] s_officesLongestFirst = [.. Offices.OrderByDescending(o => o.Length)];

    /// <summary>
    /// The name a capitalised run holds: the run without an office or rank before it, or null when
    /// nothing is left but an office, or when every word only describes. One word is a name only
    /// when <paramref name="allowOneWord"/> (the caller knows it stood mid-sentence) or an acronym.
    /// </summary>
    public static string? NameIn(string run, bool allowOneWord = false)
    {
        if (Offices.Contains(run))
        {
            return null;
        }

        var name = WithoutMembersOf(WithoutTitles(run));
        if (Offices.Any(office => name.StartsWith(office + " ", StringComparison.Ordinal)))
        {
            return null;
        }

        if (IsPlaceKind(name) || IsGenericForce(name) || PeopleOf().IsMatch(name))
        {
            return null;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "the Algerian Salafist Group for Preaching and Combat": a nationality before a name that opens with a creed describes it
        // (not "Central African Republic", "Arab Islamic Front of Azawad").
        if (words.Length >= 3 && Nationality().IsMatch(words[0]) && words[1] is "Salafist" or "Salafi" or "Islamist" or "Jihadist" or "Sunni" or "Shia")
        {
            name = name[(words[0].Length + 1)..];
            words = words[1..];
        }

        // "Region" left over from "the Gao Region" after "Gao" named the article itself, "Movement" from "the June 5
        // Movement", "Department" from "the Ouallam Department": a kind of place or of group alone names none.
        if (words is [var only] && (IsTerritoryNoun(only) || KindRules.TitleWords[ArticleKind.Group].Contains(only.ToLowerInvariant())))
        {
            return null;
        }

        return words.All(IsDescriptor) || words.Length < MinWords && !(words.Length == 1 && (allowOneWord || ProperNames.IsAcronym(words[0])))
            ? null
            : name;
    }

    /// <summary>
    /// A name without the office or rank before it ("Vice President Assimi Goïta") and without a
    /// document word after it ("United Nations Security Council Resolution" is the Council's).
    /// </summary>
    public static string WithoutTitles(string name)
    {
        // The longest first: "Lieutenant Colonel Paul-Henri Damiba" is no "Colonel Paul-Henri Damiba".
        foreach (var office in s_officesLongestFirst)
        {
            // "President Mohamed Bazoum" names him; "President of Niger" names no one.
            if (name.StartsWith(office + " ", StringComparison.Ordinal) && name.Length > office.Length + 1 && char.IsUpper(name[office.Length + 1]))
            {
                name = name[(office.Length + 1)..];
                break;
            }
        }

        var lastSpace = name.LastIndexOf(' ');
        return lastSpace > 0 && DateRules.DocumentWords.Contains(name[(lastSpace + 1)..]) ? name[..lastSpace] : name;
    }

    /// <summary>
    /// A minister's portfolio, which "and" continues: "Minister of Defence and Veterans Affairs",
    /// "Minister of Foreign Affairs and International Cooperation".
    /// </summary>
    public static bool IsPortfolio(IReadOnlyList<string> words) =>
        words is ["Minister" or "Ministry" or "Secretary" or "Commissioner", "of" or "for", _, ..] && !words.Contains("and");

    /// <summary>
    /// Whether the comma at <paramref name="comma"/> lists the portfolio <paramref name="words"/> open on, to its "and":
    /// "Commissioner for Reconstruction, Rehabilitation and Resettlement", "Minister of Mines, Energy and Water" are one office each
    /// (not "the Commissioner for Health, Amadou Test and Moussa Test": men named after it).
    /// </summary>
    public static bool ListsPortfolio(IReadOnlyList<string> words, string text, int comma) =>
        IsPortfolio(words) && PortfolioList().Match(text, comma) is { Success: true } list && !list.Groups["item"].Captures.Any(item => GivenNames.Contains(item.Value));

    [GeneratedRegex(@"\G,\s(?:" + PortfolioItem + @",\s)*" + PortfolioItem + @",?\sand\s" + PortfolioItem + @"(?![\p{L}'’-])", RegexOptions.CultureInvariant)]
    private static partial Regex PortfolioList();

    /// <summary>One or two words of a portfolio's list, the first captured: "Rehabilitation", "African Integration".</summary>
    private const string PortfolioItem = @"(?<item>\p{Lu}\p{Ll}+)(?:\s\p{Lu}\p{Ll}+)?";

    /// <summary>"Fighters of the Strategic Framework …" opening a sentence: the name is what follows "of the".</summary>
    public static string WithoutMembersOf(string run) => MembersOf().Match(run) is { Success: true } opener ? run[opener.Length..] : run;

    [GeneratedRegex(@"^(?:Fighters|Members|Troops|Soldiers|Elements|Militants|Jihadists|Islamists|Insurgents|Combatants|Rebels|Supporters|Units|Leaders|Gunmen) (?:of|from) (?:the )?(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex MembersOf();

    /// <summary>A proper name: every word capitalised but the particles inside it ("Movement for the Liberation of Azawad", not "Libyan army").</summary>
    public static bool IsProperName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && ProperNames.IsNameWord(words[0]) && ProperNames.IsNameWord(words[^1]) &&
            words.All(w => ProperNames.IsNameWord(w) || ProperNames.Particles.Contains(w) || w is "in" or "and") && !words.All(IsDescriptor);
    }

    /// <summary>
    /// Words that name a kind of place; "of" after one ends the place's name: "Tillabéri Region | of
    /// Niger". Not "Department": "United States Department of Defense" is one name.
    /// </summary>
    private static readonly HashSet<string> s_placeNouns = new(StringComparer.Ordinal)
    {
        "Region", "Province", "District", "Cercle", "Prefecture", "Commune", "Governorate", "Territory",
    };

    /// <summary>
    /// A branch of a country's forces named without its country: "comprising the Army, the Air Force
    /// and the National Guard" (a "National Guard" or a "National Gendarmerie" is a body of that name).
    /// </summary>
    public static bool IsGenericForce(string name) => name is "Army" or "Air Force" or "Navy" or "Gendarmerie" or "Police" or "Special Forces" or "Armed Forces" or "Ground Forces" or "Land Forces";

    /// <summary>A people named by where they live, not a body: "formed in 2012 by Arabs of the Timbuktu and Gao regions".</summary>
    [GeneratedRegex(@"^(?:Arabs?|Tuaregs?|Touaregs?|Fulanis|Fulani|Peuls?|Berbers?|Songhais?|Dogons?|Bambaras?|Toubous?|Hausas?|Kanuris?|Moors?|Zaghawas?|Masalits?)\s+(?:of|from)\b", RegexOptions.CultureInvariant)]
    public static partial Regex PeopleOf();

    /// <summary>A kind of place written in capitals, naming none: "Chibok is a Local Government Area of Borno State".</summary>
    public static bool IsPlaceKind(string name) => name is LocalGovernmentArea or LocalGovernmentArea + "s";

    /// <summary>Nigeria's division written in capitals after the town whose name it takes: "the Jere Local Government Area".</summary>
    public const string LocalGovernmentArea = "Local Government Area";

    /// <summary>Given names common in the region: after "of", one starts a person's name ("the Katiba Macina of Amadou Koufa").</summary>
    public static readonly IReadOnlySet<string> GivenNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "Amadou", "Mamadou", "Mohamed", "Mohammed", "Muhammad", "Mahamat", "Mahamadou", "Ahmed", "Ahmad", "Ibrahim", "Iyad",
        "Moussa", "Oumar", "Omar", "Abdoulaye", "Abdelmalek", "Abdelhamid", "Ali", "Hamadoun", "Hassan", "Hussein",
        "Mahmoud", "Mokhtar", "Idriss", "Boubacar", "Seydou", "Souleymane", "Youssouf", "Yusuf", "Ismaël", "Issa", "Adnan",
        "Bilal", "Modibo", "Blaise", "Salif", "Aliou", "Hama", "Alassane", "Aboubacar", "Habib", "Abubakar", "Sani",
        "Abdul", "Abdel", "Abdelaziz", "Abdallah", "Abdalla", "Abdullah", "Khalil", "Osman", "Yahya", "Idris", "Jibril", "Minni",
        "Tijani", "Hissène", "Goukouni", "Sidi", "Hamid", "Salah",
    };

    /// <summary>
    /// A body whose members are states ("the African Union", "the Economic Community of West African States"): a head of
    /// state who chairs it in turn leads it for the states, and is no member of it.
    /// </summary>
    public static bool IsUnionOfStates(string name) => UnionOfStates().IsMatch(name);

    [GeneratedRegex(@"^(?:(?:African|European|Arab)\s+Union|United\s+Nations|Arab\s+League|League\s+of\s+Arab\s+States|Economic\s+Community\s+of\s+[\p{L}\s]+\s+States|Organi[sz]ation\s+of\s+(?:African\s+Unity|Islamic\s+Cooperation)|Alliance\s+of\s+Sahel\s+States)$", RegexOptions.CultureInvariant)]
    private static partial Regex UnionOfStates();

    /// <summary>A gazetteer of the region's states and their neighbours: a name of one is a place wherever it stands ("in Burkina Faso").</summary>
    public static readonly IReadOnlySet<string> Countries = new HashSet<string>(StringComparer.Ordinal)
    {
        "Mali", "Niger", "Burkina Faso", "Chad", "Mauritania", "Senegal", "Algeria", "Libya", "Nigeria", "Cameroon", "Sudan",
        "South Sudan", "Morocco", "Tunisia", "Egypt", "Ivory Coast", "Côte d'Ivoire", "Guinea", "Guinea-Bissau", "Benin", "Togo",
        "Ghana", "Gambia", "The Gambia", "Sierra Leone", "Liberia", "Central African Republic", "Western Sahara", "Cape Verde",
        "Ethiopia", "Eritrea", "Somalia", "France", "Russia", "United States", "United Kingdom", "Germany", "Belgium", "Italy",
        "Spain", "Turkey", "China", "Qatar", "Saudi Arabia", "United Arab Emirates", "Iraq", "Syria", "Afghanistan",
        "Kenya", "Uganda", "Tanzania", "Rwanda", "Burundi", "Gabon", "Djibouti", "Equatorial Guinea", "Iran", "Israel", "Yemen",
        "Ukraine", "Canada", "Switzerland", "Netherlands", "India", "Pakistan", "Japan",
    };

    /// <summary>
    /// Whether "of" after these words of a run starts another name rather than continuing this one:
    /// after a named place of a kind ("Tillabéri Region of Niger": the region, then its country) and
    /// after an office and a person's name ("President Blaise Compaoré of Burkina Faso"). "Republic of
    /// Mali", "Region of Murcia" and "President of Niger" stay one name.
    /// </summary>
    public static bool IsPlaceNoun(string word) => s_placeNouns.Contains(word);

    /// <summary>Head words of a feature of the land or a protected area: "Niger River", "Wagadou Forest", "W National Park".</summary>
    public static readonly IReadOnlySet<string> LandHeads = new HashSet<string>(StringComparer.Ordinal)
    {
        "River", "Lake", "Mountains", "Mountain", "Massif", "Plateau", "Desert", "Valley", "Basin", "Delta", "Oasis", "Forest", "Hills",
        "Park", "Reserve", "Complex", "Escarpment", "Cliffs",
    };

    /// <summary>
    /// A division's noun written in lower case after its own name ("the Tarkint commune", "the Kulbus
    /// locality", "the Darfur region"): the name before it is a place, and a chain of places goes on past it.
    /// The statement rules read it in any case ("the Agatu Local Government Area of Benue State").
    /// </summary>
    public const string LowerCaseDivisions = "commune|municipality|cercle|district|department|prefecture|county|locality|region|province|state|local government area|geopolitical zone|zone";

    /// <summary>A word that names a kind of territory after a place's own name ("the Ouallam Department"), "Department" too.</summary>
    public static bool IsTerritoryNoun(string word) => IsPlaceNoun(word) || word == "Department";

    /// <summary>What a government's department is "of" ("Department of Defense"), not a place.</summary>
    private static readonly HashSet<string> s_offices = new(StringComparer.Ordinal)
    {
        "Defense", "Defence", "State", "Justice", "Homeland", "Agriculture", "Energy", "Education", "Health", "Labor",
        "Labour", "Commerce", "Transportation", "Treasury", "Peacekeeping", "Political", "Economic", "Foreign", "Interior",
    };

    /// <remarks><paramref name="afterNext"/>: the word after <paramref name="next"/> when that is "the" ("Department of the Interior").</remarks>
    public static bool OfEndsName(IReadOnlyList<string> words, string? next = null, string? afterNext = null)
    {
        // "the Katiba Macina | of Amadou Koufa": a person's given name after "of" starts the person's name, another's;
        // so does a rank or an office before a name ("the Chadian National Armed Forces | of President Hissène Habré").
        if (next is not null && (GivenNames.Contains(next) || Offices.Contains(next) && !next.Contains(' ') && afterNext is [var initial, ..] && char.IsUpper(initial)))
        {
            return true;
        }

        // "Tillia Department of Tahoua Region", "Banibangou Department of the Tillabéri Region" are departments of a region;
        // "United States Department of Defense", "… Department of the Interior" one office.
        var office = next == "the" ? afterNext : next;
        var placeNoun = s_placeNouns.Contains(words[^1]) || words[^1] == "Department" && office is not null && !s_offices.Contains(office);
        if (words.Count >= 2 && placeNoun && ProperNames.IsNameWord(words[^2]) && !ProperNames.Particles.Contains(words[^2]))
        {
            return true;
        }

        // "the Adrar des Ifoghas | of the Kidal Region", "Nioro du Sahel | of the Kayes Region": a French place's name is whole
        // before "of the", which only an English name runs on past.
        if (next == "the" && words.Count >= 3 && words.Skip(1).SkipLast(1).Any(w => w is "des" or "du"))
        {
            return true;
        }

        // "a Local Government Area | of Borno State": a kind of place is no part of the name it is of; nor is the name it
        // ends ("the Jere Local Government Area | of Borno State").
        var run = string.Join(' ', words);
        if (IsPlaceKind(run) || words.Count > 3 && IsPlaceKind(string.Join(' ', words.TakeLast(3))))
        {
            return true;
        }

        // "the Government | of Sudan": a state's government is the state, named after it (not "Government of National Unity").
        if (words is [var only] && IsGovernment(only) && next is not null && (Countries.Contains(next) || afterNext is not null && Countries.Contains($"{next} {afterNext}")))
        {
            return true;
        }

        // "Mohamed Hamdan Dagalo | of the Rapid Support Forces": a man's name, opened by a given name, takes no "of" (a body's, as
        // "Ahmadu Bello University of …", has a word that says what it is).
        if (words.Count >= 2 && GivenNames.Contains(words[0]) && !words.Any(NameCandidates.IsHeadWord))
        {
            return true;
        }

        return !words.Any(ProperNames.Particles.Contains)
            && Offices.Any(office => run.StartsWith(office + " ", StringComparison.Ordinal) && run.Length > office.Length + 1 && char.IsUpper(run[office.Length + 1]));
    }

    /// <summary>"Government": a state's, named after it ("the Government of Sudan"); alone it names no one.</summary>
    public static bool IsGovernment(string word) => word is "Government" or "Governments";

    /// <summary>A word that describes rather than names: a demonym or a creed, one or many ("Malian", "Tuaregs", "Salafi", "Jihadist", "Islam").</summary>
    public static bool IsDescriptor(string word) => Descriptor().IsMatch(word);

    [GeneratedRegex(@"^(?:(?:(?!Republic|Atlantic|Pacific|Arctic)\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|ic|ist)|Libyan|Moroccan|American|African|Saharan|Nigerien|Burkinab[eéè]|Tuareg|Touareg|Arab|Berber|Moor|French|Fulani|Fula|Songhai|Songhay|Peul|Dogon|Bambara|Hausa|Zarma|Salafi|Sunni|Shia|Shiite|Muslim|Christian|Islamist|Jihadist|Imghad|Ifoghas|Azawadi|Darfuri|Sahrawi|Saharawi|Kanuri|Zaghawa|Toubou|Tebu|Masalit|Mandinka|Soninke|Wolof|Mossi|Haratin|Iraqi|Saudi|Qatari|Emirati|Kuwaiti|Yemeni|Omani|Pakistani|Afghan|Israeli|Somali|Kenyan|Ugandan|Rwandan|Angolan|Mozambican|Cuban|Mexican|German|Malagasy|Thai|Swiss|Dutch|Greek|Czech|Filipino|Westerner)s?|West|East|North|South|Western|Northern|Southern|Eastern|Central|Islam|Sharia|Quran|Koran|Allah|God|English|Arabic)$", RegexOptions.CultureInvariant)]
    private static partial Regex Descriptor();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:ian|ean|ese)$", RegexOptions.CultureInvariant)]
    private static partial Regex Nationality();

    /// <summary>Participles a sentence may open with before its subject: "Born in Kidal, he …", "Established in 1954, it …".</summary>
    public static readonly IReadOnlySet<string> OpeningParticiples = new HashSet<string>(StringComparer.Ordinal)
    {
        "Born", "Raised", "Educated", "Trained", "Founded", "Formed", "Created", "Established", "Based", "Signed", "Located", "Situated",
        "Elected", "Re-elected", "Appointed", "Named", "Promoted", "Exiled", "Arrested", "Imprisoned", "Released", "Freed", "Sentenced",
        "Led", "Commanded", "Headed", "Chaired", "Backed", "Supported", "Funded",
        // "Held by the National Movement … from 2012, it was retaken …", "Mediated by Algeria, they provided …", "Inaugurated in Dakar in February 2013, they tried …"
        "Held", "Mediated", "Inaugurated", "Opened", "Built", "Renamed",
    };

    /// <summary>Capitalised words that are not names: sentence openers, section headings glued into the text, months, numbers.</summary>
    public static readonly IReadOnlySet<string> NotNames = new HashSet<string>(OpeningParticiples, StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "We", "His", "Her", "Its", "Their", "This", "That",
        "These", "Those", "During", "After", "Before", "Between", "Since", "By", "From", "Following", "While", "When",
        "Although", "However", "As", "With", "Under", "Officially", "According", "Other", "Some", "Many", "Several",
        "Both", "Each", "Throughout", "Until", "Despite", "Also", "Of", "For", "To", "And", "But", "Or", "If", "Then",
        "There", "Here", "Where", "Who", "What", "Which", "Unlike", "Like", "Among", "Over", "About", "Around", "Later",
        "Background", "History", "Biography", "Geography", "Organization", "Organisation", "Career", "Etymology",
        "Overview", "Aftermath", "Prelude", "Timeline", "Legacy", "Ideology", "Structure", "Leadership", "Casualties",
        "Battles", "Role", "Early", "Life", "Died", "Personal", "Death", "Reactions", "Analysis", "Events", "Description",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "First", "Second", "Third",
        "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty",
        "Thirty", "Forty", "Fifty", "Hundred", "Hundreds", "Dozens", "Thousands", "Dozen", "Most", "All", "Few", "Much",
        // "Mostly Daoussahak, it is based …", "Home of the Gezira Scheme, it was overrun …"
        "Mostly", "Mainly", "Largely", "Chiefly", "Home", "Now", "Today",
    };

    /// <summary>A heading word that opens a body's name when "of" or "for" follows: "Organisation of the Armed Resistance", "Organization for Popular Democracy".</summary>
    public static bool OpensBodyName(string word, string? next) => word is "Organisation" or "Organization" && next is "of" or "for";

    public const int MinWords = 2;
    public const int MaxWords = 8;
    public const int MinAcronymLength = 3;
}
