using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Browse;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;
using Sahel.Kb.Import;
using Sahel.Kb.Text;

namespace Sahel.Kb.Editing;

/// <summary>The fields an admin edits.</summary>
public sealed record ArticleFields(string Title, ArticleKind Kind, IReadOnlyList<string> Aliases, string Summary)
{
    public static ArticleFields Of(Article article) =>
        new(article.Title, article.Kind, article.Aliases.Select(a => a.Name).Order(StringComparer.Ordinal).ToList(), article.Summary);

    public static ArticleFields Of(Revision revision) =>
        new(revision.Title, revision.Kind, revision.Aliases.Split('\n', StringSplitOptions.RemoveEmptyEntries), revision.Summary);
}

/// <summary>Why a save was refused, in words for the form.</summary>
public sealed class EditException(string message) : Exception(message);

/// <summary>
/// Saves an admin's edit in one transaction: the fields that changed become the editor's (a
/// later import records a conflict instead of overwriting them), a revision records who, when
/// and what, and the links and statements it touches are recomputed at once for the new text and names. The first
/// edit also keeps the article as imported, as revision 1, so it can be restored.
/// </summary>
public sealed class ArticleEditor(KbDbContext db, TimeProvider time, RecentEdits? edits = null)
{
    public const int MaxTitleLength = 400;
    public const int MaxSummaryLength = 200_000;

    public Task<Revision> SaveAsync(string slug, ArticleFields fields, string author, string note = "edited", CancellationToken cancellationToken = default) =>
        SaveAsync(slug, fields, author, note, alsoChange: null, keep: true, cancellationToken);

    /// <summary>
    /// Goes through an edit of the first article, as it stands, and takes it back: every query and
    /// rule an edit runs is compiled and built before an admin's first save waits for them (about
    /// half a second at 100,000 articles, against 130 ms warm). Nothing is kept.
    /// </summary>
    public async Task RehearseAsync(CancellationToken cancellationToken = default)
    {
        var article = await db.Articles.AsNoTracking().Include(a => a.Aliases).OrderBy(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        if (article is not null)
        {
            await SaveAsync(article.Slug, ArticleFields.Of(article), "rehearsal", "rehearsal", alsoChange: null, keep: false, cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Saves an edit; <paramref name="alsoChange"/> makes further changes that belong in the same
    /// transaction. Not <paramref name="keep"/>: the transaction is rolled back instead of committed.
    /// </summary>
    private async Task<Revision> SaveAsync(string slug, ArticleFields fields, string author, string note, Action<Article>? alsoChange, bool keep, CancellationToken cancellationToken)
    {
        var cleaned = Clean(fields);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var article = await db.Articles.Include(a => a.Aliases).SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken)
            ?? throw new EditException($"There is no article '{slug}'.");
        // The version first, so the pages that showed the article as it was are marked at the new one.
        await KnowledgeVersion.BumpAsync(db, cancellationToken);
        await PageStore.MarkAroundAsync(db, article.Id, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var before = ArticleFields.Of(article);
        var (namesBefore, textBefore) = (before.Aliases.Append(before.Title).ToList(), article.PlainSummary);
        var last = await db.Revisions.Where(r => r.ArticleId == article.Id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        if (last == 0)
        {
            db.Revisions.Add(Snapshot(article.Id, 1, before, "import", article.UpdatedAt, "as imported"));
            last = 1;
        }

        if (cleaned.Title != before.Title)
        {
            article.Title = cleaned.Title;
            article.TitleOrigin = FieldOrigin.Editor;
        }

        if (cleaned.Kind != before.Kind)
        {
            article.Kind = cleaned.Kind;
            article.KindOrigin = FieldOrigin.Editor;
            article.KindEvidence = $"set by {author}";
        }

        if (cleaned.Summary != before.Summary)
        {
            article.SetSummary(cleaned.Summary);
            article.SummaryOrigin = FieldOrigin.Editor;
        }

        if (!cleaned.Aliases.SequenceEqual(before.Aliases))
        {
            article.Aliases.Clear();
            article.Aliases.AddRange(cleaned.Aliases.Select(name => new Alias { Name = name, Key = Alias.CreateKey(name), Origin = AliasOrigin.Editor }));
            article.AliasesOrigin = FieldOrigin.Editor;
        }

        alsoChange?.Invoke(article);
        article.UpdatedAt = now;
        var revision = Snapshot(article.Id, last + 1, cleaned, author, now, note);
        db.Revisions.Add(revision);
        await db.SaveChangesAsync(cancellationToken);
        await new ArticleWriter(db, time, edits).RelinkAfterEditAsync(article, namesBefore, textBefore, cancellationToken);
        await PageStore.MarkAroundAsync(db, article.Id, cancellationToken);
        if (!keep)
        {
            await transaction.RollbackAsync(cancellationToken);
            edits?.Discard();
            return revision;
        }

        await transaction.CommitAsync(cancellationToken);
        edits?.Publish(await KnowledgeVersion.ReadAsync(db, cancellationToken));
        return revision;
    }

    public async Task<Revision> RestoreAsync(string slug, int number, string author, CancellationToken cancellationToken = default)
    {
        var revision = await db.Revisions.AsNoTracking()
            .Where(r => r.Number == number && db.Articles.Any(a => a.Id == r.ArticleId && a.Slug == slug))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new EditException($"Article '{slug}' has no revision {number}.");
        return await SaveAsync(slug, ArticleFields.Of(revision), author, $"restored revision {number}", cancellationToken);
    }

    /// <summary>
    /// Settles a conflict in one transaction: keep the edit, or take the seed's value (which hands
    /// the field back to the seeds, so the next import updates it).
    /// </summary>
    public async Task ResolveAsync(int conflictId, ConflictResolution resolution, string author, CancellationToken cancellationToken = default)
    {
        var conflict = await db.Conflicts.SingleOrDefaultAsync(c => c.Id == conflictId && c.Resolution == null, cancellationToken)
            ?? throw new EditException("That conflict is already settled.");
        conflict.Resolution = resolution;
        conflict.ResolvedBy = author;
        conflict.ResolvedAt = time.GetUtcNow().UtcDateTime;
        if (resolution == ConflictResolution.KeptEdit)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var article = await db.Articles.Include(a => a.Aliases).SingleAsync(a => a.Id == conflict.ArticleId, cancellationToken);
        var fields = ArticleFields.Of(article);
        Action<Article> handBack;
        switch (conflict.Field)
        {
            case "title":
                fields = fields with { Title = conflict.SeedValue };
                handBack = a => a.TitleOrigin = FieldOrigin.Seed;
                break;
            case "kind":
                fields = fields with { Kind = ArticleKinds.Parse(conflict.SeedValue) };
                handBack = a =>
                {
                    a.KindOrigin = FieldOrigin.Seed;
                    a.KindEvidence = "the seed's kind, taken by an admin";
                };
                break;
            case "summary":
                fields = fields with { Summary = conflict.SeedValue };
                handBack = a => a.SummaryOrigin = FieldOrigin.Seed;
                break;
            default:
                throw new EditException($"A conflict on '{conflict.Field}' cannot be settled here.");
        }

        await SaveAsync(article.Slug, fields, author, $"took the seed's {conflict.Field}", handBack, keep: true, cancellationToken);
    }

    private static ArticleFields Clean(ArticleFields fields)
    {
        var title = InvisibleCharacters.Remove(fields.Title).Trim();
        if (title.Length == 0 || Article.CreateSlug(title).Length == 0)
        {
            throw new EditException("The title needs at least one letter or digit.");
        }

        if (title.Length > MaxTitleLength)
        {
            throw new EditException($"The title is {title.Length} characters long; at most {MaxTitleLength} are allowed.");
        }

        var summary = fields.Summary.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (summary.Length > MaxSummaryLength)
        {
            throw new EditException($"The summary is {summary.Length:N0} characters long; at most {MaxSummaryLength:N0} are allowed.");
        }

        var aliases = AliasExtractor.Distinct(fields.Aliases.Select(a => new AliasCandidate(InvisibleCharacters.Remove(a).Trim(), AliasOrigin.Editor)).Where(a => a.Name.Length > 0), title)
            .Select(a => a.Name)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new ArticleFields(title, fields.Kind, aliases, summary);
    }

    private static Revision Snapshot(int articleId, int number, ArticleFields fields, string author, DateTime at, string note) => new()
    {
        ArticleId = articleId,
        Number = number,
        Author = author,
        CreatedAt = at,
        Note = note,
        Title = fields.Title,
        Kind = fields.Kind,
        Aliases = string.Join('\n', fields.Aliases),
        Summary = fields.Summary,
    };
}
