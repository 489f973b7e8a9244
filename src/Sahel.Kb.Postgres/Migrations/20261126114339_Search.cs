using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sahel.Kb.Postgres.Migrations
{
    /// <summary>
    /// PostgreSQL's full-text index of titles, aliases and summaries, as SQLite's FTS5 table holds
    /// them: words without accents (unaccent), titles weighing most, then aliases, then the text;
    /// kept up to date by triggers in the transaction that changes an article or its aliases.
    /// </summary>
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS unaccent;

                -- unaccent() is only stable; an index needs an immutable function of fixed dictionary.
                CREATE FUNCTION kb_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

                CREATE TABLE "ArticleSearch" (
                    "ArticleId" integer PRIMARY KEY REFERENCES "Articles" ("Id") ON DELETE CASCADE,
                    "Title" text NOT NULL,
                    "Names" text NOT NULL DEFAULT '',
                    "Body" text NOT NULL,
                    "NameVector" tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('simple', kb_unaccent("Title")), 'A') ||
                        setweight(to_tsvector('simple', kb_unaccent("Names")), 'B')) STORED,
                    "Vector" tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('simple', kb_unaccent("Title")), 'A') ||
                        setweight(to_tsvector('simple', kb_unaccent("Names")), 'B') ||
                        setweight(to_tsvector('simple', kb_unaccent("Body")), 'D')) STORED);
                CREATE INDEX "IX_ArticleSearch_NameVector" ON "ArticleSearch" USING GIN ("NameVector");
                CREATE INDEX "IX_ArticleSearch_Vector" ON "ArticleSearch" USING GIN ("Vector");

                CREATE FUNCTION kb_article_search() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO "ArticleSearch" ("ArticleId", "Title", "Names", "Body")
                    VALUES (NEW."Id", NEW."Title",
                        COALESCE((SELECT string_agg("Name", ' · ') FROM "Aliases" WHERE "ArticleId" = NEW."Id"), ''),
                        NEW."PlainSummary")
                    ON CONFLICT ("ArticleId") DO UPDATE SET "Title" = EXCLUDED."Title", "Body" = EXCLUDED."Body";
                    RETURN NULL;
                END $$;
                CREATE TRIGGER kb_article_search AFTER INSERT OR UPDATE OF "Title", "PlainSummary" ON "Articles"
                FOR EACH ROW EXECUTE FUNCTION kb_article_search();

                CREATE FUNCTION kb_alias_search() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE "ArticleSearch"
                    SET "Names" = COALESCE((SELECT string_agg(a."Name", ' · ') FROM "Aliases" a WHERE a."ArticleId" = "ArticleSearch"."ArticleId"), '')
                    WHERE "ArticleId" IN (NEW."ArticleId", OLD."ArticleId");
                    RETURN NULL;
                END $$;
                CREATE TRIGGER kb_alias_search AFTER INSERT OR UPDATE OR DELETE ON "Aliases"
                FOR EACH ROW EXECUTE FUNCTION kb_alias_search();

                INSERT INTO "ArticleSearch" ("ArticleId", "Title", "Names", "Body")
                SELECT a."Id", a."Title", COALESCE((SELECT string_agg(n."Name", ' · ') FROM "Aliases" n WHERE n."ArticleId" = a."Id"), ''), a."PlainSummary"
                FROM "Articles" a;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER kb_alias_search ON "Aliases";
                DROP FUNCTION kb_alias_search();
                DROP TRIGGER kb_article_search ON "Articles";
                DROP FUNCTION kb_article_search();
                DROP TABLE "ArticleSearch";
                DROP FUNCTION kb_unaccent(text);
                """);
        }
    }
}
