using Sahel.Kb.Domain;

namespace Sahel.Kb.Browse;

/// <summary>An article around which the graph is drawn, or one of its neighbours with its rank.</summary>
public sealed record GraphArticle(int Id, string Slug, string Title, ArticleKind Kind);

/// <summary>A node: its label (the title, shortened) reads horizontally, to the left of nodes on the left side.</summary>
public sealed record GraphNode(string Slug, string Title, string Label, ArticleKind Kind, double X, double Y, bool LabelOnLeft, bool IsCentre);

/// <summary>
/// A link between two nodes; <see cref="ControlX"/>/<see cref="ControlY"/> bend it towards the
/// centre. <see cref="Relation"/>: what a statement between them says (<see cref="GraphRelations"/>), or null for a mention or related item.
/// </summary>
public sealed record GraphEdge(double X1, double Y1, double X2, double Y2, double ControlX, double ControlY, bool FromCentre, string? Relation = null);

public sealed record GraphLayout(double Width, double Height, GraphArticle Centre, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, IReadOnlyList<ArticleKind> Kinds)
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
/// Draws an article's neighbourhood as a wide oval: the article in the middle, its neighbours on
/// the right side and then the left, grouped by kind (strongest first within a kind), one row
/// each, labels written horizontally away from the middle; every link among them a curve bent
/// towards the middle. The figure is <see cref="Width"/> by at most <see cref="Height"/> units, so
/// it fits a page's column without scrolling. The layout depends only on its input, so a page draws
/// the same picture every time. Beyond <see cref="MaxNeighbours"/> only the strongest are drawn.
/// </summary>
public static class NeighbourhoodGraph
{
    public const int MaxNeighbours = 40;
    public const int MaxLabelLength = 26;
    public const double Width = 760;
    public const double Height = 420;

    /// <summary>The oval's half-width and half-height, and the room above and below its rows.</summary>
    public const double RadiusX = 150;
    public const double RadiusY = 180;
    private const double RowHeight = 18;

    /// <param name="centre">The article the page is about.</param>
    /// <param name="neighbours">Its neighbours, strongest first.</param>
    /// <param name="links">Links among all of them (related items and mentions, either direction).</param>
    /// <param name="relations">What the centre's statements say of a neighbour, by its id: the edge's colour.</param>
    public static GraphLayout Layout(GraphArticle centre, IReadOnlyList<GraphArticle> neighbours, IEnumerable<(int From, int To)> links, IReadOnlyDictionary<int, string>? relations = null)
    {
        var drawn = neighbours.Where(n => n.Id != centre.Id).DistinctBy(n => n.Id).Take(MaxNeighbours)
            .Select((n, rank) => (Article: n, Rank: rank))
            .OrderBy(n => n.Article.Kind).ThenBy(n => n.Rank)
            .Select(n => n.Article)
            .ToList();

        // Fewer rows, less height: a short list is not stretched over the whole oval.
        var rightCount = (drawn.Count + 1) / 2;
        var rows = Math.Max(rightCount, 1);
        var halfHeight = Math.Min(RadiusY, (rows - 1) * RowHeight / 2);
        var height = Math.Max(2 * halfHeight + 70, 140);
        var (middleX, middleY) = (Width / 2, height / 2);
        var positions = new Dictionary<int, (double X, double Y)> { [centre.Id] = (middleX, middleY) };
        var nodes = new List<GraphNode> { new(centre.Slug, centre.Title, Shorten(centre.Title), centre.Kind, middleX, middleY, false, true) };
        for (var i = 0; i < drawn.Count; i++)
        {
            // The right side top to bottom, then the left side bottom to top: the kinds read round the oval.
            var onLeft = i >= rightCount;
            var row = onLeft ? drawn.Count - 1 - i : i;
            var count = onLeft ? drawn.Count - rightCount : rightCount;
            var t = count == 1 ? 0 : (2.0 * row / (count - 1)) - 1;
            var y = Round(middleY + (t * halfHeight));
            var across = RadiusX * (0.45 + (0.55 * Math.Sqrt(1 - (t * t))));
            var x = Round(onLeft ? middleX - across : middleX + across);
            positions[drawn[i].Id] = (x, y);
            nodes.Add(new GraphNode(drawn[i].Slug, drawn[i].Title, Shorten(drawn[i].Title), drawn[i].Kind, x, y, onLeft, false));
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
                // A curve between two neighbours bends halfway towards the middle.
                var (cx, cy) = fromCentre ? ((a.X + b.X) / 2, (a.Y + b.Y) / 2) : (((a.X + b.X) / 4) + (middleX / 2), ((a.Y + b.Y) / 4) + (middleY / 2));
                var other = l.From == centre.Id ? l.To : l.From;
                return new GraphEdge(a.X, a.Y, b.X, b.Y, Round(cx), Round(cy), fromCentre, fromCentre ? relations.GetValueOrDefault(other) : null);
            })
            .ToList();

        return new GraphLayout(Width, Round(height), centre, nodes, edges, nodes.Select(n => n.Kind).Distinct().Order().ToList());
    }

    private static double Round(double value) => Math.Round(value, 1);

    private static string Shorten(string title) =>
        title.Length <= MaxLabelLength ? title : title[..(MaxLabelLength - 1)].TrimEnd(' ', ',', ';', ':') + "…";
}
