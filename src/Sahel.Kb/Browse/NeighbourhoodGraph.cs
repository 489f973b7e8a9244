using Sahel.Kb.Domain;

namespace Sahel.Kb.Browse;

/// <summary>An article around which the graph is drawn, or one of its neighbours with its rank.</summary>
public sealed record GraphArticle(int Id, string Slug, string Title, ArticleKind Kind);

public sealed record GraphNode(string Slug, string Title, string Label, ArticleKind Kind, double X, double Y, double LabelAngle, bool LabelOnLeft, bool IsCentre);

/// <summary>
/// A link between two nodes; <see cref="ControlX"/>/<see cref="ControlY"/> bend it towards the
/// centre. <see cref="Relation"/>: what a statement between them says (<see cref="GraphRelations"/>), or null for a mention or related item.
/// </summary>
public sealed record GraphEdge(double X1, double Y1, double X2, double Y2, double ControlX, double ControlY, bool FromCentre, string? Relation = null);

public sealed record GraphLayout(double Size, GraphArticle Centre, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, IReadOnlyList<ArticleKind> Kinds)
{
    /// <summary>The relations the edges show, in the legend's order.</summary>
    public IReadOnlyList<string> Relations => [.. GraphRelations.All.Where(r => Edges.Any(e => e.Relation == r))];
}

/// <summary>The few kinds of relation the graph colours its edges by, each from a handful of statement properties.</summary>
public static class GraphRelations
{
    public const string Sides = "sides";
    public const string Parts = "parts";
    public const string Places = "places";
    public const string Leaders = "leaders";
    public const string Succession = "succession";

    public static readonly IReadOnlyList<string> All = [Sides, Parts, Places, Leaders, Succession];

    public static string Of(StatementProperty property) => property.Label switch
    {
        "participant" or "perpetrator" or "signatory" => Sides,
        "part_of" or "has_part" or "member_of" or "merged_into" => Parts,
        "location" or "located_in" or "separated_from" or "place_of_birth" or "place_of_death" => Places,
        "led_by" or "founded_by" or "position_held" => Leaders,
        _ => Succession,
    };

    public static string Name(string relation) => relation switch
    {
        Sides => "Took part, signed",
        Parts => "Part or member of",
        Places => "Place",
        Leaders => "Led or founded by",
        _ => "Follows or replaces",
    };
}

/// <summary>
/// Draws an article's neighbourhood as a circle: the article in the middle, its neighbours
/// around it grouped by kind (strongest first within a kind), every link among them as a chord
/// bent towards the middle. The layout depends only on its input, so a page draws the same
/// picture every time. Beyond <see cref="MaxNeighbours"/> only the strongest neighbours are drawn.
/// </summary>
public static class NeighbourhoodGraph
{
    public const int MaxNeighbours = 40;
    public const int MaxLabelLength = 24;
    public const double Radius = 190;
    public const double LabelRoom = 195;

    /// <param name="centre">The article the page is about.</param>
    /// <param name="neighbours">Its neighbours, strongest first.</param>
    /// <param name="links">Links among all of them (related items and mentions, either direction).</param>
    /// <param name="relations">What the centre's statements say of a neighbour, by its id: the edge's colour.</param>
    public static GraphLayout Layout(GraphArticle centre, IReadOnlyList<GraphArticle> neighbours, IEnumerable<(int From, int To)> links, IReadOnlyDictionary<int, string>? relations = null)
    {
        var size = 2 * (Radius + LabelRoom);
        var middle = size / 2;
        var drawn = neighbours.Where(n => n.Id != centre.Id).DistinctBy(n => n.Id).Take(MaxNeighbours)
            .Select((n, rank) => (Article: n, Rank: rank))
            .OrderBy(n => n.Article.Kind).ThenBy(n => n.Rank)
            .Select(n => n.Article)
            .ToList();

        // One slot per node, and half a slot between kinds so each kind reads as one arc.
        var gaps = drawn.Count == 0 ? 0 : drawn.Select(n => n.Kind).Distinct().Count();
        var slots = drawn.Count + (gaps > 1 ? gaps * 0.5 : 0);
        var positions = new Dictionary<int, (double X, double Y)> { [centre.Id] = (middle, middle) };
        var nodes = new List<GraphNode> { new(centre.Slug, centre.Title, Shorten(centre.Title), centre.Kind, middle, middle, 0, false, true) };
        var slot = 0.0;
        for (var i = 0; i < drawn.Count; i++)
        {
            if (i > 0 && drawn[i].Kind != drawn[i - 1].Kind && gaps > 1)
            {
                slot += 0.5;
            }

            var degrees = -90 + (360 * slot / Math.Max(slots, 1));
            var radians = degrees * Math.PI / 180;
            var x = Round(middle + (Radius * Math.Cos(radians)));
            var y = Round(middle + (Radius * Math.Sin(radians)));
            var onLeft = Math.Cos(radians) < -1e-9;
            positions[drawn[i].Id] = (x, y);
            nodes.Add(new GraphNode(drawn[i].Slug, drawn[i].Title, Shorten(drawn[i].Title), drawn[i].Kind, x, y, Round(Upright(degrees)), onLeft, false));
            slot++;
        }

        relations ??= new Dictionary<int, string>();
        var edges = links
            .Concat(relations.Keys.Select(other => (From: centre.Id, To: other)))
            .Where(l => l.From != l.To && positions.ContainsKey(l.From) && positions.ContainsKey(l.To))
            .Select(l => l.From < l.To ? l : (From: l.To, To: l.From))
            .Distinct()
            .OrderBy(l => l.From).ThenBy(l => l.To)
            .Select(l =>
            {
                var (a, b) = (positions[l.From], positions[l.To]);
                var fromCentre = l.From == centre.Id || l.To == centre.Id;
                // A chord between two neighbours bends halfway towards the middle.
                var (cx, cy) = fromCentre ? ((a.X + b.X) / 2, (a.Y + b.Y) / 2) : (((a.X + b.X) / 4) + (middle / 2), ((a.Y + b.Y) / 4) + (middle / 2));
                var other = l.From == centre.Id ? l.To : l.From;
                return new GraphEdge(a.X, a.Y, b.X, b.Y, Round(cx), Round(cy), fromCentre, fromCentre ? relations.GetValueOrDefault(other) : null);
            })
            .ToList();

        return new GraphLayout(size, centre, nodes, edges, nodes.Select(n => n.Kind).Distinct().Order().ToList());
    }

    private static double Round(double value) => Math.Round(value, 1);

    /// <summary>A label along the radius at this angle, turned so it never reads upside down: within [-90°, 90°].</summary>
    private static double Upright(double degrees)
    {
        var angle = ((degrees % 360) + 540) % 360 - 180;
        return angle > 90 ? angle - 180 : angle < -90 ? angle + 180 : angle;
    }

    private static string Shorten(string title) =>
        title.Length <= MaxLabelLength ? title : title[..(MaxLabelLength - 1)].TrimEnd(' ', ',', ';', ':') + "…";
}
