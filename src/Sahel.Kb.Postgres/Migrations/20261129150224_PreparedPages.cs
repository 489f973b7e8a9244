using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sahel.Kb.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PreparedPages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PagesValidFrom",
                table: "KnowledgeVersion",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "PageChanges",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PageChanges", x => x.ArticleId);
                    table.ForeignKey(
                        name: "FK_PageChanges_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PreparedPages",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    Language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Slug = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Origin = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Build = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Html = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PreparedPages", x => new { x.ArticleId, x.Language });
                    table.ForeignKey(
                        name: "FK_PreparedPages_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.UpdateData(
                table: "KnowledgeVersion",
                keyColumn: "Id",
                keyValue: 1,
                column: "PagesValidFrom",
                value: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_PreparedPages_Slug_Language",
                table: "PreparedPages",
                columns: new[] { "Slug", "Language" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PageChanges");

            migrationBuilder.DropTable(
                name: "PreparedPages");

            migrationBuilder.DropColumn(
                name: "PagesValidFrom",
                table: "KnowledgeVersion");
        }
    }
}
