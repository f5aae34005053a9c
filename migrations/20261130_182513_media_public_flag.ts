import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { recomputePublicMedia } from '../lib/media/public-media'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "used_by_published_content" boolean DEFAULT false;
  CREATE INDEX "media_used_by_published_content_idx" ON "media" USING btree ("used_by_published_content");`)
  // Files that published content already uses stay public (issue 13: media follow publication).
  // Only the collections that existed at this migration: later ones have no tables yet.
  await recomputePublicMedia(payload, req, ['episodes', 'series', 'therapy-categories', 'authors', 'glossary-terms'])
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "media_used_by_published_content_idx";
  ALTER TABLE "media" DROP COLUMN "used_by_published_content";`)
}
