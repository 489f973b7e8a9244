using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sahel.Kb.Data.Migrations
{
    /// <inheritdoc />
    public partial class Snippets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "HasPicture",
                table: "Sources",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "Sources",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Line",
                table: "Sources",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Position",
                table: "Sources",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Text",
                table: "Sources",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Title",
                table: "Sources",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Pages",
                table: "Dates",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            // What each page said was not kept before: every page's snippet starts as the article as
            // the seeds last gave it, and every date as given by all of its pages. The next import of a
            // page replaces its snippets with what the page says.
            migrationBuilder.Sql("""
                UPDATE "Sources" SET
                    "Title" = (SELECT COALESCE("a"."SeedTitle", "a"."Title") FROM "Articles" AS "a" WHERE "a"."Id" = "Sources"."ArticleId"),
                    "Text" = (SELECT COALESCE("a"."SeedSummary", "a"."Summary") FROM "Articles" AS "a" WHERE "a"."Id" = "Sources"."ArticleId");
                UPDATE "Dates" SET "Pages" = COALESCE(
                    (SELECT group_concat("Page", char(10)) FROM (SELECT "s"."Page" FROM "Sources" AS "s" WHERE "s"."ArticleId" = "Dates"."ArticleId" ORDER BY "s"."Page")), '');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HasPicture",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "Line",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "Text",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "Title",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "Pages",
                table: "Dates");
        }
    }
}
