using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;

namespace Sahel.Kb.Web.Pages.Changes;

/// <summary>
/// One change to the knowledge base: an import run (what it created, updated and flagged) or an
/// editor's edit of one article (<see cref="Slug"/>, <see cref="Title"/>). Editors are not named:
/// a public page would hand out admin account names.
/// </summary>
public sealed record Change(DateTime At, string What, string? Slug, string? Title, string Note);

/// <summary>The knowledge base's changes, newest first, as MediaWiki's Recent changes lists them.</summary>
public static class RecentChanges
{
    public static async Task<int> CountAsync(KbDbContext db, CancellationToken cancellationToken) =>
        await db.ImportRuns.CountAsync(cancellationToken) + await EditsOf(db).CountAsync(cancellationToken);

    public static async Task<List<Change>> LoadAsync(KbDbContext db, int skip, int take, CancellationToken cancellationToken)
    {
        var runs = (await db.ImportRuns.AsNoTracking()
                .OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
                .Take(skip + take)
                .Select(r => new { r.Id, r.StartedAt, r.Created, r.Updated, r.Removed })
                .ToListAsync(cancellationToken))
            .Select(r => new Change(r.StartedAt, $"Import #{r.Id}", null, null, ImportNote(r.Created, r.Updated, r.Removed)));
        var edits = (await EditsOf(db)
                .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
                .Take(skip + take)
                .Join(db.Articles, r => r.ArticleId, a => a.Id, (r, a) => new { r.CreatedAt, a.Slug, a.Title, r.Note })
                .ToListAsync(cancellationToken))
            .Select(e => new Change(e.CreatedAt, "Edit", e.Slug, e.Title, e.Note));
        return runs.Concat(edits).OrderByDescending(c => c.At).Skip(skip).Take(take).ToList();
    }

    /// <summary>An editor's revisions: not the snapshots an import writes ("import", "import #12").</summary>
    private static IQueryable<Domain.Revision> EditsOf(KbDbContext db) =>
        db.Revisions.AsNoTracking().Where(r => !r.Author.StartsWith("import"));

    private static string ImportNote(int created, int updated, int removed)
    {
        var parts = new List<string>();
        if (created > 0)
        {
            parts.Add($"{created:N0} {(created == 1 ? "article" : "articles")} created");
        }

        if (updated > 0)
        {
            parts.Add($"{updated:N0} updated");
        }

        if (removed > 0)
        {
            parts.Add($"{removed:N0} no longer on any seed page");
        }

        return parts.Count == 0 ? "nothing changed" : string.Join(", ", parts);
    }
}
