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
/// Every text from the knowledge base is HTML-encoded.
/// </summary>
public static class GraphSvg
{
    private static readonly CultureInfo I = CultureInfo.InvariantCulture;

    public static IHtmlContent Render(GraphLayout graph, Func<string, string> articleUrl)
    {
        var neighbours = graph.Nodes.Count - 1;
        var svg = new StringBuilder(8192);
        svg.Append(I, $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {Tenths(graph.Width)} {Tenths(graph.Height)}" aria-labelledby="graph-title">""");
        svg.Append("""<title id="graph-title">""").Append(Encode(graph.Centre.Title))
            .Append(I, $" and the {neighbours} {(neighbours == 1 ? "article" : "articles")} linked with it</title>");
        svg.Append("""<g class="edges">""");
        foreach (var edge in graph.Edges)
        {
            svg.Append(I, $"""<path class="{(edge.FromCentre ? "spoke" : "chord")}{(edge.Relation is { } relation ? " rel-" + relation : "")}" d="M{Tenths(edge.X1)} {Tenths(edge.Y1)} Q{Tenths(edge.ControlX)} {Tenths(edge.ControlY)} {Tenths(edge.X2)} {Tenths(edge.Y2)}" />""");
        }

        svg.Append("</g>");
        foreach (var node in graph.Nodes)
        {
            svg.Append(I, $"""<a href="{Encode(articleUrl(node.Slug))}" class="node kind-{node.Kind.Name()}{(node.IsCentre ? " centre" : "")}">""");
            svg.Append("<title>").Append(Encode(node.Title)).Append(I, $" ({node.Kind.Name()})</title>");
            svg.Append(I, $"""<circle cx="{Tenths(node.X)}" cy="{Tenths(node.Y)}" r="{(node.IsCentre ? 12 : 6)}" />""");
            if (node.IsCentre)
            {
                svg.Append(I, $"""<text x="{Tenths(node.X)}" y="{Tenths(node.Y + 28)}" text-anchor="middle">""");
            }
            else
            {
                svg.Append(I, $"""<text x="{Tenths(node.X)}" y="{Tenths(node.Y)}" dx="{(node.LabelOnLeft ? "-11" : "11")}" dy="4" text-anchor="{(node.LabelOnLeft ? "end" : "start")}">""");
            }

            svg.Append(Encode(node.Label)).Append("</text></a>");
        }

        return new HtmlString(svg.Append("</svg>").ToString());
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    /// <summary>A coordinate to a tenth of a unit (the figure needs no finer), without a custom format's cost.</summary>
    private static Coordinate Tenths(double value) => new((long)Math.Round(value * 10, MidpointRounding.AwayFromZero));

    /// <summary>A number of tenths, written <c>12</c>, <c>12.5</c> or <c>-0.5</c>.</summary>
    private readonly record struct Coordinate(long Tenths) : ISpanFormattable
    {
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            var (whole, tenth) = Math.DivRem(Math.Abs(Tenths), 10);
            return tenth == 0
                ? destination.TryWrite(I, $"{(Tenths < 0 ? "-" : "")}{whole}", out charsWritten)
                : destination.TryWrite(I, $"{(Tenths < 0 ? "-" : "")}{whole}.{tenth}", out charsWritten);
        }

        public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

        public override string ToString() => string.Create(I, $"{this}");
    }
}
