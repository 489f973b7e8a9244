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
        Assert.Equal((graph.Size / 2, graph.Size / 2), (centre.X, centre.Y));
        Assert.Equal(["article-2", "article-3", "article-4"], graph.Nodes.Where(n => !n.IsCentre).Select(n => n.Slug).Order());
        Assert.All(graph.Nodes.Where(n => !n.IsCentre), n =>
            Assert.Equal(NeighbourhoodGraph.Radius, Math.Sqrt(Math.Pow(n.X - centre.X, 2) + Math.Pow(n.Y - centre.Y, 2)), precision: 0));
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
        Assert.All(graph.Nodes.Where(n => !n.IsCentre), n => Assert.InRange(n.LabelAngle, -90, 90));
        Assert.All(graph.Nodes.Where(n => n.LabelOnLeft), n => Assert.True(n.X < graph.Size / 2));
    }

    [Fact]
    public void Beyond_forty_neighbours_only_the_strongest_are_drawn_and_long_titles_are_shortened()
    {
        var many = Enumerable.Range(2, 60).Select(id => Neighbour(id)).Append(new GraphArticle(99, "long", "Permanent Strategic Framework for Peace, Security, and Development", ArticleKind.Group)).ToList();

        var graph = NeighbourhoodGraph.Layout(s_centre, many, []);

        Assert.Equal(NeighbourhoodGraph.MaxNeighbours + 1, graph.Nodes.Count);
        Assert.Equal(many.Take(NeighbourhoodGraph.MaxNeighbours).Select(n => n.Slug).Order(), graph.Nodes.Where(n => !n.IsCentre).Select(n => n.Slug).Order());

        var shortened = NeighbourhoodGraph.Layout(s_centre, [many[^1]], []).Nodes.Single(n => !n.IsCentre);
        Assert.True(shortened.Label.Length <= NeighbourhoodGraph.MaxLabelLength);
        Assert.EndsWith("…", shortened.Label, StringComparison.Ordinal);
        Assert.Equal(many[^1].Title, shortened.Title);
    }
}
