namespace Sahel.Kb.Domain;

/// <summary>
/// A property of the closed vocabulary: its Wikidata id, its snake_case label, how the facts box
/// names it, and how its object's page names it the other way round.
/// </summary>
public sealed record StatementProperty(string Id, string Label, string Name, string InverseName);

/// <summary>The statements' vocabulary, each property mapped to its Wikidata property.</summary>
public static class StatementProperties
{
    public static readonly StatementProperty Participant = new("P710", "participant", "Participants", "Took part in");
    public static readonly StatementProperty Perpetrator = new("P8031", "perpetrator", "Carried out by", "Carried out");
    public static readonly StatementProperty Location = new("P276", "location", "Location", "Events here");
    public static readonly StatementProperty LocatedIn = new("P131", "located_in", "Located in", "Places within");
    public static readonly StatementProperty PartOf = new("P361", "part_of", "Part of", "Parts");
    public static readonly StatementProperty HasPart = new("P527", "has_part", "Members", "Member of");
    public static readonly StatementProperty Follows = new("P155", "follows", "Follows", "Followed by");
    public static readonly StatementProperty FollowedBy = new("P156", "followed_by", "Followed by", "Follows");
    public static readonly StatementProperty Replaces = new("P1365", "replaces", "Replaces", "Replaced by");
    public static readonly StatementProperty ReplacedBy = new("P1366", "replaced_by", "Replaced by", "Replaces");
    public static readonly StatementProperty FoundedBy = new("P112", "founded_by", "Founded by", "Founder of");
    public static readonly StatementProperty LedBy = new("P1037", "led_by", "Led by", "Leader of");
    public static readonly StatementProperty MemberOf = new("P463", "member_of", "Member of", "Members");
    public static readonly StatementProperty MergedInto = new("P7888", "merged_into", "Merged into", "Merged from");
    public static readonly StatementProperty Signatory = new("P1891", "signatory", "Signatories", "Signed");
    public static readonly StatementProperty PlaceOfBirth = new("P19", "place_of_birth", "Born in", "Birthplace of");
    public static readonly StatementProperty PlaceOfDeath = new("P20", "place_of_death", "Died in", "Place of death of");
    public static readonly StatementProperty PositionHeld = new("P39", "position_held", "Positions", "Held by");
    public static readonly StatementProperty SeparatedFrom = new("P807", "separated_from", "Created from", "Gave");

    public static readonly IReadOnlyList<StatementProperty> All =
    [
        Participant, Perpetrator, Location, LocatedIn, PartOf, HasPart, Follows, FollowedBy, Replaces, ReplacedBy,
        FoundedBy, LedBy, MemberOf, MergedInto, Signatory, PlaceOfBirth, PlaceOfDeath, PositionHeld, SeparatedFrom,
    ];

    private static readonly Dictionary<string, StatementProperty> s_byId = All.ToDictionary(p => p.Id, StringComparer.Ordinal);
    private static readonly Dictionary<string, StatementProperty> s_byLabel = All.ToDictionary(p => p.Label, StringComparer.Ordinal);

    private static readonly Dictionary<StatementProperty, int> s_order = All.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);

    /// <summary>A property's place in <see cref="All"/>: the order the facts box and the graph read them in.</summary>
    public static int Order(StatementProperty property) => s_order[property];

    /// <summary>A property by its id ("P710") or its label ("participant").</summary>
    public static StatementProperty? Find(string idOrLabel) =>
        s_byId.GetValueOrDefault(idOrLabel) ?? s_byLabel.GetValueOrDefault(idOrLabel);
}
