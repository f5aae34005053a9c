import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "episodes" ADD COLUMN "claims_override_reason" varchar;
  ALTER TABLE "episodes" ADD COLUMN "claims_override_approved_by_id" integer;
  ALTER TABLE "episodes" ADD COLUMN "claims_override_approved_at" timestamp(3) with time zone;
  ALTER TABLE "episodes" ADD COLUMN "claims_override_covers" jsonb;
  ALTER TABLE "_episodes_v" ADD COLUMN "version_claims_override_reason" varchar;
  ALTER TABLE "_episodes_v" ADD COLUMN "version_claims_override_approved_by_id" integer;
  ALTER TABLE "_episodes_v" ADD COLUMN "version_claims_override_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_episodes_v" ADD COLUMN "version_claims_override_covers" jsonb;
  ALTER TABLE "series" ADD COLUMN "claims_override_reason" varchar;
  ALTER TABLE "series" ADD COLUMN "claims_override_approved_by_id" integer;
  ALTER TABLE "series" ADD COLUMN "claims_override_approved_at" timestamp(3) with time zone;
  ALTER TABLE "series" ADD COLUMN "claims_override_covers" jsonb;
  ALTER TABLE "_series_v" ADD COLUMN "version_claims_override_reason" varchar;
  ALTER TABLE "_series_v" ADD COLUMN "version_claims_override_approved_by_id" integer;
  ALTER TABLE "_series_v" ADD COLUMN "version_claims_override_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_series_v" ADD COLUMN "version_claims_override_covers" jsonb;
  ALTER TABLE "therapy_categories" ADD COLUMN "claims_override_reason" varchar;
  ALTER TABLE "therapy_categories" ADD COLUMN "claims_override_approved_by_id" integer;
  ALTER TABLE "therapy_categories" ADD COLUMN "claims_override_approved_at" timestamp(3) with time zone;
  ALTER TABLE "therapy_categories" ADD COLUMN "claims_override_covers" jsonb;
  ALTER TABLE "_therapy_categories_v" ADD COLUMN "version_claims_override_reason" varchar;
  ALTER TABLE "_therapy_categories_v" ADD COLUMN "version_claims_override_approved_by_id" integer;
  ALTER TABLE "_therapy_categories_v" ADD COLUMN "version_claims_override_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_therapy_categories_v" ADD COLUMN "version_claims_override_covers" jsonb;
  ALTER TABLE "glossary_terms" ADD COLUMN "claims_override_reason" varchar;
  ALTER TABLE "glossary_terms" ADD COLUMN "claims_override_approved_by_id" integer;
  ALTER TABLE "glossary_terms" ADD COLUMN "claims_override_approved_at" timestamp(3) with time zone;
  ALTER TABLE "glossary_terms" ADD COLUMN "claims_override_covers" jsonb;
  ALTER TABLE "_glossary_terms_v" ADD COLUMN "version_claims_override_reason" varchar;
  ALTER TABLE "_glossary_terms_v" ADD COLUMN "version_claims_override_approved_by_id" integer;
  ALTER TABLE "_glossary_terms_v" ADD COLUMN "version_claims_override_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_glossary_terms_v" ADD COLUMN "version_claims_override_covers" jsonb;
  ALTER TABLE "episodes" ADD CONSTRAINT "episodes_claims_override_approved_by_id_users_id_fk" FOREIGN KEY ("claims_override_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_episodes_v" ADD CONSTRAINT "_episodes_v_version_claims_override_approved_by_id_users_id_fk" FOREIGN KEY ("version_claims_override_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "series" ADD CONSTRAINT "series_claims_override_approved_by_id_users_id_fk" FOREIGN KEY ("claims_override_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_series_v" ADD CONSTRAINT "_series_v_version_claims_override_approved_by_id_users_id_fk" FOREIGN KEY ("version_claims_override_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "therapy_categories" ADD CONSTRAINT "therapy_categories_claims_override_approved_by_id_users_id_fk" FOREIGN KEY ("claims_override_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_therapy_categories_v" ADD CONSTRAINT "_therapy_categories_v_version_claims_override_approved_by_id_users_id_fk" FOREIGN KEY ("version_claims_override_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "glossary_terms" ADD CONSTRAINT "glossary_terms_claims_override_approved_by_id_users_id_fk" FOREIGN KEY ("claims_override_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v" ADD CONSTRAINT "_glossary_terms_v_version_claims_override_approved_by_id_users_id_fk" FOREIGN KEY ("version_claims_override_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "episodes_claims_override_claims_override_approved_by_idx" ON "episodes" USING btree ("claims_override_approved_by_id");
  CREATE INDEX "_episodes_v_version_claims_override_version_claims_overr_idx" ON "_episodes_v" USING btree ("version_claims_override_approved_by_id");
  CREATE INDEX "series_claims_override_claims_override_approved_by_idx" ON "series" USING btree ("claims_override_approved_by_id");
  CREATE INDEX "_series_v_version_claims_override_version_claims_overrid_idx" ON "_series_v" USING btree ("version_claims_override_approved_by_id");
  CREATE INDEX "therapy_categories_claims_override_claims_override_appro_idx" ON "therapy_categories" USING btree ("claims_override_approved_by_id");
  CREATE INDEX "_therapy_categories_v_version_claims_override_version_cl_idx" ON "_therapy_categories_v" USING btree ("version_claims_override_approved_by_id");
  CREATE INDEX "glossary_terms_claims_override_claims_override_approved__idx" ON "glossary_terms" USING btree ("claims_override_approved_by_id");
  CREATE INDEX "_glossary_terms_v_version_claims_override_version_claims_idx" ON "_glossary_terms_v" USING btree ("version_claims_override_approved_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "episodes" DROP CONSTRAINT "episodes_claims_override_approved_by_id_users_id_fk";
  
  ALTER TABLE "_episodes_v" DROP CONSTRAINT "_episodes_v_version_claims_override_approved_by_id_users_id_fk";
  
  ALTER TABLE "series" DROP CONSTRAINT "series_claims_override_approved_by_id_users_id_fk";
  
  ALTER TABLE "_series_v" DROP CONSTRAINT "_series_v_version_claims_override_approved_by_id_users_id_fk";
  
  ALTER TABLE "therapy_categories" DROP CONSTRAINT "therapy_categories_claims_override_approved_by_id_users_id_fk";
  
  ALTER TABLE "_therapy_categories_v" DROP CONSTRAINT "_therapy_categories_v_version_claims_override_approved_by_id_users_id_fk";
  
  ALTER TABLE "glossary_terms" DROP CONSTRAINT "glossary_terms_claims_override_approved_by_id_users_id_fk";
  
  ALTER TABLE "_glossary_terms_v" DROP CONSTRAINT "_glossary_terms_v_version_claims_override_approved_by_id_users_id_fk";
  
  DROP INDEX "episodes_claims_override_claims_override_approved_by_idx";
  DROP INDEX "_episodes_v_version_claims_override_version_claims_overr_idx";
  DROP INDEX "series_claims_override_claims_override_approved_by_idx";
  DROP INDEX "_series_v_version_claims_override_version_claims_overrid_idx";
  DROP INDEX "therapy_categories_claims_override_claims_override_appro_idx";
  DROP INDEX "_therapy_categories_v_version_claims_override_version_cl_idx";
  DROP INDEX "glossary_terms_claims_override_claims_override_approved__idx";
  DROP INDEX "_glossary_terms_v_version_claims_override_version_claims_idx";
  ALTER TABLE "episodes" DROP COLUMN "claims_override_reason";
  ALTER TABLE "episodes" DROP COLUMN "claims_override_approved_by_id";
  ALTER TABLE "episodes" DROP COLUMN "claims_override_approved_at";
  ALTER TABLE "episodes" DROP COLUMN "claims_override_covers";
  ALTER TABLE "_episodes_v" DROP COLUMN "version_claims_override_reason";
  ALTER TABLE "_episodes_v" DROP COLUMN "version_claims_override_approved_by_id";
  ALTER TABLE "_episodes_v" DROP COLUMN "version_claims_override_approved_at";
  ALTER TABLE "_episodes_v" DROP COLUMN "version_claims_override_covers";
  ALTER TABLE "series" DROP COLUMN "claims_override_reason";
  ALTER TABLE "series" DROP COLUMN "claims_override_approved_by_id";
  ALTER TABLE "series" DROP COLUMN "claims_override_approved_at";
  ALTER TABLE "series" DROP COLUMN "claims_override_covers";
  ALTER TABLE "_series_v" DROP COLUMN "version_claims_override_reason";
  ALTER TABLE "_series_v" DROP COLUMN "version_claims_override_approved_by_id";
  ALTER TABLE "_series_v" DROP COLUMN "version_claims_override_approved_at";
  ALTER TABLE "_series_v" DROP COLUMN "version_claims_override_covers";
  ALTER TABLE "therapy_categories" DROP COLUMN "claims_override_reason";
  ALTER TABLE "therapy_categories" DROP COLUMN "claims_override_approved_by_id";
  ALTER TABLE "therapy_categories" DROP COLUMN "claims_override_approved_at";
  ALTER TABLE "therapy_categories" DROP COLUMN "claims_override_covers";
  ALTER TABLE "_therapy_categories_v" DROP COLUMN "version_claims_override_reason";
  ALTER TABLE "_therapy_categories_v" DROP COLUMN "version_claims_override_approved_by_id";
  ALTER TABLE "_therapy_categories_v" DROP COLUMN "version_claims_override_approved_at";
  ALTER TABLE "_therapy_categories_v" DROP COLUMN "version_claims_override_covers";
  ALTER TABLE "glossary_terms" DROP COLUMN "claims_override_reason";
  ALTER TABLE "glossary_terms" DROP COLUMN "claims_override_approved_by_id";
  ALTER TABLE "glossary_terms" DROP COLUMN "claims_override_approved_at";
  ALTER TABLE "glossary_terms" DROP COLUMN "claims_override_covers";
  ALTER TABLE "_glossary_terms_v" DROP COLUMN "version_claims_override_reason";
  ALTER TABLE "_glossary_terms_v" DROP COLUMN "version_claims_override_approved_by_id";
  ALTER TABLE "_glossary_terms_v" DROP COLUMN "version_claims_override_approved_at";
  ALTER TABLE "_glossary_terms_v" DROP COLUMN "version_claims_override_covers";`)
}
