using Sahel.Kb.Browse;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Browse;

public class NeighbourhoodGraphTests
{
    private static readonly GraphArticle s_centre = new(1, "kidal-offensive", "Kidal offensive", ArticleKind.Event);

    private static GraphArticle Neighbour(int id, ArticleKind kind = ArticleKind.Group) => new(id, $"article-{id}", $"Article {id}", kind);

    [Fact]
    public void The_article_sits_in_the_middle_with_every_neighbour_on_one_circle_and_every_link_among_them_drawn()
    {
        var graph = NeighbourhoodGraph.Layout(s_centre, [Neighbour(2), Neighbour(3, ArticleKind.Person), Neighbour(4)], [(1, 2), (1, 3), (2, 4), (4, 2), (3, 99)]);

        var centre = graph.Nodes.Single(n => n.IsCentre);
        Assert.Equal((graph.Width / 2, graph.Height / 2), (centre.X, centre.Y));
        Assert.Equal(["article-2", "article-3", "article-4"], graph.Nodes.Where(n => !n.IsCentre).Select(n => n.Slug).Order());
        // Three neighbours: two rows on the right, one on the left, none nearer the middle than the oval allows.
        Assert.Equal(2, graph.Nodes.Count(n => !n.IsCentre && n.X > centre.X));
        Assert.All(graph.Nodes.Where(n => !n.IsCentre), n => Assert.InRange(Math.Abs(n.X - centre.X), 0.45 * NeighbourhoodGraph.RadiusX, NeighbourhoodGraph.RadiusX));
        Assert.Equal(3, graph.Edges.Count);
        Assert.Equal(2, graph.Edges.Count(e => e.FromCentre));
        Assert.Equal([ArticleKind.Event, ArticleKind.Group, ArticleKind.Person], graph.Kinds);
    }

    [Fact]
    public void The_same_neighbourhood_draws_the_same_picture_in_whatever_order_links_arrive()
    {
        GraphArticle[] neighbours = [Neighbour(2), Neighbour(3, ArticleKind.Person), Neighbour(4, ArticleKind.Event)];

        var first = NeighbourhoodGraph.Layout(s_centre, neighbours, [(1, 2), (3, 4), (2, 3)]);
        var second = NeighbourhoodGraph.Layout(s_centre, neighbours, [(3, 2), (4, 3), (2, 1)]);

        Assert.Equal(first.Nodes, second.Nodes);
        Assert.Equal(first.Edges, second.Edges);
    }

    [Fact]
    public void Neighbours_of_a_kind_stay_together_and_labels_on_the_left_read_the_right_way_up()
    {
        var graph = NeighbourhoodGraph.Layout(s_centre, [Neighbour(2), Neighbour(3, ArticleKind.Person), Neighbour(4), Neighbour(5, ArticleKind.Event)], []);

        Assert.Equal([ArticleKind.Event, ArticleKind.Group, ArticleKind.Group, ArticleKind.Person], graph.Nodes.Where(n => !n.IsCentre).Select(n => n.Kind));
        Assert.All(graph.Nodes.Where(n => !n.IsCentre), n => Assert.Equal(n.X < graph.Width / 2, n.LabelOnLeft));
    }

    [Fact]
    public void Beyond_forty_neighbours_only_the_strongest_are_drawn_and_long_titles_are_shortened()
    {
        var many = Enumerable.Range(2, 60).Select(id => Neighbour(id)).Append(new GraphArticle(99, "long", "Permanent Strategic Framework for Peace, Security, and Development", ArticleKind.Group)).ToList();

        var graph = NeighbourhoodGraph.Layout(s_centre, many, []);

        Assert.Equal(NeighbourhoodGraph.MaxNeighbours + 1, graph.Nodes.Count);
        // Forty rows, twenty a side, one label's height apart, within the figure's 420 units.
        Assert.InRange(graph.Height, 300, NeighbourhoodGraph.Height);
        Assert.All(graph.Nodes.Where(n => !n.IsCentre).GroupBy(n => n.LabelOnLeft), side =>
            Assert.All(side.OrderBy(n => n.Y).Zip(side.OrderBy(n => n.Y).Skip(1)), pair => Assert.True(pair.Second.Y - pair.First.Y >= 16)));
        Assert.Equal(many.Take(NeighbourhoodGraph.MaxNeighbours).Select(n => n.Slug).Order(), graph.Nodes.Where(n => !n.IsCentre).Select(n => n.Slug).Order());

        var shortened = NeighbourhoodGraph.Layout(s_centre, [many[^1]], []).Nodes.Single(n => !n.IsCentre);
        Assert.True(shortened.Label.Length <= NeighbourhoodGraph.MaxLabelLength);
        Assert.EndsWith("…", shortened.Label, StringComparison.Ordinal);
        Assert.Equal(many[^1].Title, shortened.Title);
    }
}
