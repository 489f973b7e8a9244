using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Sahel.Kb.Browse;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Web.Pages.Articles;

/// <summary>
/// The neighbourhood graph as SVG markup. Written in one pass rather than by a Razor template:
/// its hundred-odd nodes and edges, attribute by attribute, were a tenth of an article page's cost
/// (issue 6). Every text from the knowledge base is HTML-encoded.
/// </summary>
public static class GraphSvg
{
    /// <summary>Coordinates are written to a tenth of a unit (<c>0.#</c>): the figure needs no finer.</summary>
    private static readonly CultureInfo I = CultureInfo.InvariantCulture;

    public static IHtmlContent Render(GraphLayout graph, Func<string, string> articleUrl)
    {
        var neighbours = graph.Nodes.Count - 1;
        var svg = new StringBuilder(8192);
        svg.Append(I, $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {graph.Size:0.#} {graph.Size:0.#}" aria-labelledby="graph-title">""");
        svg.Append("""<title id="graph-title">""").Append(Encode(graph.Centre.Title))
            .Append(I, $" and the {neighbours} {(neighbours == 1 ? "article" : "articles")} linked with it</title>");
        svg.Append("""<g class="edges">""");
        foreach (var edge in graph.Edges)
        {
            svg.Append(I, $"""<path class="{(edge.FromCentre ? "spoke" : "chord")}" d="M{edge.X1:0.#} {edge.Y1:0.#} Q{edge.ControlX:0.#} {edge.ControlY:0.#} {edge.X2:0.#} {edge.Y2:0.#}" />""");
        }

        svg.Append("</g>");
        foreach (var node in graph.Nodes)
        {
            svg.Append(I, $"""<a href="{Encode(articleUrl(node.Slug))}" class="node kind-{node.Kind.Name()}{(node.IsCentre ? " centre" : "")}">""");
            svg.Append("<title>").Append(Encode(node.Title)).Append(I, $" ({node.Kind.Name()})</title>");
            svg.Append(I, $"""<circle cx="{node.X:0.#}" cy="{node.Y:0.#}" r="{(node.IsCentre ? 12 : 8)}" />""");
            if (node.IsCentre)
            {
                svg.Append(I, $"""<text x="{node.X:0.#}" y="{node.Y + 30:0.#}" text-anchor="middle">""");
            }
            else
            {
                svg.Append(I, $"""<text x="{node.X:0.#}" y="{node.Y:0.#}" dx="{(node.LabelOnLeft ? "-13" : "13")}" dy="4" text-anchor="{(node.LabelOnLeft ? "end" : "start")}" transform="rotate({node.LabelAngle:0.#} {node.X:0.#} {node.Y:0.#})">""");
            }

            svg.Append(Encode(node.Label)).Append("</text></a>");
        }

        return new HtmlString(svg.Append("</svg>").ToString());
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
