import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Issue 18: search by trigram index (lib/content/search.ts, docs/discovery.md#search).
 *
 * `column_search_text` is the one normalisation of searched text: NFKC (full-width ↔ half-width,
 * ｶﾞ → ガ) and lower case. Both are IMMUTABLE in PostgreSQL 13+ (normalize needs a UTF8 database,
 * which ours are), so the function may feed a generated column. Each episode row of each locale
 * keeps its title, lead and transcript in that form (`search_text`, one line apart, so no word
 * spans two fields), and a GIN trigram index over it serves `LIKE '%word%'` for words of three
 * characters or more. The stored column, rather than an index on an expression, spares the
 * recheck of every candidate row from normalising its transcript again.
 *
 * The schema Payload knows is untouched (it never reads or writes `search_text`), so this lives in
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
  CREATE INDEX "episodes_locales_search_text_trgm_idx" ON "episodes_locales" USING gin ("search_text" gin_trgm_ops);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "episodes_locales_search_text_trgm_idx";
  ALTER TABLE "episodes_locales" DROP COLUMN IF EXISTS "search_text";
  DROP FUNCTION IF EXISTS column_search_text(text);`)
  // pg_trgm stays: other databases' objects may use it, and it costs nothing unused.
}
