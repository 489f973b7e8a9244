using Microsoft.EntityFrameworkCore;

namespace Sahel.Kb.Data;

/// <summary>
/// The one row that counts the knowledge base's changes. Every import, edit and restore moves
/// it forward in its own transaction, so a reader that saw a number knows whether what it holds
/// (a cached page, the link graph) is still current; a restored backup moves it past every
/// number the live database had, so no number ever means two states.
/// </summary>
public sealed class KnowledgeVersion
{
    public int Id { get; set; }

    public long Number { get; set; }

    /// <summary>The version from which prepared pages are valid: an import or a restore changes too much to say which pages it touched.</summary>
    public long PagesValidFrom { get; set; }

    /// <summary>Moves the version forward, in the current transaction.</summary>
    public static Task BumpAsync(KbDbContext db, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync("""UPDATE "KnowledgeVersion" SET "Number" = "Number" + 1 WHERE "Id" = 1;""", cancellationToken);

    /// <summary>Moves the version past <paramref name="seen"/>, the highest the database had before a restore; every prepared page is stale.</summary>
    public static Task MovePastAsync(KbDbContext db, long seen, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlAsync(
            $"""
            UPDATE "KnowledgeVersion"
            SET "Number" = CASE WHEN "Number" > {seen} THEN "Number" ELSE {seen} END + 1,
                "PagesValidFrom" = CASE WHEN "Number" > {seen} THEN "Number" ELSE {seen} END + 1
            WHERE "Id" = 1;
            """,
            cancellationToken);

    public static async Task<long> ReadAsync(KbDbContext db, CancellationToken cancellationToken = default) =>
        await db.Set<KnowledgeVersion>().Where(v => v.Id == 1).Select(v => v.Number).SingleAsync(cancellationToken);
}
