using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Data;

/// <summary>Brings a database up to date: the schema by migrations, then the columns derived from others.</summary>
public static class DatabaseSetup
{
    public static async Task MigrateAsync(KbDbContext db, CancellationToken cancellationToken = default)
    {
        // The history table first: on an empty PostgreSQL database, Migrate would otherwise query it
        // before creating it, and an admin's first start would log a failed command.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);

        // Write-ahead logging: readers keep reading the last committed state while an import writes.
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        // Rows written before the plain text of summaries was stored get it now: linking, lists and search read it.
        var stale = await db.Articles.Where(a => a.PlainSummary == "" && a.Summary != "").ToListAsync(cancellationToken);
        foreach (var article in stale)
        {
            article.SetSummary(article.Summary);
        }

        // Wanted names were once keyed by their folded words ("ansar dine"); their key is now their slug ("ansar-dine").
        var oldKeys = await db.WantedNames.Where(w => EF.Functions.Like(w.Key, "% %")).ToListAsync(cancellationToken);
        foreach (var group in oldKeys.GroupBy(w => (w.ArticleId, Key: WantedName.CreateKey(w.Name))))
        {
            group.First().Key = group.Key.Key;
            db.WantedNames.RemoveRange(group.Skip(1));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
