import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Issue 18: search by trigram index (lib/content/search.ts, docs/discovery.md#search).
 *
 * `column_search_text` is the one normalisation of searched text: NFKC (full-width ↔ half-width,
 * ｶﾞ → ガ) and lower case. Both are IMMUTABLE in PostgreSQL 13+ (normalize needs a UTF8 database,
 * which ours are), so the function may feed generated columns, which keep every searched text in
 * that form, computed when a row is written:
 *
 * - `episodes_locales.search_text`: title, lead and transcript, a line apart (so no word spans two
 *   fields), under a GIN trigram index that serves `LIKE '%word%'` for words of 3+ characters.
 *   Stored rather than an index on an expression, so the recheck of a candidate row does not
 *   normalise its transcript again;
 * - `episodes_locales.search_title_lead`: title and lead alone, read in full for queries of one- and
 *   two-character words, which no trigram index can narrow;
 * - `glossary_terms_locales.search_text` (term and short definition) and
 *   `glossary_terms_aliases.search_text`: a few thousand short texts, read in full.
 *
 * The schema Payload knows is untouched (it never reads or writes these columns), so this lives in
 * a migration of its own, written by hand.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE OR REPLACE FUNCTION column_search_text(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
    AS $$ SELECT lower(normalize(value, NFKC)) $$;
  ALTER TABLE "episodes_locales" ADD COLUMN "search_text" text GENERATED ALWAYS AS (
    column_search_text(coalesce("title", '') || E'\n' || coalesce("lead", '') || E'\n' || coalesce("podcast_transcript", ''))
  ) STORED;
  ALTER TABLE "episodes_locales" ADD COLUMN "search_title_lead" text GENERATED ALWAYS AS (
    column_search_text(coalesce("title", '') || E'\n' || coalesce("lead", ''))
  ) STORED;
  CREATE INDEX "episodes_locales_search_text_trgm_idx" ON "episodes_locales" USING gin ("search_text" gin_trgm_ops);
  ALTER TABLE "glossary_terms_locales" ADD COLUMN "search_text" text GENERATED ALWAYS AS (
    column_search_text(coalesce("term", '') || E'\n' || coalesce("short_definition", ''))
  ) STORED;
  ALTER TABLE "glossary_terms_aliases" ADD COLUMN "search_text" text GENERATED ALWAYS AS (
    column_search_text("alias")
  ) STORED;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "episodes_locales_search_text_trgm_idx";
  ALTER TABLE "episodes_locales" DROP COLUMN IF EXISTS "search_text";
  ALTER TABLE "episodes_locales" DROP COLUMN IF EXISTS "search_title_lead";
  ALTER TABLE "glossary_terms_locales" DROP COLUMN IF EXISTS "search_text";
  ALTER TABLE "glossary_terms_aliases" DROP COLUMN IF EXISTS "search_text";
  DROP FUNCTION IF EXISTS column_search_text(text);`)
  // pg_trgm stays: other databases' objects may use it, and it costs nothing unused.
}
