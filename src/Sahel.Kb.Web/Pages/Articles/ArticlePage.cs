using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Sahel.Kb.Browse;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;
using Sahel.Kb.Text;

namespace Sahel.Kb.Web.Pages.Articles;

/// <summary>A related article, why, and the articles both are linked with (titles, strongest link first).</summary>
/// <summary>A seed page the article was drawn from: its file, and the article whose related items it lists (null when the page lists it first, or is not known).</summary>
public sealed record SourcePage(string Page, ArticleLink? Subject);

public sealed record RelatedEntry(ArticleLink Article, RelatedReasons Reasons, IReadOnlyList<string> SharedNeighbours);

/// <summary>A sentence of another article that mentions this one, split around the mention.</summary>
public sealed record Quote(string Before, string Mention, string After);

public sealed record Backlink(ArticleLink Source, IReadOnlyList<Quote> Quotes);

public sealed record KindGroup<T>(ArticleKind Kind, IReadOnlyList<T> Items);

public sealed record ExternalLink(string Name, string Href);

/// <summary>
/// One fact of the facts box: the other end (an article, or a wanted name), what qualifies it
/// ("side 1", "March 2022 – August 2022"), and the sentence that states it with its page.
/// </summary>
public sealed record Fact(string Name, string? Href, bool Wanted, string Qualifiers, string Evidence, string Source);

/// <summary>The facts of one property: "Participants", or read the other way round, "Took part in".</summary>
public sealed record FactGroup(string Name, IReadOnlyList<Fact> Facts);

/// <summary>How the article page addresses other articles and wanted names.</summary>
public sealed record ArticleUrls(Func<string, string> Article, Func<string, string> Wanted)
{
    private const string Marker = "slug-marker";

    /// <summary>
    /// Addresses from routing, for a page that links to dozens of articles: routing makes one
    /// article's address, the others follow its pattern with their slug encoded as routing does.
    /// </summary>
    public static ArticleUrls From(IUrlHelper url)
    {
        var pattern = url.Page("/Articles/Show", new { slug = Marker })!;
        var at = pattern.IndexOf(Marker, StringComparison.Ordinal);
        var (before, after) = (pattern[..at], pattern[(at + Marker.Length)..]);
        return new(slug => string.Concat(before, UrlEncoder.Default.Encode(slug), after), name => url.Page("/Wanted/Show", new { name })!);
    }
}

/// <summary>
/// Everything the article page shows, loaded with a fixed number of queries whatever the number
/// of aliases, dates, related items, mentions and backlinks.
/// </summary>
public sealed record ArticlePage(
    string Slug,
    string Title,
    ArticleKind Kind,
    string KindEvidence,
    string Lead,
    string SummaryHtml,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<DateFact> Dates,
    IReadOnlyList<FactGroup> Facts,
    IReadOnlyList<SourcePage> Sources,
    IReadOnlyList<KindGroup<RelatedEntry>> Related,
    IReadOnlyList<KindGroup<Backlink>> Backlinks,
    IReadOnlyList<ExternalLink> ExternalLinks,
    bool SummaryIsCut,
    GraphLayout Graph,
    bool MissingFromSeeds,
    DateTime UpdatedAt,
    DateTime CreatedAt,
    ArticleUrls Urls,
    ContentVersion Version)
{
    public const int RelatedLimit = 40;

    /// <summary>The related items a statement names, grouped by what it says ("Participants", "Part of"), each with its sentence: shown before the others.</summary>
    public IReadOnlyList<FactGroup> RelatedByRelation =>
        [.. Facts.Select(g => g with { Facts = [.. g.Facts.Where(f => !f.Wanted)] }).Where(g => g.Facts.Count > 0)];

    /// <summary>Shared neighbours are counted through at most this many direct neighbours, the strongest first.</summary>
    public const int NeighbourLimit = 100;

    /// <summary>The page of <paramref name="slug"/>, or null; <paramref name="text"/> gives the interface's words for what the page writes itself (a fact's side and period).</summary>
    public static async Task<ArticlePage?> LoadAsync(KbDbContext db, LinkGraphs graphs, string slug, ArticleUrls urls, IStringLocalizer text, CancellationToken cancellationToken)
    {
        // The article's own rows in one round trip; the other articles' titles and links come from the link graph.
        var own = await ArticleRows.ReadAsync(db, slug, cancellationToken);
        if (own is null)
        {
            return null;
        }

        var (version, article, aliases, dates, pageMembers, listedWith, mentions, mentionedBy, wanted, statementsOut, statementsIn) = own;
        var links = await graphs.AtAsync(version, db, cancellationToken);

        // An article the graph does not know yet was written after it was read: left out until the next load.
        mentions.RemoveAll(m => !links.Contains(m.TargetArticleId));
        mentionedBy.RemoveAll(m => !links.Contains(m.SourceArticleId));
        statementsOut.RemoveAll(s => s.OtherArticleId is { } other && !links.Contains(other));
        statementsIn.RemoveAll(s => s.OtherArticleId is { } other && !links.Contains(other));
        listedWith.RemoveAll(other => !links.Contains(other));
        ArticleLink Link(int other) => links.TryGetArticle(other, out var link) ? link : throw new KeyNotFoundException($"Article {other} is not in the link graph.");

        var id = article.Id;
        var mentionCounts = mentions.CountBy(m => m.TargetArticleId).ToDictionary();
        var mentionedByCounts = mentionedBy.CountBy(m => m.SourceArticleId).ToDictionary();
        var direct = listedWith
            .Concat(mentionCounts.OrderByDescending(m => m.Value).Select(m => m.Key))
            .Concat(mentionedByCounts.OrderByDescending(m => m.Value).Select(m => m.Key))
            .Distinct()
            .Take(NeighbourLimit)
            .ToArray();
        var neighbourLinks = links.LinksTouching(direct);

        var ranked = RelatedRanking.Rank(
            new Neighbourhood(
                id,
                listedWith.ToHashSet(),
                pageMembers.Select(m => m.ArticleId).Where(m => m != id && links.Contains(m)).ToHashSet(),
                mentionCounts,
                mentionedByCounts,
                neighbourLinks.Where(l => links.Contains(l.From) && links.Contains(l.To)).ToList()),
            RelatedLimit);

        var summaryLinks = mentions
            .Select(m => (m.Text, Target: Link(m.TargetArticleId)))
            .Select(m => new SummaryLink(m.Text, urls.Article(m.Target.Slug), TextFold.Key(m.Text) == TextFold.Key(m.Target.Title) ? null : m.Target.Title))
            .Concat(wanted.Select(w => new SummaryLink(w.Name, urls.Wanted(w.Key), $"{w.Name}: no article yet", "wanted")))
            .DistinctBy(l => TextFold.Key(l.Name))
            .ToList();

        var graph = NeighbourhoodGraph.Layout(
            new GraphArticle(id, article.Slug, article.Title, article.Kind),
            ranked.Select(r => (r.ArticleId, Link: Link(r.ArticleId))).Select(r => new GraphArticle(r.ArticleId, r.Link.Slug, r.Link.Title, r.Link.Kind)).ToList(),
            neighbourLinks.Concat(direct.Select(d => (id, d))),
            statementsOut.Concat(statementsIn)
                .Select(r => (Other: r.OtherArticleId, Property: StatementProperties.Find(r.Property)))
                .Where(r => r.Other is not null && r.Property is not null)
                .GroupBy(r => r.Other!.Value)
                .ToDictionary(g => g.Key, g => GraphRelations.Of(g.Select(r => r.Property!).MinBy(StatementProperties.Order)!)));

        return new ArticlePage(
            article.Slug,
            article.Title,
            article.Kind,
            article.KindEvidence,
            Sentences.Lead(article.PlainSummary, maxLength: 160),
            Text.SummaryHtml.Render(article.Summary, summaryLinks),
            aliases.Order(StringComparer.CurrentCulture).ToList(),
            DateText.Facts(dates),
            FactsOf(statementsOut, statementsIn, Link, urls, WantedHref(wanted, urls), text),
            SourcesOf(id, pageMembers, other => links.TryGetArticle(other, out var known) ? known : null),
            GroupByKind(ranked.Select(r => new RelatedEntry(Link(r.ArticleId), r.Reasons, [.. r.SharedNeighbours.Select(n => Link(n).Title).Order(StringComparer.CurrentCulture)])), r => r.Article.Kind),
            GroupByKind(
                mentionedBy
                    .GroupBy(m => m.SourceArticleId)
                    .Select(g => new Backlink(Link(g.Key), g.DistinctBy(m => m.Sentence).Select(m => QuoteOf(m.Sentence, m.Text)).ToList()))
                    .OrderBy(b => b.Source.Title, StringComparer.CurrentCulture),
                b => b.Source.Kind),
            ExternalLinksOf(article.Title, hasSource: pageMembers.Any(m => m.ArticleId == id)),
            // The mirror cuts a long summary ("… and Agu…"): the encyclopedia has the rest.
            article.PlainSummary.EndsWith('…'),
            graph,
            article.MissingFromSeeds,
            article.UpdatedAt,
            article.CreatedAt,
            urls,
            version);
    }

    /// <summary>The article's seed pages, each with its subject: the item it lists first (position 0).</summary>
    private static List<SourcePage> SourcesOf(int id, List<PageMember> members, Func<int, ArticleLink?> link)
    {
        var subjects = members.Where(m => m.Position == 0).DistinctBy(m => m.Page).ToDictionary(m => m.Page, m => m.ArticleId, StringComparer.Ordinal);
        return members.Where(m => m.ArticleId == id)
            .Select(m => m.Page)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(page => new SourcePage(page, subjects.TryGetValue(page, out var subject) ? link(subject) : null))
            .ToList();
    }

    /// <summary>
    /// Where a fact's object without an article is listed: its wanted name's page, by the name as
    /// written or its key ("MNLA" is listed under the full name), or nowhere ("the Libyan army" is
    /// no proper name, and no wanted name).
    /// </summary>
    private static Func<string, string?> WantedHref(List<WantedOut> wanted, ArticleUrls urls)
    {
        var keys = wanted.Select(w => w.Key).ToHashSet(StringComparer.Ordinal);
        var byName = wanted.ToDictionary(w => w.Name, w => w.Key, StringComparer.Ordinal);
        return name => byName.TryGetValue(name, out var key) || keys.Contains(key = WantedName.CreateKey(name)) ? urls.Wanted(key) : null;
    }

    /// <summary>The facts box: this article's statements by property, then those about it, read the other way round.</summary>
    private static List<FactGroup> FactsOf(List<StatementRow> outgoing, List<StatementRow> incoming, Func<int, ArticleLink> link, ArticleUrls urls, Func<string, string?> wantedHref, IStringLocalizer text)
    {
        Fact FactOf(StatementRow row)
        {
            var (name, href, wanted) = row.OtherArticleId is { } other
                ? (link(other).Title, urls.Article(link(other).Slug), false)
                : (row.ObjectName, wantedHref(row.ObjectName), true);
            return new Fact(name, href, wanted, QualifierText(row.Qualifiers, text), row.Evidence, row.Source);
        }

        var groups = outgoing
            .Select(r => (Property: StatementProperties.Find(r.Property), Row: r))
            .Where(r => r.Property is not null)
            .GroupBy(r => r.Property!)
            .OrderBy(g => StatementProperties.Order(g.Key))
            .Select(g => new FactGroup(g.Key.Name, [.. g.Select(r => FactOf(r.Row)).OrderBy(f => f.Qualifiers, StringComparer.Ordinal).ThenBy(f => f.Name, StringComparer.CurrentCulture)]))
            .ToList();
        groups.AddRange(incoming
            .Select(r => (Property: StatementProperties.Find(r.Property), Row: r))
            .Where(r => r.Property is not null)
            .GroupBy(r => r.Property!)
            .OrderBy(g => StatementProperties.Order(g.Key))
            .Select(g => new FactGroup(g.Key.InverseName, [.. g.Select(r => FactOf(r.Row)).OrderBy(f => f.Name, StringComparer.CurrentCulture)])));
        return groups;
    }

    /// <summary>"side=1", "from=2022-03\nto=2022-08" as a reader reads them: "side 1", "March 2022 – August 2022" (in French, "camp 1", "mars 2022 – août 2022").</summary>
    private static string QualifierText(string qualifiers, IStringLocalizer text)
    {
        var values = Statement.QualifiersOf(qualifiers);
        var words = new List<string>();
        if (values.TryGetValue("side", out var side))
        {
            words.Add(text["side {0}", side]);
        }

        var (from, to) = (values.GetValueOrDefault("from"), values.GetValueOrDefault("to"));
        if (from is not null || to is not null)
        {
            words.Add(from is not null && to is not null ? DateText.FormatRange(from, to) : from is not null ? text["from {0}", DateText.Format(from)] : text["until {0}", DateText.Format(to!)]);
        }

        return string.Join(", ", words);
    }

    /// <summary>Groups in the order of <see cref="ArticleKinds.All"/>, each keeping the order it was given.</summary>
    private static List<KindGroup<T>> GroupByKind<T>(IEnumerable<T> items, Func<T, ArticleKind> kindOf) =>
        items.GroupBy(kindOf).OrderBy(g => g.Key).Select(g => new KindGroup<T>(g.Key, g.ToList())).ToList();

    private static Quote QuoteOf(string sentence, string mention)
    {
        var at = sentence.IndexOf(mention, StringComparison.Ordinal);
        return at < 0 ? new Quote(sentence, "", "") : new Quote(sentence[..at], mention, sentence[(at + mention.Length)..]);
    }

    /// <summary>The seed's "OR: [Wikipedia] [Google] [Baidu]" links, made from the title as the mirror makes them.</summary>
    private static List<ExternalLink> ExternalLinksOf(string title, bool hasSource)
    {
        if (!hasSource)
        {
            return [];
        }

        var wikiTitle = Uri.EscapeDataString(title.Replace(' ', '_'));
        var query = Uri.EscapeDataString(title);
        return
        [
            new("Wikipedia", $"https://en.wikipedia.org/wiki/{wikiTitle}"),
            new("Google", $"https://www.google.com/search?q={query}"),
            new("Baidu", $"https://www.baidu.com/s?wd={query}"),
        ];
    }
}
