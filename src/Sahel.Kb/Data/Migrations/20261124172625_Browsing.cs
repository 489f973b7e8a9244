using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sahel.Kb.Data.Migrations
{
    /// <inheritdoc />
    public partial class Browsing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_Kind",
                table: "Articles");

            migrationBuilder.AddColumn<string>(
                name: "PlainSummary",
                table: "Articles",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Kind_Slug",
                table: "Articles",
                columns: new[] { "Kind", "Slug" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_Kind_Slug",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "PlainSummary",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Kind",
                table: "Articles",
                column: "Kind");
        }
    }
}
