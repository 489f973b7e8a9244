using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Browse;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Editing;

/// <summary>A statement an admin adds: its property, its object (an article's slug or a name), its qualifiers and why.</summary>
public sealed record StatementFields(string Property, string Object, string? Side, string? From, string? To, string Evidence);

/// <summary>
/// Admins add statements and take them back, each in its own transaction. Their statements are
/// theirs: the next import neither repeats nor undoes them (a statement taken back is kept as
/// removed, so the seed's sentence does not bring it back).
/// </summary>
public sealed class StatementEditor(KbDbContext db)
{
    public async Task<Statement> AddAsync(string slug, StatementFields fields, string author, CancellationToken cancellationToken = default)
    {
        var property = StatementProperties.Find(fields.Property.Trim())
            ?? throw new EditException($"'{fields.Property}' is not a property; choose one of {string.Join(", ", StatementProperties.All.Select(p => p.Label))}.");
        var subject = await db.Articles.SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken)
            ?? throw new EditException($"There is no article '{slug}'.");
        var objectText = fields.Object.Trim();
        if (objectText.Length == 0)
        {
            throw new EditException("Name the statement's object: an article's address or title, or a name.");
        }

        var target = await db.Articles.Where(a => a.Slug == objectText || a.Title == objectText).Select(a => new { a.Id, a.Title }).FirstOrDefaultAsync(cancellationToken);
        if (target?.Id == subject.Id)
        {
            throw new EditException("An article's statement is about another article or name, not about itself.");
        }

        var qualifiers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (fields.Side is { Length: > 0 } side)
        {
            qualifiers["side"] = side is "1" or "2" ? side : throw new EditException("A side is 1 or 2.");
        }

        foreach (var (key, value) in new[] { ("from", fields.From), ("to", fields.To) })
        {
            if (value is { Length: > 0 })
            {
                qualifiers[key] = IsIsoDate(value.Trim()) ? value.Trim() : throw new EditException($"'{value}' is no date: write it as 2022, 2022-03 or 2022-03-15.");
            }
        }

        var statement = new Statement
        {
            SubjectArticleId = subject.Id,
            Property = property.Id,
            ObjectArticleId = target?.Id,
            ObjectName = target?.Title ?? objectText,
            Qualifiers = Statement.QualifierText(qualifiers),
            Evidence = fields.Evidence.Trim().Length > 0 ? fields.Evidence.Trim() : $"Added by {author}.",
            Source = "editor",
            Origin = FieldOrigin.Editor,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The fact is the admin's now: a statement the seed gave of it gives way.
        await db.Statements.Where(s => s.SubjectArticleId == statement.SubjectArticleId && s.Property == statement.Property && s.ObjectArticleId == statement.ObjectArticleId && s.Origin == FieldOrigin.Seed)
            .Where(s => statement.ObjectArticleId != null || s.ObjectName == statement.ObjectName)
            .ExecuteDeleteAsync(cancellationToken);
        db.Statements.Add(statement);
        await db.SaveChangesAsync(cancellationToken);
        await KnowledgeVersion.BumpAsync(db, cancellationToken);
        await PageStore.MarkAsync(db, ArticlesOf(statement), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return statement;
    }

    /// <summary>Takes a statement back: an admin's is deleted; the seed's is kept as removed, so no import brings it back.</summary>
    public async Task RemoveAsync(string slug, int statementId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var statement = await db.Statements
            .Where(s => s.Id == statementId && !s.Removed && db.Articles.Any(a => a.Id == s.SubjectArticleId && a.Slug == slug))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new EditException("That statement was taken back already.");
        if (statement.Origin == FieldOrigin.Editor)
        {
            db.Statements.Remove(statement);
        }
        else
        {
            statement.Origin = FieldOrigin.Editor;
            statement.Removed = true;
        }

        await db.SaveChangesAsync(cancellationToken);
        await KnowledgeVersion.BumpAsync(db, cancellationToken);
        await PageStore.MarkAsync(db, ArticlesOf(statement), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The pages a fact shows on: its subject's, and its object's when that is an article.</summary>
    private static int[] ArticlesOf(Statement statement) =>
        statement.ObjectArticleId is { } other ? [statement.SubjectArticleId, other] : [statement.SubjectArticleId];

    private static bool IsIsoDate(string value) =>
        DateOnly.TryParseExact(value.Length switch { 4 => value + "-01-01", 7 => value + "-01", _ => value }, "yyyy-MM-dd", out _);
}
