import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_episodes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__episodes_v_published_locale" AS ENUM('ja', 'en');
  CREATE TYPE "public"."enum__episodes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_series_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__series_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__series_v_published_locale" AS ENUM('ja', 'en');
  CREATE TYPE "public"."enum_therapy_categories_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__therapy_categories_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__therapy_categories_v_published_locale" AS ENUM('ja', 'en');
  CREATE TYPE "public"."enum_glossary_terms_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__glossary_terms_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__glossary_terms_v_published_locale" AS ENUM('ja', 'en');
  CREATE TYPE "public"."enum_disclaimers_kind" AS ENUM('site', 'topic', 'podcast');
  CREATE TYPE "public"."enum_disclaimers_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__disclaimers_v_version_kind" AS ENUM('site', 'topic', 'podcast');
  CREATE TYPE "public"."enum__disclaimers_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__disclaimers_v_published_locale" AS ENUM('ja', 'en');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'glossary');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "episodes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"series_id" integer,
  	"episode_number" numeric,
  	"hero_image_id" integer,
  	"podcast_audio_id" integer,
  	"podcast_external_url" varchar,
  	"podcast_duration_seconds" numeric,
  	"author_id" integer,
  	"consult_call_to_action_use_site_default" boolean DEFAULT true,
  	"consult_call_to_action_url" varchar,
  	"published_at" timestamp(3) with time zone,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"next_review_due" timestamp(3) with time zone,
  	"seo_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "episodes_locales" (
  	"title" varchar,
  	"lead" varchar,
  	"body" jsonb,
  	"podcast_transcript" varchar,
  	"consult_call_to_action_heading" varchar,
  	"consult_call_to_action_body" varchar,
  	"consult_call_to_action_label" varchar,
  	"seo_title" varchar,
  	"seo_description" varchar,
  	"_status" "enum_episodes_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "episodes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"therapy_categories_id" integer,
  	"disclaimers_id" integer
  );
  
  CREATE TABLE "_episodes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_series_id" integer,
  	"version_episode_number" numeric,
  	"version_hero_image_id" integer,
  	"version_podcast_audio_id" integer,
  	"version_podcast_external_url" varchar,
  	"version_podcast_duration_seconds" numeric,
  	"version_author_id" integer,
  	"version_consult_call_to_action_use_site_default" boolean DEFAULT true,
  	"version_consult_call_to_action_url" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_next_review_due" timestamp(3) with time zone,
  	"version_seo_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__episodes_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_episodes_v_locales" (
  	"version_title" varchar,
  	"version_lead" varchar,
  	"version_body" jsonb,
  	"version_podcast_transcript" varchar,
  	"version_consult_call_to_action_heading" varchar,
  	"version_consult_call_to_action_body" varchar,
  	"version_consult_call_to_action_label" varchar,
  	"version_seo_title" varchar,
  	"version_seo_description" varchar,
  	"version__status" "enum__episodes_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_episodes_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"therapy_categories_id" integer,
  	"disclaimers_id" integer
  );
  
  CREATE TABLE "series" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"planned_episode_count" numeric DEFAULT 10,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_series_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "series_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_series_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_planned_episode_count" numeric DEFAULT 10,
  	"version_order" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__series_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__series_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_series_v_locales" (
  	"version_title" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "therapy_categories_checkpoints" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "therapy_categories_checkpoints_locales" (
  	"point" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "therapy_categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_therapy_categories_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "therapy_categories_locales" (
  	"name" varchar,
  	"introduces" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_therapy_categories_v_version_checkpoints" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_therapy_categories_v_version_checkpoints_locales" (
  	"point" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_therapy_categories_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_order" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__therapy_categories_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__therapy_categories_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_therapy_categories_v_locales" (
  	"version_name" varchar,
  	"version_introduces" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "authors" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "authors_locales" (
  	"display_name" varchar NOT NULL,
  	"bio" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar,
  	"sizes_share_url" varchar,
  	"sizes_share_width" numeric,
  	"sizes_share_height" numeric,
  	"sizes_share_mime_type" varchar,
  	"sizes_share_filesize" numeric,
  	"sizes_share_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "glossary_terms_aliases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"alias" varchar
  );
  
  CREATE TABLE "glossary_terms_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "glossary_terms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"reading" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_glossary_terms_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "glossary_terms_locales" (
  	"term" varchar,
  	"short_definition" varchar,
  	"explanation" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "glossary_terms_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"glossary_terms_id" integer,
  	"therapy_categories_id" integer
  );
  
  CREATE TABLE "_glossary_terms_v_version_aliases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"alias" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_glossary_terms_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_glossary_terms_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_reading" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__glossary_terms_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__glossary_terms_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_glossary_terms_v_locales" (
  	"version_term" varchar,
  	"version_short_definition" varchar,
  	"version_explanation" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_glossary_terms_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"glossary_terms_id" integer,
  	"therapy_categories_id" integer
  );
  
  CREATE TABLE "disclaimers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_disclaimers_kind" DEFAULT 'topic',
  	"version_label" varchar,
  	"active_from" timestamp(3) with time zone,
  	"active_until" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_disclaimers_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "disclaimers_locales" (
  	"text" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_disclaimers_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__disclaimers_v_version_kind" DEFAULT 'topic',
  	"version_version_label" varchar,
  	"version_active_from" timestamp(3) with time zone,
  	"version_active_until" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__disclaimers_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__disclaimers_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_disclaimers_v_locales" (
  	"version_text" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"consult_call_to_action_url" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_settings_locales" (
  	"consult_call_to_action_heading" varchar,
  	"consult_call_to_action_body" varchar,
  	"consult_call_to_action_label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "role" "enum_users_role" DEFAULT 'editor' NOT NULL;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "episodes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "series_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "therapy_categories_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "authors_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "glossary_terms_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "disclaimers_id" integer;
  ALTER TABLE "episodes" ADD CONSTRAINT "episodes_series_id_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."series"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "episodes" ADD CONSTRAINT "episodes_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "episodes" ADD CONSTRAINT "episodes_podcast_audio_id_media_id_fk" FOREIGN KEY ("podcast_audio_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "episodes" ADD CONSTRAINT "episodes_author_id_authors_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."authors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "episodes" ADD CONSTRAINT "episodes_seo_image_id_media_id_fk" FOREIGN KEY ("seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "episodes_locales" ADD CONSTRAINT "episodes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."episodes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "episodes_rels" ADD CONSTRAINT "episodes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."episodes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "episodes_rels" ADD CONSTRAINT "episodes_rels_therapy_categories_fk" FOREIGN KEY ("therapy_categories_id") REFERENCES "public"."therapy_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "episodes_rels" ADD CONSTRAINT "episodes_rels_disclaimers_fk" FOREIGN KEY ("disclaimers_id") REFERENCES "public"."disclaimers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_episodes_v" ADD CONSTRAINT "_episodes_v_parent_id_episodes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."episodes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_episodes_v" ADD CONSTRAINT "_episodes_v_version_series_id_series_id_fk" FOREIGN KEY ("version_series_id") REFERENCES "public"."series"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_episodes_v" ADD CONSTRAINT "_episodes_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_episodes_v" ADD CONSTRAINT "_episodes_v_version_podcast_audio_id_media_id_fk" FOREIGN KEY ("version_podcast_audio_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_episodes_v" ADD CONSTRAINT "_episodes_v_version_author_id_authors_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."authors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_episodes_v" ADD CONSTRAINT "_episodes_v_version_seo_image_id_media_id_fk" FOREIGN KEY ("version_seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_episodes_v_locales" ADD CONSTRAINT "_episodes_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_episodes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_episodes_v_rels" ADD CONSTRAINT "_episodes_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_episodes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_episodes_v_rels" ADD CONSTRAINT "_episodes_v_rels_therapy_categories_fk" FOREIGN KEY ("therapy_categories_id") REFERENCES "public"."therapy_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_episodes_v_rels" ADD CONSTRAINT "_episodes_v_rels_disclaimers_fk" FOREIGN KEY ("disclaimers_id") REFERENCES "public"."disclaimers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "series_locales" ADD CONSTRAINT "series_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."series"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_series_v" ADD CONSTRAINT "_series_v_parent_id_series_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."series"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_series_v_locales" ADD CONSTRAINT "_series_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_series_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "therapy_categories_checkpoints" ADD CONSTRAINT "therapy_categories_checkpoints_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."therapy_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "therapy_categories_checkpoints_locales" ADD CONSTRAINT "therapy_categories_checkpoints_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."therapy_categories_checkpoints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "therapy_categories_locales" ADD CONSTRAINT "therapy_categories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."therapy_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_therapy_categories_v_version_checkpoints" ADD CONSTRAINT "_therapy_categories_v_version_checkpoints_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_therapy_categories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_therapy_categories_v_version_checkpoints_locales" ADD CONSTRAINT "_therapy_categories_v_version_checkpoints_locales_parent__fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_therapy_categories_v_version_checkpoints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_therapy_categories_v" ADD CONSTRAINT "_therapy_categories_v_parent_id_therapy_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."therapy_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_therapy_categories_v_locales" ADD CONSTRAINT "_therapy_categories_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_therapy_categories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "authors_locales" ADD CONSTRAINT "authors_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."authors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms_aliases" ADD CONSTRAINT "glossary_terms_aliases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms_sources" ADD CONSTRAINT "glossary_terms_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms_locales" ADD CONSTRAINT "glossary_terms_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms_rels" ADD CONSTRAINT "glossary_terms_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms_rels" ADD CONSTRAINT "glossary_terms_rels_glossary_terms_fk" FOREIGN KEY ("glossary_terms_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms_rels" ADD CONSTRAINT "glossary_terms_rels_therapy_categories_fk" FOREIGN KEY ("therapy_categories_id") REFERENCES "public"."therapy_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v_version_aliases" ADD CONSTRAINT "_glossary_terms_v_version_aliases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_glossary_terms_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v_version_sources" ADD CONSTRAINT "_glossary_terms_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_glossary_terms_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v" ADD CONSTRAINT "_glossary_terms_v_parent_id_glossary_terms_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."glossary_terms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v_locales" ADD CONSTRAINT "_glossary_terms_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_glossary_terms_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v_rels" ADD CONSTRAINT "_glossary_terms_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_glossary_terms_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v_rels" ADD CONSTRAINT "_glossary_terms_v_rels_glossary_terms_fk" FOREIGN KEY ("glossary_terms_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v_rels" ADD CONSTRAINT "_glossary_terms_v_rels_therapy_categories_fk" FOREIGN KEY ("therapy_categories_id") REFERENCES "public"."therapy_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclaimers_locales" ADD CONSTRAINT "disclaimers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."disclaimers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclaimers_v" ADD CONSTRAINT "_disclaimers_v_parent_id_disclaimers_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclaimers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclaimers_v_locales" ADD CONSTRAINT "_disclaimers_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_disclaimers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_locales" ADD CONSTRAINT "site_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "episodes_slug_idx" ON "episodes" USING btree ("slug");
  CREATE INDEX "episodes_series_idx" ON "episodes" USING btree ("series_id");
  CREATE INDEX "episodes_hero_image_idx" ON "episodes" USING btree ("hero_image_id");
  CREATE INDEX "episodes_podcast_podcast_audio_idx" ON "episodes" USING btree ("podcast_audio_id");
  CREATE INDEX "episodes_author_idx" ON "episodes" USING btree ("author_id");
  CREATE INDEX "episodes_seo_seo_image_idx" ON "episodes" USING btree ("seo_image_id");
  CREATE INDEX "episodes_updated_at_idx" ON "episodes" USING btree ("updated_at");
  CREATE INDEX "episodes_created_at_idx" ON "episodes" USING btree ("created_at");
  CREATE UNIQUE INDEX "series_episodeNumber_idx" ON "episodes" USING btree ("series_id","episode_number");
  CREATE INDEX "episodes__status_idx" ON "episodes_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "episodes_locales_locale_parent_id_unique" ON "episodes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "episodes_rels_order_idx" ON "episodes_rels" USING btree ("order");
  CREATE INDEX "episodes_rels_parent_idx" ON "episodes_rels" USING btree ("parent_id");
  CREATE INDEX "episodes_rels_path_idx" ON "episodes_rels" USING btree ("path");
  CREATE INDEX "episodes_rels_therapy_categories_id_idx" ON "episodes_rels" USING btree ("therapy_categories_id");
  CREATE INDEX "episodes_rels_disclaimers_id_idx" ON "episodes_rels" USING btree ("disclaimers_id");
  CREATE INDEX "_episodes_v_parent_idx" ON "_episodes_v" USING btree ("parent_id");
  CREATE INDEX "_episodes_v_version_version_slug_idx" ON "_episodes_v" USING btree ("version_slug");
  CREATE INDEX "_episodes_v_version_version_series_idx" ON "_episodes_v" USING btree ("version_series_id");
  CREATE INDEX "_episodes_v_version_version_hero_image_idx" ON "_episodes_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_episodes_v_version_podcast_version_podcast_audio_idx" ON "_episodes_v" USING btree ("version_podcast_audio_id");
  CREATE INDEX "_episodes_v_version_version_author_idx" ON "_episodes_v" USING btree ("version_author_id");
  CREATE INDEX "_episodes_v_version_seo_version_seo_image_idx" ON "_episodes_v" USING btree ("version_seo_image_id");
  CREATE INDEX "_episodes_v_version_version_updated_at_idx" ON "_episodes_v" USING btree ("version_updated_at");
  CREATE INDEX "_episodes_v_version_version_created_at_idx" ON "_episodes_v" USING btree ("version_created_at");
  CREATE INDEX "_episodes_v_created_at_idx" ON "_episodes_v" USING btree ("created_at");
  CREATE INDEX "_episodes_v_updated_at_idx" ON "_episodes_v" USING btree ("updated_at");
  CREATE INDEX "_episodes_v_snapshot_idx" ON "_episodes_v" USING btree ("snapshot");
  CREATE INDEX "_episodes_v_published_locale_idx" ON "_episodes_v" USING btree ("published_locale");
  CREATE INDEX "_episodes_v_latest_idx" ON "_episodes_v" USING btree ("latest");
  CREATE INDEX "_episodes_v_autosave_idx" ON "_episodes_v" USING btree ("autosave");
  CREATE INDEX "version_series_version_episodeNumber_idx" ON "_episodes_v" USING btree ("version_series_id","version_episode_number");
  CREATE INDEX "_episodes_v_version_version__status_idx" ON "_episodes_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_episodes_v_locales_locale_parent_id_unique" ON "_episodes_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_episodes_v_rels_order_idx" ON "_episodes_v_rels" USING btree ("order");
  CREATE INDEX "_episodes_v_rels_parent_idx" ON "_episodes_v_rels" USING btree ("parent_id");
  CREATE INDEX "_episodes_v_rels_path_idx" ON "_episodes_v_rels" USING btree ("path");
  CREATE INDEX "_episodes_v_rels_therapy_categories_id_idx" ON "_episodes_v_rels" USING btree ("therapy_categories_id");
  CREATE INDEX "_episodes_v_rels_disclaimers_id_idx" ON "_episodes_v_rels" USING btree ("disclaimers_id");
  CREATE UNIQUE INDEX "series_slug_idx" ON "series" USING btree ("slug");
  CREATE INDEX "series_updated_at_idx" ON "series" USING btree ("updated_at");
  CREATE INDEX "series_created_at_idx" ON "series" USING btree ("created_at");
  CREATE INDEX "series__status_idx" ON "series" USING btree ("_status");
  CREATE UNIQUE INDEX "series_locales_locale_parent_id_unique" ON "series_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_series_v_parent_idx" ON "_series_v" USING btree ("parent_id");
  CREATE INDEX "_series_v_version_version_slug_idx" ON "_series_v" USING btree ("version_slug");
  CREATE INDEX "_series_v_version_version_updated_at_idx" ON "_series_v" USING btree ("version_updated_at");
  CREATE INDEX "_series_v_version_version_created_at_idx" ON "_series_v" USING btree ("version_created_at");
  CREATE INDEX "_series_v_version_version__status_idx" ON "_series_v" USING btree ("version__status");
  CREATE INDEX "_series_v_created_at_idx" ON "_series_v" USING btree ("created_at");
  CREATE INDEX "_series_v_updated_at_idx" ON "_series_v" USING btree ("updated_at");
  CREATE INDEX "_series_v_snapshot_idx" ON "_series_v" USING btree ("snapshot");
  CREATE INDEX "_series_v_published_locale_idx" ON "_series_v" USING btree ("published_locale");
  CREATE INDEX "_series_v_latest_idx" ON "_series_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_series_v_locales_locale_parent_id_unique" ON "_series_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "therapy_categories_checkpoints_order_idx" ON "therapy_categories_checkpoints" USING btree ("_order");
  CREATE INDEX "therapy_categories_checkpoints_parent_id_idx" ON "therapy_categories_checkpoints" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "therapy_categories_checkpoints_locales_locale_parent_id_uniq" ON "therapy_categories_checkpoints_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "therapy_categories_slug_idx" ON "therapy_categories" USING btree ("slug");
  CREATE INDEX "therapy_categories_updated_at_idx" ON "therapy_categories" USING btree ("updated_at");
  CREATE INDEX "therapy_categories_created_at_idx" ON "therapy_categories" USING btree ("created_at");
  CREATE INDEX "therapy_categories__status_idx" ON "therapy_categories" USING btree ("_status");
  CREATE UNIQUE INDEX "therapy_categories_locales_locale_parent_id_unique" ON "therapy_categories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_therapy_categories_v_version_checkpoints_order_idx" ON "_therapy_categories_v_version_checkpoints" USING btree ("_order");
  CREATE INDEX "_therapy_categories_v_version_checkpoints_parent_id_idx" ON "_therapy_categories_v_version_checkpoints" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_therapy_categories_v_version_checkpoints_locales_locale_par" ON "_therapy_categories_v_version_checkpoints_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_therapy_categories_v_parent_idx" ON "_therapy_categories_v" USING btree ("parent_id");
  CREATE INDEX "_therapy_categories_v_version_version_slug_idx" ON "_therapy_categories_v" USING btree ("version_slug");
  CREATE INDEX "_therapy_categories_v_version_version_updated_at_idx" ON "_therapy_categories_v" USING btree ("version_updated_at");
  CREATE INDEX "_therapy_categories_v_version_version_created_at_idx" ON "_therapy_categories_v" USING btree ("version_created_at");
  CREATE INDEX "_therapy_categories_v_version_version__status_idx" ON "_therapy_categories_v" USING btree ("version__status");
  CREATE INDEX "_therapy_categories_v_created_at_idx" ON "_therapy_categories_v" USING btree ("created_at");
  CREATE INDEX "_therapy_categories_v_updated_at_idx" ON "_therapy_categories_v" USING btree ("updated_at");
  CREATE INDEX "_therapy_categories_v_snapshot_idx" ON "_therapy_categories_v" USING btree ("snapshot");
  CREATE INDEX "_therapy_categories_v_published_locale_idx" ON "_therapy_categories_v" USING btree ("published_locale");
  CREATE INDEX "_therapy_categories_v_latest_idx" ON "_therapy_categories_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_therapy_categories_v_locales_locale_parent_id_unique" ON "_therapy_categories_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "authors_updated_at_idx" ON "authors" USING btree ("updated_at");
  CREATE INDEX "authors_created_at_idx" ON "authors" USING btree ("created_at");
  CREATE UNIQUE INDEX "authors_locales_locale_parent_id_unique" ON "authors_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "media_sizes_share_sizes_share_filename_idx" ON "media" USING btree ("sizes_share_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "glossary_terms_aliases_order_idx" ON "glossary_terms_aliases" USING btree ("_order");
  CREATE INDEX "glossary_terms_aliases_parent_id_idx" ON "glossary_terms_aliases" USING btree ("_parent_id");
  CREATE INDEX "glossary_terms_aliases_locale_idx" ON "glossary_terms_aliases" USING btree ("_locale");
  CREATE INDEX "glossary_terms_sources_order_idx" ON "glossary_terms_sources" USING btree ("_order");
  CREATE INDEX "glossary_terms_sources_parent_id_idx" ON "glossary_terms_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "glossary_terms_slug_idx" ON "glossary_terms" USING btree ("slug");
  CREATE INDEX "glossary_terms_updated_at_idx" ON "glossary_terms" USING btree ("updated_at");
  CREATE INDEX "glossary_terms_created_at_idx" ON "glossary_terms" USING btree ("created_at");
  CREATE INDEX "glossary_terms__status_idx" ON "glossary_terms" USING btree ("_status");
  CREATE UNIQUE INDEX "glossary_terms_locales_locale_parent_id_unique" ON "glossary_terms_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "glossary_terms_rels_order_idx" ON "glossary_terms_rels" USING btree ("order");
  CREATE INDEX "glossary_terms_rels_parent_idx" ON "glossary_terms_rels" USING btree ("parent_id");
  CREATE INDEX "glossary_terms_rels_path_idx" ON "glossary_terms_rels" USING btree ("path");
  CREATE INDEX "glossary_terms_rels_glossary_terms_id_idx" ON "glossary_terms_rels" USING btree ("glossary_terms_id");
  CREATE INDEX "glossary_terms_rels_therapy_categories_id_idx" ON "glossary_terms_rels" USING btree ("therapy_categories_id");
  CREATE INDEX "_glossary_terms_v_version_aliases_order_idx" ON "_glossary_terms_v_version_aliases" USING btree ("_order");
  CREATE INDEX "_glossary_terms_v_version_aliases_parent_id_idx" ON "_glossary_terms_v_version_aliases" USING btree ("_parent_id");
  CREATE INDEX "_glossary_terms_v_version_aliases_locale_idx" ON "_glossary_terms_v_version_aliases" USING btree ("_locale");
  CREATE INDEX "_glossary_terms_v_version_sources_order_idx" ON "_glossary_terms_v_version_sources" USING btree ("_order");
  CREATE INDEX "_glossary_terms_v_version_sources_parent_id_idx" ON "_glossary_terms_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_glossary_terms_v_parent_idx" ON "_glossary_terms_v" USING btree ("parent_id");
  CREATE INDEX "_glossary_terms_v_version_version_slug_idx" ON "_glossary_terms_v" USING btree ("version_slug");
  CREATE INDEX "_glossary_terms_v_version_version_updated_at_idx" ON "_glossary_terms_v" USING btree ("version_updated_at");
  CREATE INDEX "_glossary_terms_v_version_version_created_at_idx" ON "_glossary_terms_v" USING btree ("version_created_at");
  CREATE INDEX "_glossary_terms_v_version_version__status_idx" ON "_glossary_terms_v" USING btree ("version__status");
  CREATE INDEX "_glossary_terms_v_created_at_idx" ON "_glossary_terms_v" USING btree ("created_at");
  CREATE INDEX "_glossary_terms_v_updated_at_idx" ON "_glossary_terms_v" USING btree ("updated_at");
  CREATE INDEX "_glossary_terms_v_snapshot_idx" ON "_glossary_terms_v" USING btree ("snapshot");
  CREATE INDEX "_glossary_terms_v_published_locale_idx" ON "_glossary_terms_v" USING btree ("published_locale");
  CREATE INDEX "_glossary_terms_v_latest_idx" ON "_glossary_terms_v" USING btree ("latest");
  CREATE INDEX "_glossary_terms_v_autosave_idx" ON "_glossary_terms_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_glossary_terms_v_locales_locale_parent_id_unique" ON "_glossary_terms_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_glossary_terms_v_rels_order_idx" ON "_glossary_terms_v_rels" USING btree ("order");
  CREATE INDEX "_glossary_terms_v_rels_parent_idx" ON "_glossary_terms_v_rels" USING btree ("parent_id");
  CREATE INDEX "_glossary_terms_v_rels_path_idx" ON "_glossary_terms_v_rels" USING btree ("path");
  CREATE INDEX "_glossary_terms_v_rels_glossary_terms_id_idx" ON "_glossary_terms_v_rels" USING btree ("glossary_terms_id");
  CREATE INDEX "_glossary_terms_v_rels_therapy_categories_id_idx" ON "_glossary_terms_v_rels" USING btree ("therapy_categories_id");
  CREATE INDEX "disclaimers_updated_at_idx" ON "disclaimers" USING btree ("updated_at");
  CREATE INDEX "disclaimers_created_at_idx" ON "disclaimers" USING btree ("created_at");
  CREATE INDEX "disclaimers__status_idx" ON "disclaimers" USING btree ("_status");
  CREATE UNIQUE INDEX "disclaimers_locales_locale_parent_id_unique" ON "disclaimers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_disclaimers_v_parent_idx" ON "_disclaimers_v" USING btree ("parent_id");
  CREATE INDEX "_disclaimers_v_version_version_updated_at_idx" ON "_disclaimers_v" USING btree ("version_updated_at");
  CREATE INDEX "_disclaimers_v_version_version_created_at_idx" ON "_disclaimers_v" USING btree ("version_created_at");
  CREATE INDEX "_disclaimers_v_version_version__status_idx" ON "_disclaimers_v" USING btree ("version__status");
  CREATE INDEX "_disclaimers_v_created_at_idx" ON "_disclaimers_v" USING btree ("created_at");
  CREATE INDEX "_disclaimers_v_updated_at_idx" ON "_disclaimers_v" USING btree ("updated_at");
  CREATE INDEX "_disclaimers_v_snapshot_idx" ON "_disclaimers_v" USING btree ("snapshot");
  CREATE INDEX "_disclaimers_v_published_locale_idx" ON "_disclaimers_v" USING btree ("published_locale");
  CREATE INDEX "_disclaimers_v_latest_idx" ON "_disclaimers_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_disclaimers_v_locales_locale_parent_id_unique" ON "_disclaimers_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_settings_locales_locale_parent_id_unique" ON "site_settings_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_episodes_fk" FOREIGN KEY ("episodes_id") REFERENCES "public"."episodes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_series_fk" FOREIGN KEY ("series_id") REFERENCES "public"."series"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_therapy_categories_fk" FOREIGN KEY ("therapy_categories_id") REFERENCES "public"."therapy_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_authors_fk" FOREIGN KEY ("authors_id") REFERENCES "public"."authors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_glossary_terms_fk" FOREIGN KEY ("glossary_terms_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclaimers_fk" FOREIGN KEY ("disclaimers_id") REFERENCES "public"."disclaimers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_episodes_id_idx" ON "payload_locked_documents_rels" USING btree ("episodes_id");
  CREATE INDEX "payload_locked_documents_rels_series_id_idx" ON "payload_locked_documents_rels" USING btree ("series_id");
  CREATE INDEX "payload_locked_documents_rels_therapy_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("therapy_categories_id");
  CREATE INDEX "payload_locked_documents_rels_authors_id_idx" ON "payload_locked_documents_rels" USING btree ("authors_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_glossary_terms_id_idx" ON "payload_locked_documents_rels" USING btree ("glossary_terms_id");
  CREATE INDEX "payload_locked_documents_rels_disclaimers_id_idx" ON "payload_locked_documents_rels" USING btree ("disclaimers_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "episodes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "episodes_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "episodes_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_episodes_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_episodes_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_episodes_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "series" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "series_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_series_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_series_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "therapy_categories_checkpoints" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "therapy_categories_checkpoints_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "therapy_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "therapy_categories_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_therapy_categories_v_version_checkpoints" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_therapy_categories_v_version_checkpoints_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_therapy_categories_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_therapy_categories_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "authors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "authors_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "glossary_terms_aliases" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "glossary_terms_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "glossary_terms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "glossary_terms_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "glossary_terms_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_glossary_terms_v_version_aliases" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_glossary_terms_v_version_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_glossary_terms_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_glossary_terms_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_glossary_terms_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclaimers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclaimers_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_disclaimers_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_disclaimers_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "episodes" CASCADE;
  DROP TABLE "episodes_locales" CASCADE;
  DROP TABLE "episodes_rels" CASCADE;
  DROP TABLE "_episodes_v" CASCADE;
  DROP TABLE "_episodes_v_locales" CASCADE;
  DROP TABLE "_episodes_v_rels" CASCADE;
  DROP TABLE "series" CASCADE;
  DROP TABLE "series_locales" CASCADE;
  DROP TABLE "_series_v" CASCADE;
  DROP TABLE "_series_v_locales" CASCADE;
  DROP TABLE "therapy_categories_checkpoints" CASCADE;
  DROP TABLE "therapy_categories_checkpoints_locales" CASCADE;
  DROP TABLE "therapy_categories" CASCADE;
  DROP TABLE "therapy_categories_locales" CASCADE;
  DROP TABLE "_therapy_categories_v_version_checkpoints" CASCADE;
  DROP TABLE "_therapy_categories_v_version_checkpoints_locales" CASCADE;
  DROP TABLE "_therapy_categories_v" CASCADE;
  DROP TABLE "_therapy_categories_v_locales" CASCADE;
  DROP TABLE "authors" CASCADE;
  DROP TABLE "authors_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "glossary_terms_aliases" CASCADE;
  DROP TABLE "glossary_terms_sources" CASCADE;
  DROP TABLE "glossary_terms" CASCADE;
  DROP TABLE "glossary_terms_locales" CASCADE;
  DROP TABLE "glossary_terms_rels" CASCADE;
  DROP TABLE "_glossary_terms_v_version_aliases" CASCADE;
  DROP TABLE "_glossary_terms_v_version_sources" CASCADE;
  DROP TABLE "_glossary_terms_v" CASCADE;
  DROP TABLE "_glossary_terms_v_locales" CASCADE;
  DROP TABLE "_glossary_terms_v_rels" CASCADE;
  DROP TABLE "disclaimers" CASCADE;
  DROP TABLE "disclaimers_locales" CASCADE;
  DROP TABLE "_disclaimers_v" CASCADE;
  DROP TABLE "_disclaimers_v_locales" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "site_settings_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_episodes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_series_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_therapy_categories_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_authors_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_glossary_terms_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_disclaimers_fk";
  
  DROP INDEX "payload_locked_documents_rels_episodes_id_idx";
  DROP INDEX "payload_locked_documents_rels_series_id_idx";
  DROP INDEX "payload_locked_documents_rels_therapy_categories_id_idx";
  DROP INDEX "payload_locked_documents_rels_authors_id_idx";
  DROP INDEX "payload_locked_documents_rels_media_id_idx";
  DROP INDEX "payload_locked_documents_rels_glossary_terms_id_idx";
  DROP INDEX "payload_locked_documents_rels_disclaimers_id_idx";
  ALTER TABLE "users" DROP COLUMN "role";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "episodes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "series_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "therapy_categories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "authors_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "glossary_terms_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "disclaimers_id";
  DROP TYPE "public"."enum_episodes_status";
  DROP TYPE "public"."enum__episodes_v_published_locale";
  DROP TYPE "public"."enum__episodes_v_version_status";
  DROP TYPE "public"."enum_series_status";
  DROP TYPE "public"."enum__series_v_version_status";
  DROP TYPE "public"."enum__series_v_published_locale";
  DROP TYPE "public"."enum_therapy_categories_status";
  DROP TYPE "public"."enum__therapy_categories_v_version_status";
  DROP TYPE "public"."enum__therapy_categories_v_published_locale";
  DROP TYPE "public"."enum_glossary_terms_status";
  DROP TYPE "public"."enum__glossary_terms_v_version_status";
  DROP TYPE "public"."enum__glossary_terms_v_published_locale";
  DROP TYPE "public"."enum_disclaimers_kind";
  DROP TYPE "public"."enum_disclaimers_status";
  DROP TYPE "public"."enum__disclaimers_v_version_kind";
  DROP TYPE "public"."enum__disclaimers_v_version_status";
  DROP TYPE "public"."enum__disclaimers_v_published_locale";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
