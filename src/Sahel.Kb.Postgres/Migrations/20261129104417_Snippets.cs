using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sahel.Kb.Postgres.Migrations
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "Sources",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Line",
                table: "Sources",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Position",
                table: "Sources",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Text",
                table: "Sources",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Title",
                table: "Sources",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Pages",
                table: "Dates",
                type: "text",
                nullable: false,
                defaultValue: "");

            // What each page said was not kept before: every page's snippet starts as the article as
            // the seeds last gave it, and every date as given by all of its pages. The next import of a
            // page replaces its snippets with what the page says.
            migrationBuilder.Sql("""
                UPDATE "Sources" AS "s" SET "Title" = COALESCE("a"."SeedTitle", "a"."Title"), "Text" = COALESCE("a"."SeedSummary", "a"."Summary")
                FROM "Articles" AS "a" WHERE "a"."Id" = "s"."ArticleId";
                UPDATE "Dates" AS "d" SET "Pages" = COALESCE(
                    (SELECT string_agg("s"."Page", E'\n' ORDER BY "s"."Page") FROM "Sources" AS "s" WHERE "s"."ArticleId" = "d"."ArticleId"), '');
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
