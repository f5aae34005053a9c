import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Issue 17: the claims guard's stored findings, `claimsReview` (errors, warnings, findings) in each
 * locale of the guarded collections and their versions. Documents saved before this have none until
 * their next save, or `npm run claims:check -- --store` (docs/claims-guard.md).
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "episodes_locales" ADD COLUMN "claims_review_errors" numeric;
  ALTER TABLE "episodes_locales" ADD COLUMN "claims_review_warnings" numeric;
  ALTER TABLE "episodes_locales" ADD COLUMN "claims_review_findings" jsonb;
  ALTER TABLE "_episodes_v_locales" ADD COLUMN "version_claims_review_errors" numeric;
  ALTER TABLE "_episodes_v_locales" ADD COLUMN "version_claims_review_warnings" numeric;
  ALTER TABLE "_episodes_v_locales" ADD COLUMN "version_claims_review_findings" jsonb;
  ALTER TABLE "series_locales" ADD COLUMN "claims_review_errors" numeric;
  ALTER TABLE "series_locales" ADD COLUMN "claims_review_warnings" numeric;
  ALTER TABLE "series_locales" ADD COLUMN "claims_review_findings" jsonb;
  ALTER TABLE "_series_v_locales" ADD COLUMN "version_claims_review_errors" numeric;
  ALTER TABLE "_series_v_locales" ADD COLUMN "version_claims_review_warnings" numeric;
  ALTER TABLE "_series_v_locales" ADD COLUMN "version_claims_review_findings" jsonb;
  ALTER TABLE "therapy_categories_locales" ADD COLUMN "claims_review_errors" numeric;
  ALTER TABLE "therapy_categories_locales" ADD COLUMN "claims_review_warnings" numeric;
  ALTER TABLE "therapy_categories_locales" ADD COLUMN "claims_review_findings" jsonb;
  ALTER TABLE "_therapy_categories_v_locales" ADD COLUMN "version_claims_review_errors" numeric;
  ALTER TABLE "_therapy_categories_v_locales" ADD COLUMN "version_claims_review_warnings" numeric;
  ALTER TABLE "_therapy_categories_v_locales" ADD COLUMN "version_claims_review_findings" jsonb;
  ALTER TABLE "glossary_terms_locales" ADD COLUMN "claims_review_errors" numeric;
  ALTER TABLE "glossary_terms_locales" ADD COLUMN "claims_review_warnings" numeric;
  ALTER TABLE "glossary_terms_locales" ADD COLUMN "claims_review_findings" jsonb;
  ALTER TABLE "_glossary_terms_v_locales" ADD COLUMN "version_claims_review_errors" numeric;
  ALTER TABLE "_glossary_terms_v_locales" ADD COLUMN "version_claims_review_warnings" numeric;
  ALTER TABLE "_glossary_terms_v_locales" ADD COLUMN "version_claims_review_findings" jsonb;
  ALTER TABLE "pages_locales" ADD COLUMN "claims_review_errors" numeric;
  ALTER TABLE "pages_locales" ADD COLUMN "claims_review_warnings" numeric;
  ALTER TABLE "pages_locales" ADD COLUMN "claims_review_findings" jsonb;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_claims_review_errors" numeric;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_claims_review_warnings" numeric;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_claims_review_findings" jsonb;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "episodes_locales" DROP COLUMN "claims_review_errors";
  ALTER TABLE "episodes_locales" DROP COLUMN "claims_review_warnings";
  ALTER TABLE "episodes_locales" DROP COLUMN "claims_review_findings";
  ALTER TABLE "_episodes_v_locales" DROP COLUMN "version_claims_review_errors";
  ALTER TABLE "_episodes_v_locales" DROP COLUMN "version_claims_review_warnings";
  ALTER TABLE "_episodes_v_locales" DROP COLUMN "version_claims_review_findings";
  ALTER TABLE "series_locales" DROP COLUMN "claims_review_errors";
  ALTER TABLE "series_locales" DROP COLUMN "claims_review_warnings";
  ALTER TABLE "series_locales" DROP COLUMN "claims_review_findings";
  ALTER TABLE "_series_v_locales" DROP COLUMN "version_claims_review_errors";
  ALTER TABLE "_series_v_locales" DROP COLUMN "version_claims_review_warnings";
  ALTER TABLE "_series_v_locales" DROP COLUMN "version_claims_review_findings";
  ALTER TABLE "therapy_categories_locales" DROP COLUMN "claims_review_errors";
  ALTER TABLE "therapy_categories_locales" DROP COLUMN "claims_review_warnings";
  ALTER TABLE "therapy_categories_locales" DROP COLUMN "claims_review_findings";
  ALTER TABLE "_therapy_categories_v_locales" DROP COLUMN "version_claims_review_errors";
  ALTER TABLE "_therapy_categories_v_locales" DROP COLUMN "version_claims_review_warnings";
  ALTER TABLE "_therapy_categories_v_locales" DROP COLUMN "version_claims_review_findings";
  ALTER TABLE "glossary_terms_locales" DROP COLUMN "claims_review_errors";
  ALTER TABLE "glossary_terms_locales" DROP COLUMN "claims_review_warnings";
  ALTER TABLE "glossary_terms_locales" DROP COLUMN "claims_review_findings";
  ALTER TABLE "_glossary_terms_v_locales" DROP COLUMN "version_claims_review_errors";
  ALTER TABLE "_glossary_terms_v_locales" DROP COLUMN "version_claims_review_warnings";
  ALTER TABLE "_glossary_terms_v_locales" DROP COLUMN "version_claims_review_findings";
  ALTER TABLE "pages_locales" DROP COLUMN "claims_review_errors";
  ALTER TABLE "pages_locales" DROP COLUMN "claims_review_warnings";
  ALTER TABLE "pages_locales" DROP COLUMN "claims_review_findings";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_claims_review_errors";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_claims_review_warnings";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_claims_review_findings";`)
}
