using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sahel.Kb.Data.Migrations
{
    /// <inheritdoc />
    public partial class Statements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Statements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubjectArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Property = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ObjectArticleId = table.Column<int>(type: "INTEGER", nullable: true),
                    ObjectName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Qualifiers = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Statements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Statements_Articles_ObjectArticleId",
                        column: x => x.ObjectArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Statements_Articles_SubjectArticleId",
                        column: x => x.SubjectArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Statements_ObjectArticleId",
                table: "Statements",
                column: "ObjectArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_Property_ObjectArticleId",
                table: "Statements",
                columns: new[] { "Property", "ObjectArticleId" });

            migrationBuilder.CreateIndex(
                name: "IX_Statements_SubjectArticleId_Property",
                table: "Statements",
                columns: new[] { "SubjectArticleId", "Property" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Statements");
        }
    }
}
