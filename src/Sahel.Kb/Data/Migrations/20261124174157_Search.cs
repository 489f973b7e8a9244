using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sahel.Kb.Data.Migrations
{
    /// <summary>
    /// The full-text index: an FTS5 table of each article's title, names (aliases) and plain
    /// summary, accent- and case-insensitive, kept in step by triggers in the writing transaction.
    /// </summary>
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE ArticleSearch USING fts5(
                    title, names, body,
                    tokenize = 'unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER ArticleSearch_ArticleInserted AFTER INSERT ON Articles BEGIN
                    INSERT INTO ArticleSearch(rowid, title, names, body)
                    VALUES (new.Id, new.Title, (SELECT group_concat(Name, ' · ') FROM Aliases WHERE ArticleId = new.Id), new.PlainSummary);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER ArticleSearch_ArticleUpdated AFTER UPDATE OF Title, PlainSummary ON Articles BEGIN
                    UPDATE ArticleSearch SET title = new.Title, body = new.PlainSummary WHERE rowid = new.Id;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER ArticleSearch_ArticleDeleted AFTER DELETE ON Articles BEGIN
                    DELETE FROM ArticleSearch WHERE rowid = old.Id;
                END;
                """);
            foreach (var (name, timing, row) in new[] { ("AliasInserted", "INSERT", "new"), ("AliasDeleted", "DELETE", "old"), ("AliasUpdated", "UPDATE", "new") })
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER ArticleSearch_{name} AFTER {timing} ON Aliases BEGIN
                        UPDATE ArticleSearch
                        SET names = (SELECT group_concat(Name, ' · ') FROM Aliases WHERE ArticleId = {row}.ArticleId)
                        WHERE rowid = {row}.ArticleId;
                    END;
                    """);
            }

            migrationBuilder.Sql("""
                INSERT INTO ArticleSearch(rowid, title, names, body)
                SELECT Id, Title, (SELECT group_concat(Name, ' · ') FROM Aliases WHERE ArticleId = Articles.Id), PlainSummary FROM Articles;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[] { "ArticleInserted", "ArticleUpdated", "ArticleDeleted", "AliasInserted", "AliasDeleted", "AliasUpdated" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS ArticleSearch_{trigger};");
            }

            migrationBuilder.Sql("DROP TABLE IF EXISTS ArticleSearch;");
        }
    }
}
