import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Issue 16: the page blocks, the Header and Footer globals, Episodes' `topicPage`, the Inquiries
 * collection with the `consultation` role and its retention task; and the consult call to
 * action's typed `url` becomes a chosen page (`page`).
 *
 * What happens to the typed links (site settings, episodes and their versions): a url of the form
 * '/<slug>' (also '/<slug>/', '/ja/<slug>', '/en/<slug>'), such as the old default '/contact', is
 * mapped to the page with that slug when one exists. Any other value (an external https:// link,
 * a path to no page) leaves the relation empty, which means the consultation page; each such value
 * is written to the log with where it was, so that nothing is lost without a word. `down` writes
 * '/<slug>' of the chosen page back into `url`.
 */
const pagePathPattern = '^/((ja|en)/)?([^/?#]+)/?$'

const typedLinks = [
  { table: 'site_settings', url: 'consult_call_to_action_url', page: 'consult_call_to_action_page_id' },
  { table: 'episodes', url: 'consult_call_to_action_url', page: 'consult_call_to_action_page_id' },
  { table: '_episodes_v', url: 'version_consult_call_to_action_url', page: 'version_consult_call_to_action_page_id' },
] as const

async function mapTypedLinksToPages(db: MigrateUpArgs['db'], payload: MigrateUpArgs['payload']) {
  for (const { table, url, page } of typedLinks) {
    await db.execute(
      sql.raw(`UPDATE "${table}" AS target SET "${page}" = pages.id FROM pages
        WHERE target."${url}" ~ '${pagePathPattern}'
          AND pages.slug = regexp_replace(target."${url}", '${pagePathPattern}', '\\3')`),
    )
    const unmapped = await db.execute(
      sql.raw(`SELECT id, "${url}" AS url FROM "${table}" WHERE "${url}" <> '' AND "${page}" IS NULL`),
    )
    for (const row of unmapped.rows as { id: number; url: string }[]) {
      payload.logger.warn(
        `${table} ${row.id}: the consult link "${row.url}" names no page; it now opens the consultation page.`,
      )
    }
  }
}

async function writeChosenPagesBackAsLinks(db: MigrateDownArgs['db']) {
  for (const { table, url, page } of typedLinks) {
    await db.execute(
      sql.raw(`UPDATE "${table}" AS target SET "${url}" = '/' || pages.slug FROM pages WHERE pages.id = target."${page}"`),
    )
  }
}

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_pages_blocks_episode_list_source" AS ENUM('series', 'category', 'chosen');
  CREATE TYPE "public"."enum__pages_v_blocks_episode_list_source" AS ENUM('series', 'category', 'chosen');
  CREATE TYPE "public"."enum_inquiries_language" AS ENUM('ja', 'en');
  CREATE TYPE "public"."enum_inquiries_locale" AS ENUM('ja', 'en');
  CREATE TYPE "public"."enum_inquiries_status" AS ENUM('new', 'answered', 'closed');
  CREATE TYPE "public"."enum_header_links_destination" AS ENUM('page', 'home', 'glossary', 'search');
  ALTER TYPE "public"."enum_users_role" ADD VALUE 'consultation';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deleteExpiredInquiries' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deleteExpiredInquiries' BEFORE 'schedulePublish';
  CREATE TABLE "pages_blocks_episode_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"source" "enum_pages_blocks_episode_list_source" DEFAULT 'series',
  	"series_id" integer,
  	"category_id" integer,
  	"limit" numeric,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_glossary_selection" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"body" varchar,
  	"label" varchar,
  	"page_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_faq_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar
  );
  
  CREATE TABLE "pages_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_consultation_form" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"intro" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"locale" "_locales",
  	"episodes_id" integer,
  	"glossary_terms_id" integer
  );
  
  CREATE TABLE "_pages_v_blocks_episode_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"source" "enum__pages_v_blocks_episode_list_source" DEFAULT 'series',
  	"series_id" integer,
  	"category_id" integer,
  	"limit" numeric,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_glossary_selection" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"body" varchar,
  	"label" varchar,
  	"page_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_faq_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_consultation_form" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"intro" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"locale" "_locales",
  	"episodes_id" integer,
  	"glossary_terms_id" integer
  );
  
  CREATE TABLE "inquiries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"language" "enum_inquiries_language" NOT NULL,
  	"therapy_category_id" integer,
  	"topic_label" varchar NOT NULL,
  	"message" varchar NOT NULL,
  	"consented_at" timestamp(3) with time zone NOT NULL,
  	"locale" "enum_inquiries_locale",
  	"status" "enum_inquiries_status" DEFAULT 'new' NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "header_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"destination" "enum_header_links_destination" DEFAULT 'page' NOT NULL,
  	"page_id" integer
  );
  
  CREATE TABLE "header_links_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "header" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "footer" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"about_page_id" integer,
  	"privacy_page_id" integer,
  	"disclaimer_page_id" integer,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "footer_locales" (
  	"organisation_name" varchar,
  	"address" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "episodes" ADD COLUMN "consult_call_to_action_page_id" integer;
  ALTER TABLE "episodes" ADD COLUMN "topic_page_id" integer;
  ALTER TABLE "_episodes_v" ADD COLUMN "version_consult_call_to_action_page_id" integer;
  ALTER TABLE "_episodes_v" ADD COLUMN "version_topic_page_id" integer;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "inquiries_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "consult_call_to_action_page_id" integer;
  ALTER TABLE "pages_blocks_episode_list" ADD CONSTRAINT "pages_blocks_episode_list_series_id_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."series"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_episode_list" ADD CONSTRAINT "pages_blocks_episode_list_category_id_therapy_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."therapy_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_episode_list" ADD CONSTRAINT "pages_blocks_episode_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_glossary_selection" ADD CONSTRAINT "pages_blocks_glossary_selection_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_call_to_action" ADD CONSTRAINT "pages_blocks_call_to_action_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_call_to_action" ADD CONSTRAINT "pages_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_faq_items" ADD CONSTRAINT "pages_blocks_faq_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_faq" ADD CONSTRAINT "pages_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_consultation_form" ADD CONSTRAINT "pages_blocks_consultation_form_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_episodes_fk" FOREIGN KEY ("episodes_id") REFERENCES "public"."episodes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_glossary_terms_fk" FOREIGN KEY ("glossary_terms_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_episode_list" ADD CONSTRAINT "_pages_v_blocks_episode_list_series_id_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."series"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_episode_list" ADD CONSTRAINT "_pages_v_blocks_episode_list_category_id_therapy_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."therapy_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_episode_list" ADD CONSTRAINT "_pages_v_blocks_episode_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_glossary_selection" ADD CONSTRAINT "_pages_v_blocks_glossary_selection_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_call_to_action" ADD CONSTRAINT "_pages_v_blocks_call_to_action_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_call_to_action" ADD CONSTRAINT "_pages_v_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_faq_items" ADD CONSTRAINT "_pages_v_blocks_faq_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_faq" ADD CONSTRAINT "_pages_v_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_consultation_form" ADD CONSTRAINT "_pages_v_blocks_consultation_form_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_episodes_fk" FOREIGN KEY ("episodes_id") REFERENCES "public"."episodes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_glossary_terms_fk" FOREIGN KEY ("glossary_terms_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_therapy_category_id_therapy_categories_id_fk" FOREIGN KEY ("therapy_category_id") REFERENCES "public"."therapy_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "header_links" ADD CONSTRAINT "header_links_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "header_links" ADD CONSTRAINT "header_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."header"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "header_links_locales" ADD CONSTRAINT "header_links_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."header_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer" ADD CONSTRAINT "footer_about_page_id_pages_id_fk" FOREIGN KEY ("about_page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "footer" ADD CONSTRAINT "footer_privacy_page_id_pages_id_fk" FOREIGN KEY ("privacy_page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "footer" ADD CONSTRAINT "footer_disclaimer_page_id_pages_id_fk" FOREIGN KEY ("disclaimer_page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "footer_locales" ADD CONSTRAINT "footer_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."footer"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pages_blocks_episode_list_order_idx" ON "pages_blocks_episode_list" USING btree ("_order");
  CREATE INDEX "pages_blocks_episode_list_parent_id_idx" ON "pages_blocks_episode_list" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_episode_list_path_idx" ON "pages_blocks_episode_list" USING btree ("_path");
  CREATE INDEX "pages_blocks_episode_list_locale_idx" ON "pages_blocks_episode_list" USING btree ("_locale");
  CREATE INDEX "pages_blocks_episode_list_series_idx" ON "pages_blocks_episode_list" USING btree ("series_id");
  CREATE INDEX "pages_blocks_episode_list_category_idx" ON "pages_blocks_episode_list" USING btree ("category_id");
  CREATE INDEX "pages_blocks_glossary_selection_order_idx" ON "pages_blocks_glossary_selection" USING btree ("_order");
  CREATE INDEX "pages_blocks_glossary_selection_parent_id_idx" ON "pages_blocks_glossary_selection" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_glossary_selection_path_idx" ON "pages_blocks_glossary_selection" USING btree ("_path");
  CREATE INDEX "pages_blocks_glossary_selection_locale_idx" ON "pages_blocks_glossary_selection" USING btree ("_locale");
  CREATE INDEX "pages_blocks_call_to_action_order_idx" ON "pages_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "pages_blocks_call_to_action_parent_id_idx" ON "pages_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_call_to_action_path_idx" ON "pages_blocks_call_to_action" USING btree ("_path");
  CREATE INDEX "pages_blocks_call_to_action_locale_idx" ON "pages_blocks_call_to_action" USING btree ("_locale");
  CREATE INDEX "pages_blocks_call_to_action_page_idx" ON "pages_blocks_call_to_action" USING btree ("page_id");
  CREATE INDEX "pages_blocks_faq_items_order_idx" ON "pages_blocks_faq_items" USING btree ("_order");
  CREATE INDEX "pages_blocks_faq_items_parent_id_idx" ON "pages_blocks_faq_items" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_faq_items_locale_idx" ON "pages_blocks_faq_items" USING btree ("_locale");
  CREATE INDEX "pages_blocks_faq_order_idx" ON "pages_blocks_faq" USING btree ("_order");
  CREATE INDEX "pages_blocks_faq_parent_id_idx" ON "pages_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_faq_path_idx" ON "pages_blocks_faq" USING btree ("_path");
  CREATE INDEX "pages_blocks_faq_locale_idx" ON "pages_blocks_faq" USING btree ("_locale");
  CREATE INDEX "pages_blocks_consultation_form_order_idx" ON "pages_blocks_consultation_form" USING btree ("_order");
  CREATE INDEX "pages_blocks_consultation_form_parent_id_idx" ON "pages_blocks_consultation_form" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_consultation_form_path_idx" ON "pages_blocks_consultation_form" USING btree ("_path");
  CREATE INDEX "pages_blocks_consultation_form_locale_idx" ON "pages_blocks_consultation_form" USING btree ("_locale");
  CREATE INDEX "pages_rels_order_idx" ON "pages_rels" USING btree ("order");
  CREATE INDEX "pages_rels_parent_idx" ON "pages_rels" USING btree ("parent_id");
  CREATE INDEX "pages_rels_path_idx" ON "pages_rels" USING btree ("path");
  CREATE INDEX "pages_rels_locale_idx" ON "pages_rels" USING btree ("locale");
  CREATE INDEX "pages_rels_episodes_id_idx" ON "pages_rels" USING btree ("episodes_id","locale");
  CREATE INDEX "pages_rels_glossary_terms_id_idx" ON "pages_rels" USING btree ("glossary_terms_id","locale");
  CREATE INDEX "_pages_v_blocks_episode_list_order_idx" ON "_pages_v_blocks_episode_list" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_episode_list_parent_id_idx" ON "_pages_v_blocks_episode_list" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_episode_list_path_idx" ON "_pages_v_blocks_episode_list" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_episode_list_locale_idx" ON "_pages_v_blocks_episode_list" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_episode_list_series_idx" ON "_pages_v_blocks_episode_list" USING btree ("series_id");
  CREATE INDEX "_pages_v_blocks_episode_list_category_idx" ON "_pages_v_blocks_episode_list" USING btree ("category_id");
  CREATE INDEX "_pages_v_blocks_glossary_selection_order_idx" ON "_pages_v_blocks_glossary_selection" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_glossary_selection_parent_id_idx" ON "_pages_v_blocks_glossary_selection" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_glossary_selection_path_idx" ON "_pages_v_blocks_glossary_selection" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_glossary_selection_locale_idx" ON "_pages_v_blocks_glossary_selection" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_call_to_action_order_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_call_to_action_parent_id_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_call_to_action_path_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_call_to_action_locale_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_call_to_action_page_idx" ON "_pages_v_blocks_call_to_action" USING btree ("page_id");
  CREATE INDEX "_pages_v_blocks_faq_items_order_idx" ON "_pages_v_blocks_faq_items" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_faq_items_parent_id_idx" ON "_pages_v_blocks_faq_items" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_faq_items_locale_idx" ON "_pages_v_blocks_faq_items" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_faq_order_idx" ON "_pages_v_blocks_faq" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_faq_parent_id_idx" ON "_pages_v_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_faq_path_idx" ON "_pages_v_blocks_faq" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_faq_locale_idx" ON "_pages_v_blocks_faq" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_consultation_form_order_idx" ON "_pages_v_blocks_consultation_form" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_consultation_form_parent_id_idx" ON "_pages_v_blocks_consultation_form" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_consultation_form_path_idx" ON "_pages_v_blocks_consultation_form" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_consultation_form_locale_idx" ON "_pages_v_blocks_consultation_form" USING btree ("_locale");
  CREATE INDEX "_pages_v_rels_order_idx" ON "_pages_v_rels" USING btree ("order");
  CREATE INDEX "_pages_v_rels_parent_idx" ON "_pages_v_rels" USING btree ("parent_id");
  CREATE INDEX "_pages_v_rels_path_idx" ON "_pages_v_rels" USING btree ("path");
  CREATE INDEX "_pages_v_rels_locale_idx" ON "_pages_v_rels" USING btree ("locale");
  CREATE INDEX "_pages_v_rels_episodes_id_idx" ON "_pages_v_rels" USING btree ("episodes_id","locale");
  CREATE INDEX "_pages_v_rels_glossary_terms_id_idx" ON "_pages_v_rels" USING btree ("glossary_terms_id","locale");
  CREATE INDEX "inquiries_therapy_category_idx" ON "inquiries" USING btree ("therapy_category_id");
  CREATE INDEX "inquiries_status_idx" ON "inquiries" USING btree ("status");
  CREATE INDEX "inquiries_updated_at_idx" ON "inquiries" USING btree ("updated_at");
  CREATE INDEX "inquiries_created_at_idx" ON "inquiries" USING btree ("created_at");
  CREATE INDEX "header_links_order_idx" ON "header_links" USING btree ("_order");
  CREATE INDEX "header_links_parent_id_idx" ON "header_links" USING btree ("_parent_id");
  CREATE INDEX "header_links_page_idx" ON "header_links" USING btree ("page_id");
  CREATE UNIQUE INDEX "header_links_locales_locale_parent_id_unique" ON "header_links_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "footer_about_page_idx" ON "footer" USING btree ("about_page_id");
  CREATE INDEX "footer_privacy_page_idx" ON "footer" USING btree ("privacy_page_id");
  CREATE INDEX "footer_disclaimer_page_idx" ON "footer" USING btree ("disclaimer_page_id");
  CREATE UNIQUE INDEX "footer_locales_locale_parent_id_unique" ON "footer_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "episodes" ADD CONSTRAINT "episodes_consult_call_to_action_page_id_pages_id_fk" FOREIGN KEY ("consult_call_to_action_page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "episodes" ADD CONSTRAINT "episodes_topic_page_id_pages_id_fk" FOREIGN KEY ("topic_page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_episodes_v" ADD CONSTRAINT "_episodes_v_version_consult_call_to_action_page_id_pages_id_fk" FOREIGN KEY ("version_consult_call_to_action_page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_episodes_v" ADD CONSTRAINT "_episodes_v_version_topic_page_id_pages_id_fk" FOREIGN KEY ("version_topic_page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_inquiries_fk" FOREIGN KEY ("inquiries_id") REFERENCES "public"."inquiries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_consult_call_to_action_page_id_pages_id_fk" FOREIGN KEY ("consult_call_to_action_page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "episodes_consult_call_to_action_consult_call_to_action_p_idx" ON "episodes" USING btree ("consult_call_to_action_page_id");
  CREATE INDEX "episodes_topic_page_idx" ON "episodes" USING btree ("topic_page_id");
  CREATE INDEX "_episodes_v_version_consult_call_to_action_version_consu_idx" ON "_episodes_v" USING btree ("version_consult_call_to_action_page_id");
  CREATE INDEX "_episodes_v_version_version_topic_page_idx" ON "_episodes_v" USING btree ("version_topic_page_id");
  CREATE INDEX "payload_locked_documents_rels_inquiries_id_idx" ON "payload_locked_documents_rels" USING btree ("inquiries_id");
  CREATE INDEX "site_settings_consult_call_to_action_consult_call_to_act_idx" ON "site_settings" USING btree ("consult_call_to_action_page_id");
`)
  // The typed links become chosen pages before their column goes.
  await mapTypedLinksToPages(db, payload)
  await db.execute(sql`
  ALTER TABLE "episodes" DROP COLUMN "consult_call_to_action_url";
  ALTER TABLE "_episodes_v" DROP COLUMN "version_consult_call_to_action_url";
  ALTER TABLE "site_settings" DROP COLUMN "consult_call_to_action_url";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // IF EXISTS: the generated statements drop tables with CASCADE before the constraints that
  // pointed at them (inquiries), which would fail on a constraint already gone.
  await db.execute(sql`
   ALTER TABLE "pages_blocks_episode_list" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_glossary_selection" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_call_to_action" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_faq_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_faq" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_consultation_form" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_episode_list" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_glossary_selection" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_call_to_action" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_faq_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_faq" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_consultation_form" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "inquiries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "header_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "header_links_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "header" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "footer" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "footer_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "pages_blocks_episode_list" CASCADE;
  DROP TABLE "pages_blocks_glossary_selection" CASCADE;
  DROP TABLE "pages_blocks_call_to_action" CASCADE;
  DROP TABLE "pages_blocks_faq_items" CASCADE;
  DROP TABLE "pages_blocks_faq" CASCADE;
  DROP TABLE "pages_blocks_consultation_form" CASCADE;
  DROP TABLE "pages_rels" CASCADE;
  DROP TABLE "_pages_v_blocks_episode_list" CASCADE;
  DROP TABLE "_pages_v_blocks_glossary_selection" CASCADE;
  DROP TABLE "_pages_v_blocks_call_to_action" CASCADE;
  DROP TABLE "_pages_v_blocks_faq_items" CASCADE;
  DROP TABLE "_pages_v_blocks_faq" CASCADE;
  DROP TABLE "_pages_v_blocks_consultation_form" CASCADE;
  DROP TABLE "_pages_v_rels" CASCADE;
  DROP TABLE "inquiries" CASCADE;
  DROP TABLE "header_links" CASCADE;
  DROP TABLE "header_links_locales" CASCADE;
  DROP TABLE "header" CASCADE;
  DROP TABLE "footer" CASCADE;
  DROP TABLE "footer_locales" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "episodes" DROP CONSTRAINT IF EXISTS "episodes_consult_call_to_action_page_id_pages_id_fk";
  
  ALTER TABLE "episodes" DROP CONSTRAINT IF EXISTS "episodes_topic_page_id_pages_id_fk";
  
  ALTER TABLE "_episodes_v" DROP CONSTRAINT IF EXISTS "_episodes_v_version_consult_call_to_action_page_id_pages_id_fk";
  
  ALTER TABLE "_episodes_v" DROP CONSTRAINT IF EXISTS "_episodes_v_version_topic_page_id_pages_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_inquiries_fk";
  
  ALTER TABLE "site_settings" DROP CONSTRAINT IF EXISTS "site_settings_consult_call_to_action_page_id_pages_id_fk";
  
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE text;
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'editor'::text;
  DROP TYPE "public"."enum_users_role";
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'glossary');
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'editor'::"public"."enum_users_role";
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE "public"."enum_users_role" USING "role"::"public"."enum_users_role";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "episodes_consult_call_to_action_consult_call_to_action_p_idx";
  DROP INDEX "episodes_topic_page_idx";
  DROP INDEX "_episodes_v_version_consult_call_to_action_version_consu_idx";
  DROP INDEX "_episodes_v_version_version_topic_page_idx";
  DROP INDEX "payload_locked_documents_rels_inquiries_id_idx";
  DROP INDEX "site_settings_consult_call_to_action_consult_call_to_act_idx";
  ALTER TABLE "episodes" ADD COLUMN "consult_call_to_action_url" varchar;
  ALTER TABLE "_episodes_v" ADD COLUMN "version_consult_call_to_action_url" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "consult_call_to_action_url" varchar;
`)
  // The chosen pages are written back as links before their column goes.
  await writeChosenPagesBackAsLinks(db)
  await db.execute(sql`
  ALTER TABLE "episodes" DROP COLUMN "consult_call_to_action_page_id";
  ALTER TABLE "episodes" DROP COLUMN "topic_page_id";
  ALTER TABLE "_episodes_v" DROP COLUMN "version_consult_call_to_action_page_id";
  ALTER TABLE "_episodes_v" DROP COLUMN "version_topic_page_id";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "inquiries_id";
  ALTER TABLE "site_settings" DROP COLUMN "consult_call_to_action_page_id";
  DROP TYPE "public"."enum_pages_blocks_episode_list_source";
  DROP TYPE "public"."enum__pages_v_blocks_episode_list_source";
  DROP TYPE "public"."enum_inquiries_language";
  DROP TYPE "public"."enum_inquiries_locale";
  DROP TYPE "public"."enum_inquiries_status";
  DROP TYPE "public"."enum_header_links_destination";`)
}
