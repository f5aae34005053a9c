import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_episodes_translation_status_ja" AS ENUM('complete', 'incomplete', 'missing');
  CREATE TYPE "public"."enum_episodes_translation_status_en" AS ENUM('complete', 'incomplete', 'missing');
  CREATE TYPE "public"."enum__episodes_v_version_translation_status_ja" AS ENUM('complete', 'incomplete', 'missing');
  CREATE TYPE "public"."enum__episodes_v_version_translation_status_en" AS ENUM('complete', 'incomplete', 'missing');
  ALTER TABLE "episodes" ADD COLUMN "translation_status_ja" "enum_episodes_translation_status_ja";
  ALTER TABLE "episodes" ADD COLUMN "translation_status_en" "enum_episodes_translation_status_en";
  ALTER TABLE "_episodes_v" ADD COLUMN "version_translation_status_ja" "enum__episodes_v_version_translation_status_ja";
  ALTER TABLE "_episodes_v" ADD COLUMN "version_translation_status_en" "enum__episodes_v_version_translation_status_en";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "episodes" DROP COLUMN "translation_status_ja";
  ALTER TABLE "episodes" DROP COLUMN "translation_status_en";
  ALTER TABLE "_episodes_v" DROP COLUMN "version_translation_status_ja";
  ALTER TABLE "_episodes_v" DROP COLUMN "version_translation_status_en";
  DROP TYPE "public"."enum_episodes_translation_status_ja";
  DROP TYPE "public"."enum_episodes_translation_status_en";
  DROP TYPE "public"."enum__episodes_v_version_translation_status_ja";
  DROP TYPE "public"."enum__episodes_v_version_translation_status_en";`)
}
