using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Html;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Web.Pages.Articles;

/// <summary>
/// An article as schema.org JSON-LD for search engines and other machines: Event, Place,
/// Organization, Person or Legislation, with its other names, dates, place, participants, what it
/// is part of, and <c>sameAs</c> the encyclopedia's article. Serialized with every "&lt;" escaped,
/// so no text can close the script element.
/// </summary>
public static class ArticleJsonLd
{
    private static readonly JsonSerializerOptions s_options = new() { Encoder = JavaScriptEncoder.Default, WriteIndented = false };

    public static IHtmlContent Render(ArticlePage article, string origin)
    {
        var node = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = TypeOf(article.Kind),
            ["@id"] = origin + article.Urls.Article(article.Slug),
            ["url"] = origin + article.Urls.Article(article.Slug),
            ["name"] = article.Title,
        };
        if (article.Aliases.Count > 0)
        {
            node["alternateName"] = new JsonArray([.. article.Aliases.Select(a => (JsonNode)a)]);
        }

        if (article.Lead.Length > 0)
        {
            node["description"] = article.Lead;
        }

        if (article.ExternalLinks.FirstOrDefault(l => l.Name == "Wikipedia") is { } wikipedia)
        {
            node["sameAs"] = wikipedia.Href;
        }

        foreach (var date in article.Dates.Where(d => d.Event is null))
        {
            foreach (var (property, value) in DateProperties(article.Kind, date.Label, date.Start, date.End))
            {
                node[property] ??= value;
            }
        }

        foreach (var group in article.Facts)
        {
            if (PropertyOf(article.Kind, group.Name) is { } property)
            {
                node[property] = new JsonArray([.. group.Facts.Select(f => (JsonNode)Thing(f, origin))]);
            }
        }

        node["dateModified"] = article.UpdatedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new HtmlString($"""<script type="application/ld+json">{node.ToJsonString(s_options)}</script>""");
    }

    public static string TypeOf(ArticleKind kind) => kind switch
    {
        ArticleKind.Event => "Event",
        ArticleKind.Region => "Place",
        ArticleKind.Group => "Organization",
        ArticleKind.Person => "Person",
        _ => "Legislation",
    };

    private static IEnumerable<(string Property, string Value)> DateProperties(ArticleKind kind, string label, string start, string? end) => label switch
    {
        "Date" when kind == ArticleKind.Event => end is null ? [("startDate", start)] : [("startDate", start), ("endDate", end)],
        "Began" when kind == ArticleKind.Event => [("startDate", start)],
        "Ended" when kind == ArticleKind.Event => [("endDate", start)],
        "Born" when kind == ArticleKind.Person => [("birthDate", start)],
        "Died" when kind == ArticleKind.Person => [("deathDate", start)],
        "Founded" when kind == ArticleKind.Group => [("foundingDate", start)],
        "Dissolved" when kind == ArticleKind.Group => [("dissolutionDate", start)],
        "Signed" or "Date" when kind == ArticleKind.Agreement => [("legislationDate", start)],
        _ => [],
    };

    /// <summary>The schema.org property a facts box group answers, for this kind; null when none fits.</summary>
    private static string? PropertyOf(ArticleKind kind, string group) => (kind, group) switch
    {
        (ArticleKind.Event, "Location") => "location",
        (ArticleKind.Event, "Participants" or "Carried out by") => "attendee",
        (ArticleKind.Event, "Part of") => "superEvent",
        (ArticleKind.Event, "Parts") => "subEvent",
        (ArticleKind.Region, "Located in" or "Part of") => "containedInPlace",
        (ArticleKind.Group, "Led by") => "employee",
        (ArticleKind.Group, "Founded by") => "founder",
        (ArticleKind.Group, "Member of" or "Part of") => "memberOf",
        (ArticleKind.Person, "Member of") => "memberOf",
        (ArticleKind.Person, "Born in") => "birthPlace",
        (ArticleKind.Person, "Died in") => "deathPlace",
        (ArticleKind.Agreement, "Signatories") => "legislationPassedBy",
        _ => null,
    };

    private static JsonObject Thing(Fact fact, string origin)
    {
        var thing = new JsonObject { ["name"] = fact.Name };
        if (fact.Href is { } href && !fact.Wanted)
        {
            thing["url"] = origin + href;
        }

        return thing;
    }
}
