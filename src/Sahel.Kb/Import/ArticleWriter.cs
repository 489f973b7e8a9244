using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;
using Sahel.Kb.Text;

namespace Sahel.Kb.Import;

/// <summary>
/// Stage 7: writes a plan in one transaction. Creates and updates articles (never touching a
/// field an editor owns), replaces the relations of the pages it read, relinks every article's
/// aliases, mentions and wanted names, and records the run. Rows that did not change are not
/// written, so importing the same pages again changes nothing. A dry run does all of it and rolls back.
/// </summary>
public sealed class ArticleWriter(KbDbContext db, TimeProvider time)
{
    public async Task<ImportReport> WriteAsync(ImportPlan plan, bool dryRun, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var articles = await db.Articles
            .Include(a => a.Aliases).Include(a => a.Dates).Include(a => a.Sources)
            .AsSplitQuery()
            .ToDictionaryAsync(a => a.Slug, StringComparer.Ordinal, cancellationToken);

        var pages = plan.Pages.ToHashSet(StringComparer.Ordinal);
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var created = 0;
        foreach (var draft in plan.Articles)
        {
            if (!articles.TryGetValue(draft.Slug, out var article))
            {
                article = new Article { Slug = draft.Slug, Title = draft.Title, CreatedAt = now, UpdatedAt = now };
                articles.Add(draft.Slug, article);
                db.Articles.Add(article);
                created++;
            }

            if (Apply(article, draft, pages))
            {
                changed.Add(article.Slug);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var ids = articles.Values.ToDictionary(a => a.Slug, a => a.Id, StringComparer.Ordinal);
        foreach (var slug in await WriteRelationsAsync(plan, pages, ids, cancellationToken))
        {
            changed.Add(slug);
        }

        foreach (var article in articles.Values.Where(a => changed.Contains(a.Slug) && a.CreatedAt != now))
        {
            article.UpdatedAt = now;
        }

        var link = MentionLinker.Link(articles.Values
            .Select(a => new LinkInput(a.Id, a.Title, a.PlainSummary, EditorAliases(a)))
            .ToList());
        var relinked = await WriteLinksAsync(articles.Values, link, cancellationToken);
        relinked.ExceptWith(changed);

        var updated = changed.Count - created;
        var warnings = plan.Warnings.Concat(link.Warnings).ToList();
        var report = new ImportReport(plan.Pages, created, updated, plan.Articles.Count - created - updated, relinked.Count, warnings, dryRun);
        if (dryRun)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return report;
        }

        db.ImportRuns.Add(new ImportRun
        {
            StartedAt = now,
            FinishedAt = time.GetUtcNow().UtcDateTime,
            Files = string.Join('\n', plan.Pages),
            Created = report.Created,
            Updated = report.Updated,
            Unchanged = report.Unchanged,
            Relinked = report.Relinked,
            Warnings = string.Join('\n', warnings),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return report;
    }

    /// <summary>Brings an article in line with its draft; true when anything a reader sees changed.</summary>
    private static bool Apply(Article article, ArticleDraft draft, HashSet<string> pages)
    {
        var changed = false;
        void Set<T>(T current, T value, Action<T> assign)
        {
            if (!EqualityComparer<T>.Default.Equals(current, value))
            {
                assign(value);
                changed = true;
            }
        }

        if (article.TitleOrigin == FieldOrigin.Seed)
        {
            Set(article.Title, draft.Title, v => article.Title = v);
        }

        if (article.KindOrigin == FieldOrigin.Seed)
        {
            Set(article.Kind, draft.Kind.Kind, v => article.Kind = v);
            Set(article.KindEvidence, draft.Kind.Evidence, v => article.KindEvidence = v);
        }

        if (article.SummaryOrigin == FieldOrigin.Seed)
        {
            Set(article.Summary, draft.Summary, article.SetSummary);
            Set(article.HasPicture, draft.HasPicture, v => article.HasPicture = v);

            var dates = draft.Dates.Select(d => (d.Label, d.Value, d.Precision, d.Words)).ToList();
            if (!article.Dates.Select(d => (d.Label, d.Value, d.Precision, d.Words)).SequenceEqual(dates))
            {
                article.Dates.Clear();
                article.Dates.AddRange(draft.Dates.Select(d => new ArticleDate { Label = d.Label, Value = d.Value, Precision = d.Precision, Words = d.Words }));
                changed = true;
            }
        }

        // Sources from pages this import did not read stay; the pages it read say afresh whether they list the article.
        var sources = article.Sources.Select(s => s.Page).Where(p => !pages.Contains(p)).Union(draft.Sources).Order(StringComparer.Ordinal).ToList();
        if (!article.Sources.Select(s => s.Page).Order(StringComparer.Ordinal).SequenceEqual(sources))
        {
            article.Sources.RemoveAll(s => !sources.Contains(s.Page));
            article.Sources.AddRange(sources.Except(article.Sources.Select(s => s.Page)).Select(p => new ArticleSource { Page = p }));
            changed = true;
        }

        return changed;
    }

    /// <summary>Replaces the related items of the pages read; returns the slugs whose related items changed.</summary>
    private async Task<HashSet<string>> WriteRelationsAsync(ImportPlan plan, HashSet<string> pages, Dictionary<string, int> ids, CancellationToken cancellationToken)
    {
        var existing = await db.RelatedItems.Where(r => pages.Contains(r.Page)).ToListAsync(cancellationToken);
        var wanted = plan.Relations.Select(r => (Subject: ids[r.SubjectSlug], Related: ids[r.RelatedSlug], r.Page)).ToHashSet();
        var slugs = ids.ToDictionary(i => i.Value, i => i.Key);
        var touched = new HashSet<string>(StringComparer.Ordinal);

        foreach (var stale in existing.Where(r => !wanted.Contains((r.ArticleId, r.RelatedArticleId, r.Page))))
        {
            db.RelatedItems.Remove(stale);
            touched.UnionWith([slugs[stale.ArticleId], slugs[stale.RelatedArticleId]]);
        }

        var present = existing.Select(r => (r.ArticleId, r.RelatedArticleId, r.Page)).ToHashSet();
        foreach (var (subject, related, page) in wanted.Where(w => !present.Contains(w)))
        {
            db.RelatedItems.Add(new RelatedItem { ArticleId = subject, RelatedArticleId = related, Page = page });
            touched.UnionWith([slugs[subject], slugs[related]]);
        }

        await db.SaveChangesAsync(cancellationToken);
        return touched;
    }

    private static List<AliasCandidate> EditorAliases(Article article) =>
        article.Aliases.Where(a => a.Origin == AliasOrigin.Editor).Select(a => new AliasCandidate(a.Name, a.Origin)).ToList();

    /// <summary>Writes the aliases, mentions and wanted names linking found; returns the slugs whose links changed.</summary>
    private async Task<HashSet<string>> WriteLinksAsync(IEnumerable<Article> articles, LinkResult link, CancellationToken cancellationToken)
    {
        var touched = new HashSet<int>();
        var byId = articles.ToDictionary(a => a.Id);
        foreach (var article in byId.Values)
        {
            var aliases = link.Aliases[article.Id];
            var current = article.Aliases.Select(a => (a.Name, a.Origin)).Order().ToList();
            if (!current.SequenceEqual(aliases.Select(a => (a.Name, a.Origin)).Order()))
            {
                article.Aliases.Clear();
                article.Aliases.AddRange(aliases.Select(a => new Alias { Name = a.Name, Key = Alias.CreateKey(a.Name), Origin = a.Origin }));
                touched.Add(article.Id);
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        var mentions = await db.Mentions.ToListAsync(cancellationToken);
        var wantedMentions = link.Mentions.Select(m => (m.SourceId, m.TargetId, m.Text, m.Position, m.Sentence)).ToHashSet();
        var presentMentions = mentions.Select(m => (m.SourceArticleId, m.TargetArticleId, m.Text, m.Position, m.Sentence)).ToHashSet();
        foreach (var stale in mentions.Where(m => !wantedMentions.Contains((m.SourceArticleId, m.TargetArticleId, m.Text, m.Position, m.Sentence))))
        {
            db.Mentions.Remove(stale);
            touched.UnionWith([stale.SourceArticleId, stale.TargetArticleId]);
        }

        foreach (var m in link.Mentions.Where(m => !presentMentions.Contains((m.SourceId, m.TargetId, m.Text, m.Position, m.Sentence))))
        {
            db.Mentions.Add(new Mention { SourceArticleId = m.SourceId, TargetArticleId = m.TargetId, Text = m.Text, Position = m.Position, Sentence = m.Sentence });
            touched.UnionWith([m.SourceId, m.TargetId]);
        }

        var names = await db.WantedNames.ToListAsync(cancellationToken);
        var wantedNames = link.Wanted.Select(w => (w.ArticleId, w.Name, w.Key, w.Sentence)).ToHashSet();
        var presentNames = names.Select(w => (w.ArticleId, w.Name, w.Key, w.Sentence)).ToHashSet();
        db.WantedNames.RemoveRange(names.Where(w => !wantedNames.Contains((w.ArticleId, w.Name, w.Key, w.Sentence))));
        db.WantedNames.AddRange(link.Wanted
            .Where(w => !presentNames.Contains((w.ArticleId, w.Name, w.Key, w.Sentence)))
            .Select(w => new WantedName { ArticleId = w.ArticleId, Name = w.Name, Key = w.Key, Sentence = w.Sentence }));

        await db.SaveChangesAsync(cancellationToken);
        return touched.Select(id => byId[id].Slug).ToHashSet(StringComparer.Ordinal);
    }
}
