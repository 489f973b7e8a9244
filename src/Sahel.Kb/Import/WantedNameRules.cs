namespace Sahel.Kb.Import;

/// <summary>
/// Which capitalised runs count as names worth an article ("Operation Serval", "GATIA"): two or
/// more capitalised words, or one acronym of three or more capitals, none of them a word below.
/// </summary>
public static class WantedNameRules
{
    /// <summary>Capitalised words that are not names: sentence openers, section headings glued into the text, months, numbers.</summary>
    public static readonly IReadOnlySet<string> NotNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "We", "His", "Her", "Its", "Their", "This", "That",
        "These", "Those", "During", "After", "Before", "Between", "Since", "By", "From", "Following", "While", "When",
        "Although", "However", "As", "With", "Under", "Officially", "According", "Other", "Some", "Many", "Several",
        "Both", "Each", "Throughout", "Until", "Despite", "Also", "Of", "For", "To", "And", "But", "Or", "If", "Then",
        "There", "Here", "Where", "Who", "What", "Which", "Unlike", "Like", "Among", "Over", "About", "Around", "Later",
        "Background", "History", "Biography", "Geography", "Organization", "Organisation", "Career", "Etymology",
        "Overview", "Aftermath", "Prelude", "Timeline", "Legacy", "Ideology", "Structure", "Leadership", "Casualties",
        "Battles", "Role", "Early", "Life", "Born", "Died", "Personal", "Death", "Reactions", "Analysis", "Events", "Description",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "First", "Second", "Third",
    };

    public const int MinWords = 2;
    public const int MaxWords = 8;
    public const int MinAcronymLength = 3;
}
