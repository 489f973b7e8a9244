using Sahel.Kb.Domain;
using Sahel.Kb.Text;

namespace Sahel.Kb.Import;

/// <summary>
/// Stage 3½: one article that two pages title differently is one article — "Battle of Tessit" and
/// "Battle of Tessit (2022)", "Isaac Zida" and "Yacouba Isaac Zida", "… Defence of the Homeland" and
/// "… Defense of the Homeland" with the same French name. Two titles are taken for one article when
/// all of these hold:
/// <list type="bullet">
/// <item>a name meets: the title, the title without its bracket, or a name the summary gives its subject
/// (the fuller name it opens with, "also known as", a former name); an acronym is not enough;</item>
/// <item>the kind is the same, and it is not a place ("Diffa" the city and "Diffa Region" share a name);</item>
/// <item>a date agrees: the same label, one date the other or finer ("born 1965", "born 16 November 1965");
/// a name alone is not enough — the battle of Tessit of 2017 is not the one of 2022.</item>
/// </list>
/// An article already stored keeps its address and takes the new title's snippets; between new titles,
/// the most complete snippet's title gives the address, as it gives the title (<see cref="ArticleMerge"/>).
/// Each title read as another article's is reported, with its page and line, for an admin to check.
/// </summary>
public static class SameArticles
{
    /// <summary>The alias origins that name the subject itself (an acronym may be shared; a link label is another page's wording).</summary>
    private static readonly AliasOrigin[] s_ownNames = [AliasOrigin.ShortTitle, AliasOrigin.FullName, AliasOrigin.AlsoKnownAs, AliasOrigin.PageTitle, AliasOrigin.Editor];

    /// <summary>
    /// Words one name may be written with either way: British and American spellings, and the words an agreement
    /// goes by ("Accord for Peace and Reconciliation in Mali", "Agreement for Peace and Reconciliation in Mali").
    /// </summary>
    private static readonly Dictionary<string, string> s_sameWords = new(StringComparer.Ordinal)
    {
        ["defence"] = "defense",
        ["organisation"] = "organization",
        ["centre"] = "center",
        ["programme"] = "program",
        ["accord"] = "agreement",
        ["accords"] = "agreement",
        ["agreements"] = "agreement",
    };

    public static ImportPlan Join(ImportPlan plan, IReadOnlyDictionary<string, Article> stored)
    {
        var fresh = plan.Snippets.GroupBy(s => s.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var newSlugs = fresh.Keys.Where(slug => !stored.ContainsKey(slug)).Order(StringComparer.Ordinal).ToList();
        if (newSlugs.Count == 0)
        {
            return plan;
        }

        var owners = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var article in stored.Values)
        {
            AddNames(owners, article.Slug, StoredNames(article));
        }

        var names = newSlugs.ToDictionary(
            slug => slug,
            slug => AddNames(owners, slug, fresh[slug].SelectMany(s => SnippetNames(s.Title, SummaryText.ToPlain(s.Text)))),
            StringComparer.Ordinal);

        var profiles = new Dictionary<string, Profile>(StringComparer.Ordinal);
        Profile ProfileOf(string slug) => profiles.TryGetValue(slug, out var known)
            ? known
            : profiles[slug] = stored.TryGetValue(slug, out var article)
                ? new Profile(article.Kind, [.. article.Dates.Select(d => (d.Label, d.Value))])
                : Profile.Of(ArticleMerge.Merge(slug, fresh[slug]));

        var groups = new UnionFind();
        foreach (var slug in newSlugs)
        {
            var others = names[slug].SelectMany(key => owners[key]).Where(o => o != slug).Distinct(StringComparer.Ordinal);
            foreach (var other in others.Where(other => ProfileOf(slug).IsSameAs(ProfileOf(other))))
            {
                groups.Join(slug, other);
            }
        }

        var moved = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groups.Groups())
        {
            var kept = group.Where(stored.ContainsKey).ToList();
            // Two stored articles are two until an admin says otherwise: a new title between them joins neither.
            if (kept.Count > 1)
            {
                continue;
            }

            var into = kept.Count == 1 ? kept[0] : Article.CreateSlug(ArticleMerge.Merge("", [.. group.SelectMany(slug => fresh[slug])]).Title);
            into = group.Contains(into, StringComparer.Ordinal) ? into : group.Order(StringComparer.Ordinal).First();
            foreach (var slug in group.Where(slug => slug != into))
            {
                moved[slug] = into;
            }
        }

        return moved.Count == 0 ? plan : Move(plan, moved, stored, fresh);
    }

    private static ImportPlan Move(ImportPlan plan, Dictionary<string, string> moved, IReadOnlyDictionary<string, Article> stored, Dictionary<string, List<SnippetDraft>> fresh)
    {
        string To(string slug) => moved.GetValueOrDefault(slug, slug);
        string TitleOf(string slug) => stored.TryGetValue(slug, out var article) ? article.Title : TitleCaser.Naturalize(fresh[slug][0].Title, SummaryText.ToPlain(fresh[slug][0].Text));

        var warnings = plan.Warnings.ToList();
        warnings.AddRange(moved
            .SelectMany(m => fresh[m.Key].Select(s => (Snippet: s, Into: m.Value)))
            .OrderBy(m => m.Snippet.Page, StringComparer.Ordinal).ThenBy(m => m.Snippet.Line)
            .Select(m => $"{m.Snippet.Page}: line {m.Snippet.Line}: \"{m.Snippet.Title}\" is read as \"{TitleOf(m.Into)}\" ({m.Into}), which another page titles so: the same name, kind and date; check both pages"));

        // A page that lists the article under both titles keeps the longer text, as a page listing one title twice does.
        var snippets = plan.Snippets
            .Select(s => s with { Slug = To(s.Slug) })
            .GroupBy(s => (s.Page, s.Slug))
            .Select(g => g.OrderByDescending(s => s.Text.Length).ThenBy(s => s.Position).First())
            .OrderBy(s => s.Page, StringComparer.Ordinal).ThenBy(s => s.Position)
            .ToList();
        var relations = plan.Relations
            .Select(r => r with { SubjectSlug = To(r.SubjectSlug), RelatedSlug = To(r.RelatedSlug) })
            .Where(r => r.SubjectSlug != r.RelatedSlug)
            .Distinct()
            .ToList();
        return plan with { Snippets = snippets, Relations = relations, Warnings = warnings };
    }

    /// <summary>Files <paramref name="slug"/> under each of its names' keys; returns the keys.</summary>
    private static List<string> AddNames(Dictionary<string, List<string>> owners, string slug, IEnumerable<string> names)
    {
        var keys = names.Select(NameKey).Where(key => key.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        foreach (var key in keys)
        {
            if (!owners.TryGetValue(key, out var slugs))
            {
                owners[key] = slugs = [];
            }

            slugs.Add(slug);
        }

        return keys;
    }

    /// <summary>
    /// A name's key with each word as <see cref="s_sameWords"/> writes it: "… Defence of the People of Azawad" and
    /// "… Defense of the People of Azawad", "the Algiers Accords" and "the Algiers Accord" are one name here.
    /// </summary>
    private static string NameKey(string name) =>
        string.Join('-', Alias.CreateKey(name).Split('-').Select(word => s_sameWords.GetValueOrDefault(word, word)));

    private static IEnumerable<string> StoredNames(Article article) =>
        article.Snippets.Select(s => s.Title)
            .Append(article.Title)
            .SelectMany(TitleNames)
            .Concat(article.Aliases.Where(a => s_ownNames.Contains(a.Origin) && !ProperNames.IsAcronym(a.Name)).Select(a => a.Name));

    private static IEnumerable<string> SnippetNames(string title, string summary) =>
        TitleNames(title).Concat(AliasExtractor.Extract(title, summary).Where(a => s_ownNames.Contains(a.Origin) && !ProperNames.IsAcronym(a.Name)).Select(a => a.Name));

    private static IEnumerable<string> TitleNames(string title) =>
        AliasExtractor.ShortTitle(title) is { } shortTitle ? [title, shortTitle] : [title];

    /// <summary>What tells two articles of one name apart: their kind and their dates.</summary>
    private sealed record Profile(ArticleKind Kind, IReadOnlyList<(DateLabel Label, string Value)> Dates)
    {
        public static Profile Of(ArticleDraft draft) => new(draft.Kind.Kind, [.. draft.Dates.Select(d => (d.Date.Label, d.Date.Value))]);

        public bool IsSameAs(Profile other) =>
            Kind == other.Kind && Kind != ArticleKind.Region
            && Dates.Any(mine => mine.Label != DateLabel.Step && other.Dates.Any(theirs => theirs.Label == mine.Label && Agree(mine.Value, theirs.Value)));

        /// <summary>"1965" and "1965-11-16" agree; "2017-02" and "2022-08-07" do not.</summary>
        private static bool Agree(string one, string other) =>
            one.StartsWith(other, StringComparison.Ordinal) || other.StartsWith(one, StringComparison.Ordinal);
    }

    /// <summary>Slugs joined two by two into groups.</summary>
    private sealed class UnionFind
    {
        private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);

        public void Join(string one, string other) => _parent[Root(one)] = Root(other);

        public IEnumerable<List<string>> Groups() =>
            _parent.Keys.GroupBy(Root, StringComparer.Ordinal).Select(g => g.Append(g.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()).Where(g => g.Count > 1);

        private string Root(string slug)
        {
            while (_parent.TryGetValue(slug, out var parent) && parent != slug)
            {
                slug = parent;
            }

            return slug;
        }
    }
}
