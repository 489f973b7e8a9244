using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Browse;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;
using Sahel.Kb.Text;

namespace Sahel.Kb.Import;

/// <summary>
/// Stage 7: writes a plan in one transaction. Creates and updates articles (never touching a
/// field an editor owns: a changed seed value there is recorded as a conflict), replaces the
/// relations of the pages it read, flags articles no page lists any more, relinks every
/// article's aliases, mentions and wanted names, and records the run with what it changed. Rows
/// that did not change are not written, so importing the same pages again changes nothing. A dry
/// run does all of it and rolls back.
/// </summary>
public sealed class ArticleWriter(KbDbContext db, TimeProvider time, RecentEdits? edits = null)
{
    public async Task<ImportReport> WriteAsync(ImportPlan plan, ImportSettings settings, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ImportLock.TakeAsync(db, cancellationToken);

        var articles = await db.Articles
            .Include(a => a.Aliases).Include(a => a.Dates).Include(a => a.Snippets)
            .AsSplitQuery()
            .ToDictionaryAsync(a => a.Slug, StringComparer.Ordinal, cancellationToken);

        plan = SameArticles.Join(plan, articles);
        var pages = plan.Pages.ToHashSet(StringComparer.Ordinal);
        var changes = new List<ArticleChange>();
        var conflicts = new List<(Article Article, ArticleChange Change)>();
        var created = new HashSet<string>(StringComparer.Ordinal);
        var removed = new HashSet<string>(StringComparer.Ordinal);
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var fresh = plan.Snippets.ToLookup(s => s.Slug, StringComparer.Ordinal);
        var drafted = fresh.Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var warnings = plan.Warnings.ToList();
        var beforeImport = new Dictionary<Article, (Snapshot Fields, string Changed)>();
        var added = new List<Article>();
        foreach (var slug in drafted.Where(slug => !articles.ContainsKey(slug)).Order(StringComparer.Ordinal))
        {
            var article = new Article { Slug = slug, Title = fresh[slug].First().Title, CreatedAt = now, UpdatedAt = now };
            articles.Add(slug, article);
            added.Add(article);
            created.Add(slug);
        }

        var merged = 0;
        foreach (var article in articles.Values)
        {
            if (++merged % 500 == 0 || merged == articles.Count)
            {
                settings.Progress?.Report(new ImportProgress("merging", merged, articles.Count));
            }

            // What the pages read say now, beside what the pages not read still say.
            var read = article.Snippets.Where(s => settings.CompleteSet || pages.Contains(s.Page)).ToList();
            if (read.Count == 0 && !drafted.Contains(article.Slug))
            {
                continue;
            }

            var snippets = article.Snippets.Except(read).Select(s => SnippetDraft.Of(article.Slug, s)).Concat(fresh[article.Slug]).ToList();
            if (snippets.Count == 0)
            {
                if (RemoveGonePages(article) is { } change)
                {
                    changes.Add(change);
                    removed.Add(article.Slug);
                }

                continue;
            }

            var draft = ArticleMerge.Merge(article.Slug, snippets);
            if (draft.Kind.IsFallback && drafted.Contains(article.Slug))
            {
                warnings.Add($"{draft.SummaryPage}: line {draft.Line}: \"{draft.Title}\": {draft.Kind.Evidence}");
            }

            if (created.Contains(article.Slug))
            {
                changes.Add(new ArticleChange(draft.Slug, draft.Title, ChangeKind.Created, "", null, draft.Kind.Kind.Name()));
            }

            var edit = new ArticleEdit(article);
            var before = Snapshot.Of(article, article.Aliases.Select(a => a.Name));
            Apply(edit, draft);
            KeepSnippets(edit, snippets);
            if (edit.Changes.Count > 0 && !created.Contains(article.Slug))
            {
                beforeImport[article] = (before, string.Join(", ", edit.Changes.Select(c => c.Field).Distinct()));
            }

            if (!created.Contains(article.Slug))
            {
                changes.AddRange(edit.Changes);
            }

            conflicts.AddRange(edit.Conflicts.Select(c => (article, c)));
            if (edit.Changes.Count > 0)
            {
                changed.Add(article.Slug);
            }
        }

        settings.Progress?.Report(new ImportProgress("writing", 0, 0));
        await db.SaveChangesAsync(cancellationToken);
        await InsertAsync(added, cancellationToken);
        var ids = articles.Values.ToDictionary(a => a.Slug, a => a.Id, StringComparer.Ordinal);
        changed.UnionWith(await WriteRelationsAsync(plan, pages, ids, settings.CompleteSet, cancellationToken));
        changed.UnionWith(removed);
        foreach (var article in articles.Values.Where(a => changed.Contains(a.Slug) && !created.Contains(a.Slug)))
        {
            article.UpdatedAt = now;
        }

        settings.Progress?.Report(new ImportProgress("linking", 0, 0));
        var (relinked, linkWarnings) = await RelinkAsync(articles.Values, cancellationToken);
        relinked.ExceptWith(changed);

        var updated = changed.Except(created).Except(removed).Count();
        var unchanged = drafted.Count(slug => !changed.Contains(slug) && !created.Contains(slug));
        warnings.AddRange(linkWarnings);
        warnings.AddRange(LookAlikeTitles.Warnings(articles.Values.Select(a => new TitledArticle(a.Slug, a.Title)), created));
        var allChanges = changes.Concat(conflicts.Select(c => c.Change)).ToList();
        var report = new ImportReport(plan.Pages, created.Count, updated, unchanged, removed.Count, relinked.Count, conflicts.Count, warnings, allChanges, settings.DryRun);
        if (settings.DryRun)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return report;
        }

        var run = new ImportRun
        {
            StartedAt = now,
            FinishedAt = time.GetUtcNow().UtcDateTime,
            StartedBy = settings.StartedBy,
            Files = string.Join('\n', plan.Pages),
            Created = report.Created,
            Updated = report.Updated,
            Unchanged = report.Unchanged,
            Removed = report.Removed,
            Relinked = report.Relinked,
            Conflicts = report.Conflicts,
            Warnings = string.Join('\n', warnings),
        };
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        await RecordRevisionsAsync(run, beforeImport, cancellationToken);
        await db.InsertAsync(allChanges.Select(c => new ImportChange { ImportRunId = run.Id, Slug = c.Slug, Title = c.Title, Change = c.Change, Field = c.Field, OldValue = c.Old, NewValue = c.New }), cancellationToken);
        db.Conflicts.AddRange(conflicts.Select(c => new Conflict
        {
            ArticleId = c.Article.Id,
            ImportRunId = run.Id,
            Field = c.Change.Field,
            SeedValue = c.Change.New ?? "",
            EditorValue = c.Change.Old ?? "",
            CreatedAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await KnowledgeVersion.BumpAsync(db, cancellationToken);
        await PageStore.MarkAllAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return report with { RunId = run.Id };
    }

    /// <summary>
    /// Recomputes every article's aliases, mentions and wanted names from the titles, aliases and
    /// summaries as they stand (after an import or an edit); returns the articles whose links changed.
    /// </summary>
    public async Task<HashSet<string>> RelinkAsync(CancellationToken cancellationToken = default)
    {
        var articles = await db.Articles.Include(a => a.Aliases).Include(a => a.Dates).Include(a => a.Snippets).AsSplitQuery().ToListAsync(cancellationToken);
        var (relinked, _) = await RelinkAsync(articles, cancellationToken);
        return relinked;
    }

    /// <summary>
    /// Relinks what an edit of <paramref name="edited"/> touches, not the whole knowledge base: the
    /// article itself, every article whose summary holds one of its names before or after the edit
    /// (found through the search index), and every article with a wanted name it now answers. The
    /// others lend their names only, those the texts read again may hold (<see cref="NameSieve"/> over
    /// <see cref="ArticleNames"/>, kept between edits in <see cref="RecentEdits"/> when there
    /// are some). (An acronym the edited summary newly defines for another article, "Some Group (SG)",
    /// is added by the next import.)
    /// </summary>
    public async Task<HashSet<string>> RelinkAfterEditAsync(Article edited, IReadOnlyList<string> namesBefore, string textBefore, CancellationToken cancellationToken = default)
    {
        var names = namesBefore.Concat(edited.Aliases.Select(a => a.Name)).Append(edited.Title).Distinct(StringComparer.Ordinal).ToList();
        var ids = new HashSet<int> { edited.Id };
        foreach (var terms in names.Select(Search.SearchQuery.Terms).Where(t => t.Count > 0))
        {
            ids.UnionWith(await Search.SearchIndex.RankAsync(db, terms, namesOnly: false, kindName: null, take: 1_000_000, cancellationToken));
        }

        var keys = names.Select(WantedName.CreateKey).ToList();
        ids.UnionWith(await db.WantedNames.Where(w => keys.Contains(w.Key)).Select(w => w.ArticleId).ToListAsync(cancellationToken));
        ids.UnionWith(await db.Mentions.Where(m => m.TargetArticleId == edited.Id).Select(m => m.SourceArticleId).ToListAsync(cancellationToken));

        // (Its dates too: a person's day of death ends an office held "until his death".)
        var read = await db.Articles.Include(a => a.Aliases).Include(a => a.Dates).Include(a => a.Snippets).Where(a => ids.Contains(a.Id)).AsSplitQuery().ToListAsync(cancellationToken);

        // The others lend their names only, and only names the texts read again may hold matter.
        var version = await KnowledgeVersion.ReadAsync(db, cancellationToken);
        var lending = edits?.At(version - 1) ?? await ArticleNames.ReadAsync(db, version - 1, cancellationToken);
        var sieve = new NameSieve(read.SelectMany(a => OtherTexts(a).Select(t => t.Text).Prepend(a.PlainSummary)));
        var lenders = lending.NamedIn(sieve, ids);
        var lent = await db.Articles.AsNoTracking().Where(a => lenders.Contains(a.Id)).Select(a => new { a.Id, a.Slug, a.Title, a.Kind }).ToListAsync(cancellationToken);
        var aliases = (await db.Aliases.AsNoTracking().Where(a => lenders.Contains(a.ArticleId)).Select(a => new { a.ArticleId, a.Name, a.Origin }).ToListAsync(cancellationToken))
            .ToLookup(a => a.ArticleId);
        var others = lent.Select(a => new LinkInput(a.Id, a.Title, "", [.. aliases[a.Id].Select(x => new AliasCandidate(x.Name, x.Origin))], AliasesFixed: true, Kind: a.Kind)).ToList();
        var known = read.Select(a => (a.Id, a.Slug, a.Kind)).Concat(lent.Select(a => (a.Id, a.Slug, a.Kind))).ToDictionary(a => a.Id, a => (a.Slug, a.Kind));
        var scope = new RelinkScope(read, others, known, ids, new Dictionary<int, string> { [edited.Id] = textBefore }, edited.Id);
        var (relinked, _) = await RelinkAsync(scope, cancellationToken);
        edits?.Stage(await lending.WithAsync(db, ids, version, cancellationToken));
        return relinked;
    }

    /// <summary>
    /// What a relink reads again (<see cref="Read"/>: every article, or those an edit touches, then
    /// <see cref="Ids"/>) and what lends it names only (<see cref="Others"/>); every article's slug
    /// and kind; the edited article's summary before the edit, to know which statements came from it.
    /// </summary>
    private sealed record RelinkScope(
        IReadOnlyList<Article> Read,
        IReadOnlyList<LinkInput> Others,
        IReadOnlyDictionary<int, (string Slug, ArticleKind Kind)> All,
        IReadOnlySet<int>? Ids = null,
        IReadOnlyDictionary<int, string>? TextBefore = null,
        int? Edited = null);

    private Task<(HashSet<string> Relinked, IReadOnlyList<string> Warnings)> RelinkAsync(IEnumerable<Article> articles, CancellationToken cancellationToken)
    {
        var all = articles.ToList();
        return RelinkAsync(new RelinkScope(all, [], all.ToDictionary(a => a.Id, a => (a.Slug, a.Kind))), cancellationToken);
    }

    private async Task<(HashSet<string> Relinked, IReadOnlyList<string> Warnings)> RelinkAsync(RelinkScope scope, CancellationToken cancellationToken)
    {
        var all = scope.Read;
        var others = all.ToDictionary(a => a.Id, OtherTexts);
        // Read again with only part of the knowledge base, an article keeps the acronyms and link labels other summaries gave it.
        var link = MentionLinker.Link([
            .. all.Select(a => new LinkInput(a.Id, a.Title, a.PlainSummary, KeptAliases(a, scope), a.AliasesOrigin == FieldOrigin.Editor, [.. others[a.Id].Select(t => t.Text)], a.Kind, OtherTitles(a))),
            .. scope.Others]);
        var statements = ReadStatements(all, others, link, scope.All);
        // A statement's object without an article is a wanted name too, with the sentence that names it,
        // when it is a proper name ("the Libyan army" is none).
        var wanted = link.Wanted.Select(w => (w.ArticleId, w.Key)).ToHashSet();
        link = link with
        {
            Wanted = [.. link.Wanted, .. statements
                .Where(s => s.ObjectArticleId is null && WantedNameRules.IsProperName(s.ObjectName))
                .Select(s => new LinkedWanted(
                    s.SubjectArticleId,
                    s.ObjectName,
                    WantedName.CreateKey(link.Acronyms?.FullName(s.ObjectName) ?? s.ObjectName),
                    s.Evidence,
                    NameCandidates.GuessKindIn(s.ObjectName, s.Evidence)))
                .Where(w => w.Key.Length > 0 && wanted.Add((w.ArticleId, w.Key)))],
        };
        var relinked = await WriteLinksAsync(scope, link, cancellationToken);
        relinked.UnionWith(await WriteStatementsAsync(scope, statements, cancellationToken));
        return (relinked, link.Warnings);
    }

    /// <summary>What the article's other snippets say, beside the summary it shows: the aliases and statements they state are its too.</summary>
    /// <remarks>One a text, in page order, read once for both the aliases and the statements.</remarks>
    private static List<(string Page, string Text)> OtherTexts(Article article) =>
        [.. article.Snippets.Where(s => s.Text != article.Summary).OrderBy(s => s.Page, StringComparer.Ordinal).DistinctBy(s => s.Text).Select(s => (s.Page, SummaryText.ToPlain(s.Text)))];

    /// <summary>The titles other seed pages give the article (<see cref="SameArticles"/>): its names too.</summary>
    private static List<string> OtherTitles(Article article) =>
        [.. article.Snippets
            .Where(s => Alias.CreateKey(s.Title) != Alias.CreateKey(article.Title))
            .Select(s => TitleCaser.Naturalize(s.Title, SummaryText.ToPlain(s.Text)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    private static List<AliasCandidate> KeptAliases(Article article, RelinkScope scope) =>
        scope.Ids is null || article.Id == scope.Edited
            ? EditorAliases(article)
            : [.. article.Aliases.Where(a => a.Origin is AliasOrigin.Editor or AliasOrigin.Acronym or AliasOrigin.LinkLabel).Select(a => new AliasCandidate(a.Name, a.Origin))];

    /// <summary>Every article's statements, from its summary and the names linking found in it; each names the seed page its summary came from.</summary>
    /// <remarks>
    /// The summary an article shows is read first, then what its other seed pages say (in page
    /// order): a fact only a shorter page states is the article's too, with that page as its source.
    /// </remarks>
    private static List<Statement> ReadStatements(
        IReadOnlyList<Article> articles, Dictionary<int, List<(string Page, string Text)>> others, LinkResult link, IReadOnlyDictionary<int, (string Slug, ArticleKind Kind)> all)
    {
        var mentions = link.Mentions.ToLookup(m => m.SourceId);
        var otherMentions = (link.OtherMentions ?? []).ToLookup(m => (m.ArticleId, m.Text));
        return articles
            .SelectMany(a => ReadTexts(a, others[a.Id]
                .Select((other, index) => (other.Text, other.Page, Spans: otherMentions[(a.Id, index)].Select(m => new ArticleSpan(m.Start, m.Length, m.TargetId, all[m.TargetId].Kind))))
                .Prepend((Text: a.PlainSummary, Page: SummaryPage(a), Spans: mentions[a.Id].Select(m => new ArticleSpan(m.Position, m.Text.Length, m.TargetId, all[m.TargetId].Kind))))))
            .DistinctBy(s => (s.Fact, s.Qualifiers))
            .ToList();

        // Each text in turn; its sides numbered as the texts before it number them.
        IEnumerable<Statement> ReadTexts(Article a, IEnumerable<(string Text, string Page, IEnumerable<ArticleSpan> Spans)> texts)
        {
            var read = new List<ExtractedStatement>();
            foreach (var text in texts)
            {
                var found = StatementExtractor.AlignSides(
                    StatementExtractor.Extract(new StatementInput(a.Id, a.Title, a.Kind, [.. link.Aliases[a.Id].Select(x => x.Name)], text.Text, [.. text.Spans], a.Dates.FirstOrDefault(d => d.Label == DateLabel.Died)?.Value)),
                    read);
                read.AddRange(found);
                foreach (var s in found)
                {
                    yield return new Statement
                    {
                        SubjectArticleId = s.SubjectId,
                        Property = s.Property.Id,
                        ObjectArticleId = s.ObjectId,
                        ObjectName = s.ObjectName,
                        Qualifiers = s.QualifierText,
                        Evidence = s.Evidence,
                        Source = text.Page,
                    };
                }
            }
        }
    }

    /// <summary>
    /// Writes the statements that changed; returns the slugs whose statements changed. A fact an
    /// admin added or took back is the admin's: the seed's statement of it is left out.
    /// </summary>
    private async Task<HashSet<string>> WriteStatementsAsync(RelinkScope scope, List<Statement> found, CancellationToken cancellationToken)
    {
        var edited = (await db.Statements.AsNoTracking().Where(s => s.Origin == FieldOrigin.Editor).ToListAsync(cancellationToken))
            .Select(s => s.Fact).ToHashSet();
        found.RemoveAll(s => edited.Contains(s.Fact));
        var seed = db.Statements.AsNoTracking().Where(s => s.Origin == FieldOrigin.Seed);
        var present = await (scope.Ids is { } ids
                ? seed.Where(s => ids.Contains(s.SubjectArticleId) || (s.ObjectArticleId != null && ids.Contains(s.ObjectArticleId.Value)))
                : seed)
            .ToListAsync(cancellationToken);
        if (scope.Ids is not null)
        {
            // Only the statements read from the summaries read again: the subject's text, or the object's for a reversed one.
            var texts = scope.Read.ToDictionary(a => a.Id, a => scope.TextBefore?.GetValueOrDefault(a.Id) ?? a.PlainSummary);
            present.RemoveAll(s => !(texts.TryGetValue(s.SubjectArticleId, out var subjectText) && subjectText.Contains(s.Evidence, StringComparison.Ordinal))
                && !(s.ObjectArticleId is { } o && texts.TryGetValue(o, out var objectText) && objectText.Contains(s.Evidence, StringComparison.Ordinal)));
        }

        var wanted = found.Select(Key).ToHashSet();
        var have = present.Select(Key).ToHashSet();
        var stale = present.Where(s => !wanted.Contains(Key(s))).ToList();
        var fresh = found.Where(s => !have.Contains(Key(s))).ToList();
        foreach (var chunk in stale.Select(s => s.Id).Chunk(500))
        {
            await db.Statements.Where(s => chunk.Contains(s.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        await db.InsertAsync(fresh, cancellationToken);
        return await SlugsAsync(scope, stale.Concat(fresh).Select(s => s.SubjectArticleId), cancellationToken);
    }

    private static (int, string, int?, string, string, string, string) Key(Statement s) =>
        (s.SubjectArticleId, s.Property, s.ObjectArticleId, s.ObjectName, s.Qualifiers, s.Evidence, s.Source);

    /// <summary>The seed page the article's summary came from: the snippet whose text it is, or "editor" for an edited one.</summary>
    private static string SummaryPage(Article article) =>
        article.SummaryOrigin == FieldOrigin.Editor
            ? "editor"
            : article.Snippets.Where(s => s.Text == article.Summary).Select(s => s.Page).Order(StringComparer.Ordinal).FirstOrDefault()
                ?? article.Snippets.Select(s => s.Page).Order(StringComparer.Ordinal).FirstOrDefault() ?? "";

    /// <summary>
    /// Every article the run changed gets a revision in its history, "import #12", restorable
    /// like an edit; one the history never saw first gets the state before the run, as revision 1.
    /// </summary>
    private async Task RecordRevisionsAsync(ImportRun run, Dictionary<Article, (Snapshot Fields, string Changed)> beforeImport, CancellationToken cancellationToken)
    {
        if (beforeImport.Count == 0)
        {
            return;
        }

        var ids = beforeImport.Keys.Select(a => a.Id).ToHashSet();
        var last = await db.Revisions.GroupBy(r => r.ArticleId).Select(g => new { ArticleId = g.Key, Number = g.Max(r => r.Number) })
            .ToDictionaryAsync(r => r.ArticleId, r => r.Number, cancellationToken);
        var aliases = (await db.Aliases.AsNoTracking().Select(a => new { a.ArticleId, a.Name }).ToListAsync(cancellationToken))
            .Where(a => ids.Contains(a.ArticleId))
            .ToLookup(a => a.ArticleId, a => a.Name);
        var revisions = new List<Revision>();
        foreach (var (article, (before, changed)) in beforeImport)
        {
            var number = last.GetValueOrDefault(article.Id);
            if (number == 0)
            {
                revisions.Add(before.ToRevision(article.Id, ++number, "import", "as imported"));
            }

            var after = Snapshot.Of(article, aliases[article.Id]) with { At = run.StartedAt };
            revisions.Add(after.ToRevision(article.Id, number + 1, $"import #{run.Id}", $"import #{run.Id} changed {changed}"));
        }

        await db.InsertAsync(revisions, cancellationToken);
    }

    /// <summary>An article's fields as a revision keeps them, and when they were so.</summary>
    private sealed record Snapshot(string Title, ArticleKind Kind, string Aliases, string Summary, DateTime At)
    {
        public static Snapshot Of(Article article, IEnumerable<string> aliases) =>
            new(article.Title, article.Kind, string.Join('\n', aliases.Order(StringComparer.Ordinal)), article.Summary, article.UpdatedAt);

        public Revision ToRevision(int articleId, int number, string author, string note) => new()
        {
            ArticleId = articleId,
            Number = number,
            Author = author,
            CreatedAt = At,
            Note = note,
            Title = Title,
            Kind = Kind,
            Aliases = Aliases,
            Summary = Summary,
        };
    }

    /// <summary>An article no page lists any more: it came from the seeds and is flagged, never deleted.</summary>
    private static ArticleChange? RemoveGonePages(Article article)
    {
        var hadSnippets = article.Snippets.Count > 0;
        article.Snippets.Clear();
        if (!hadSnippets || article.MissingFromSeeds)
        {
            return null;
        }

        article.MissingFromSeeds = true;
        return new ArticleChange(article.Slug, article.Title, ChangeKind.Removed, "sources", null, null);
    }

    /// <summary>An article meeting its draft: what changed for readers, and where a changed seed met an edit.</summary>
    private sealed class ArticleEdit(Article article)
    {
        public Article Article { get; } = article;

        public List<ArticleChange> Changes { get; } = [];

        public List<ArticleChange> Conflicts { get; } = [];

        /// <summary>Sets a seed-owned field; for an editor-owned one, records a conflict when the seed's value moved away from the edit.</summary>
        public void Field<T>(string name, FieldOrigin origin, T current, bool seedMoved, T seedNow, Action<T> assign, Func<T, string> show)
        {
            if (origin == FieldOrigin.Seed)
            {
                Set(name, current, seedNow, assign, show);
            }
            else if (seedMoved && !EqualityComparer<T>.Default.Equals(current, seedNow))
            {
                Conflicts.Add(new ArticleChange(Article.Slug, Article.Title, ChangeKind.Conflict, name, show(current), show(seedNow)));
            }
        }

        public void Set<T>(string name, T current, T value, Action<T> assign, Func<T, string> show)
        {
            if (!EqualityComparer<T>.Default.Equals(current, value))
            {
                Changes.Add(new ArticleChange(Article.Slug, Article.Title, ChangeKind.Updated, name, show(current), show(value)));
                assign(value);
            }
        }
    }

    /// <summary>Brings an article in line with its draft, field by field, keeping the seed's values beside an editor's.</summary>
    private static void Apply(ArticleEdit edit, ArticleDraft draft)
    {
        var article = edit.Article;
        edit.Field("title", article.TitleOrigin, article.Title, article.SeedTitle is { } seedTitle && seedTitle != draft.Title, draft.Title, v => article.Title = v, v => v);
        article.SeedTitle = draft.Title;

        edit.Field("kind", article.KindOrigin, article.Kind, article.SeedKind is { } seedKind && seedKind != draft.Kind.Kind, draft.Kind.Kind, v => article.Kind = v, v => v.Name());
        article.SeedKind = draft.Kind.Kind;
        if (article.KindOrigin == FieldOrigin.Seed)
        {
            article.KindEvidence = draft.Kind.Evidence;
        }

        edit.Field("summary", article.SummaryOrigin, article.Summary, article.SeedSummary is { } seedSummary && seedSummary != draft.Summary, draft.Summary, article.SetSummary, v => v);
        article.SeedSummary = draft.Summary;
        if (article.SummaryOrigin == FieldOrigin.Seed)
        {
            article.HasPicture = draft.HasPicture;
            var dates = draft.Dates.Select(d => (d.Date.Label, d.Date.Value, d.Date.Precision, d.Date.Words, d.Date.Qualifier, d.Date.Event, Pages: string.Join('\n', d.Pages))).ToList();
            if (!article.Dates.Select(d => (d.Label, d.Value, d.Precision, d.Words, d.Qualifier, d.Event, d.Pages)).SequenceEqual(dates))
            {
                edit.Changes.Add(new ArticleChange(article.Slug, article.Title, ChangeKind.Updated, "dates", DatesText(article.Dates.Select(d => (d.Label, d.Value))), DatesText(draft.Dates.Select(d => (d.Date.Label, d.Date.Value)))));
                article.Dates.Clear();
                article.Dates.AddRange(dates.Select(d => new ArticleDate { Label = d.Label, Value = d.Value, Precision = d.Precision, Words = d.Words, Qualifier = d.Qualifier, Event = d.Event, Pages = d.Pages }));
            }
        }

        if (article.MissingFromSeeds)
        {
            article.MissingFromSeeds = false;
            edit.Changes.Add(new ArticleChange(article.Slug, article.Title, ChangeKind.Updated, "sources", "on no seed page", "back on a seed page"));
        }
    }

    /// <summary>Keeps exactly <paramref name="snippets"/> as the article's rows, writing only those that changed; a changed set of pages is a change.</summary>
    private static void KeepSnippets(ArticleEdit edit, IReadOnlyList<SnippetDraft> snippets)
    {
        var article = edit.Article;
        var before = article.Snippets.Select(s => s.Page).Order(StringComparer.Ordinal).ToList();
        var wanted = snippets.ToDictionary(s => s.Page, StringComparer.Ordinal);
        article.Snippets.RemoveAll(s => !wanted.TryGetValue(s.Page, out var keep) || SnippetDraft.Of(article.Slug, s) != keep || s.Hash != keep.Hash);
        var present = article.Snippets.Select(s => s.Page).ToHashSet(StringComparer.Ordinal);
        article.Snippets.AddRange(wanted.Values.Where(s => !present.Contains(s.Page)).Select(s => new Snippet
        {
            ArticleId = article.Id,
            Page = s.Page,
            Position = s.Position,
            Line = s.Line,
            Title = s.Title,
            Text = s.Text,
            Hash = s.Hash,
            HasPicture = s.HasPicture,
        }));
        var after = wanted.Keys.Order(StringComparer.Ordinal).ToList();
        if (!before.SequenceEqual(after))
        {
            edit.Changes.Add(new ArticleChange(article.Slug, article.Title, ChangeKind.Updated, "sources", string.Join('\n', before), string.Join('\n', after)));
        }
    }

    private static string DatesText(IEnumerable<(DateLabel Label, string Value)> dates) =>
        string.Join('\n', dates.Select(d => $"{d.Label.ToString().ToLowerInvariant()} {d.Value}"));

    /// <summary>Replaces the related items of the pages read; returns the slugs whose related items changed.</summary>
    private async Task<HashSet<string>> WriteRelationsAsync(ImportPlan plan, HashSet<string> pages, Dictionary<string, int> ids, bool completeSet, CancellationToken cancellationToken)
    {
        // The whole seed set replaces every page's related items; a few pages only their own.
        var existing = await db.RelatedItems.Where(r => completeSet || pages.Contains(r.Page)).ToListAsync(cancellationToken);
        var wanted = plan.Relations.Select(r => (Subject: ids[r.SubjectSlug], Related: ids[r.RelatedSlug], r.Page)).ToHashSet();
        var slugs = ids.ToDictionary(i => i.Value, i => i.Key);
        var touched = new HashSet<string>(StringComparer.Ordinal);

        foreach (var stale in existing.Where(r => !wanted.Contains((r.ArticleId, r.RelatedArticleId, r.Page))))
        {
            db.RelatedItems.Remove(stale);
            touched.UnionWith([slugs[stale.ArticleId], slugs[stale.RelatedArticleId]]);
        }

        var present = existing.Select(r => (r.ArticleId, r.RelatedArticleId, r.Page)).ToHashSet();
        var fresh = wanted.Where(w => !present.Contains(w)).ToList();
        foreach (var (subject, related, _) in fresh)
        {
            touched.UnionWith([slugs[subject], slugs[related]]);
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.InsertAsync(fresh.Select(r => new RelatedItem { ArticleId = r.Subject, RelatedArticleId = r.Related, Page = r.Page }), cancellationToken);
        return touched;
    }

    private static List<AliasCandidate> EditorAliases(Article article) =>
        article.Aliases.Where(a => a.Origin == AliasOrigin.Editor).Select(a => new AliasCandidate(a.Name, a.Origin)).ToList();

    /// <summary>Writes the aliases, mentions and wanted names linking found; returns the slugs whose links changed.</summary>
    private async Task<HashSet<string>> WriteLinksAsync(RelinkScope scope, LinkResult link, CancellationToken cancellationToken)
    {
        var touched = new HashSet<int>();
        var newAliases = new List<Alias>();
        foreach (var article in scope.Read)
        {
            var aliases = link.Aliases[article.Id];
            var current = article.Aliases.Select(a => (a.Name, a.Origin)).Order().ToList();
            if (!current.SequenceEqual(aliases.Select(a => (a.Name, a.Origin)).Order()))
            {
                article.Aliases.Clear();
                newAliases.AddRange(aliases.Select(a => new Alias { ArticleId = article.Id, Name = a.Name, Key = Alias.CreateKey(a.Name), Origin = a.Origin }));
                touched.Add(article.Id);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.InsertAsync(newAliases, cancellationToken);

        var ids = scope.Ids;
        var mentions = await (ids is null ? db.Mentions : db.Mentions.Where(m => ids.Contains(m.SourceArticleId))).AsNoTracking().ToListAsync(cancellationToken);
        var wantedMentions = link.Mentions.Select(m => (m.SourceId, m.TargetId, m.Text, m.Position, m.Sentence)).ToHashSet();
        var presentMentions = mentions.Select(m => (m.SourceArticleId, m.TargetArticleId, m.Text, m.Position, m.Sentence)).ToHashSet();
        var staleMentions = mentions.Where(m => !wantedMentions.Contains((m.SourceArticleId, m.TargetArticleId, m.Text, m.Position, m.Sentence))).ToList();
        var freshMentions = link.Mentions.Where(m => !presentMentions.Contains((m.SourceId, m.TargetId, m.Text, m.Position, m.Sentence))).ToList();
        touched.UnionWith(staleMentions.SelectMany(m => new[] { m.SourceArticleId, m.TargetArticleId }));
        touched.UnionWith(freshMentions.SelectMany(m => new[] { m.SourceId, m.TargetId }));
        foreach (var chunk in staleMentions.Select(m => m.Id).Chunk(500))
        {
            await db.Mentions.Where(m => chunk.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        await db.InsertAsync(freshMentions.Select(m => new Mention { SourceArticleId = m.SourceId, TargetArticleId = m.TargetId, Text = m.Text, Position = m.Position, Sentence = m.Sentence }), cancellationToken);

        var names = await (ids is null ? db.WantedNames : db.WantedNames.Where(w => ids.Contains(w.ArticleId))).AsNoTracking().ToListAsync(cancellationToken);
        var wantedNames = link.Wanted.Select(w => (w.ArticleId, w.Name, w.Key, w.Sentence, w.Kind)).ToHashSet();
        var presentNames = names.Select(w => (w.ArticleId, w.Name, w.Key, w.Sentence, w.Kind)).ToHashSet();
        foreach (var chunk in names.Where(w => !wantedNames.Contains((w.ArticleId, w.Name, w.Key, w.Sentence, w.Kind))).Select(w => w.Id).Chunk(500))
        {
            await db.WantedNames.Where(w => chunk.Contains(w.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        await db.InsertAsync(
            link.Wanted
                .Where(w => !presentNames.Contains((w.ArticleId, w.Name, w.Key, w.Sentence, w.Kind)))
                .Select(w => new WantedName { ArticleId = w.ArticleId, Name = w.Name, Key = w.Key, Sentence = w.Sentence, Kind = w.Kind }),
            cancellationToken);
        return await SlugsAsync(scope, touched, cancellationToken);
    }

    /// <summary>The slugs of articles; an edit's relink knows those it read or sieved, and asks for the others (a link's old target).</summary>
    private async Task<HashSet<string>> SlugsAsync(RelinkScope scope, IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var missing = new List<int>();
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (scope.All.TryGetValue(id, out var known))
            {
                slugs.Add(known.Slug);
            }
            else
            {
                missing.Add(id);
            }
        }

        slugs.UnionWith(missing.Count == 0 ? [] : await db.Articles.Where(a => missing.Contains(a.Id)).Select(a => a.Slug).ToListAsync(cancellationToken));
        return slugs;
    }

    /// <summary>New articles with their dates and sources, in bulk; then tracked like the others.</summary>
    private async Task InsertAsync(List<Article> added, CancellationToken cancellationToken)
    {
        await db.InsertAsync(added, cancellationToken);
        foreach (var article in added)
        {
            article.Dates.ForEach(d => d.ArticleId = article.Id);
            article.Snippets.ForEach(s => s.ArticleId = article.Id);
        }

        await db.InsertAsync(added.SelectMany(a => a.Dates), cancellationToken);
        await db.InsertAsync(added.SelectMany(a => a.Snippets), cancellationToken);
        db.Articles.AttachRange(added);
    }
}
