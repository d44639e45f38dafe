import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_questions_review_status" AS ENUM('draft', 'inReview', 'changesRequested', 'approved');
  CREATE TYPE "public"."enum_questions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__questions_v_version_review_status" AS ENUM('draft', 'inReview', 'changesRequested', 'approved');
  CREATE TYPE "public"."enum__questions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_hints_review_status" AS ENUM('draft', 'inReview', 'changesRequested', 'approved');
  CREATE TYPE "public"."enum_hints_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__hints_v_version_review_status" AS ENUM('draft', 'inReview', 'changesRequested', 'approved');
  CREATE TYPE "public"."enum__hints_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_import_runs_outcome" AS ENUM('imported', 'unchanged', 'failed');
  CREATE TYPE "public"."enum_review_events_subject" AS ENUM('question', 'hint');
  CREATE TYPE "public"."enum_review_events_action" AS ENUM('create', 'edit', 'submit', 'approve', 'requestChanges', 'reopen', 'revise');
  CREATE TYPE "public"."enum_review_events_from_status" AS ENUM('draft', 'inReview', 'changesRequested', 'approved');
  CREATE TYPE "public"."enum_review_events_to_status" AS ENUM('draft', 'inReview', 'changesRequested', 'approved');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'reviewer');
  CREATE TABLE "roles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"title" varchar,
  	"summary" varchar,
  	"source" varchar,
  	"last_edited_by_id" integer,
  	"last_edited_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "levels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"rank" numeric DEFAULT 100 NOT NULL,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "questions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"role_id" integer,
  	"level_id" integer,
  	"position" numeric DEFAULT 1,
  	"prompt" varchar,
  	"working_title" varchar,
  	"hint_title" varchar,
  	"needs_wording" boolean DEFAULT true,
  	"review_status" "enum_questions_review_status" DEFAULT 'draft',
  	"review_status_changed_at" timestamp(3) with time zone,
  	"stable_id" varchar,
  	"provenance_source_file" varchar,
  	"provenance_line" numeric,
  	"provenance_column" numeric,
  	"provenance_document_hash" varchar,
  	"provenance_content_hash" varchar,
  	"provenance_import_run_id" integer,
  	"last_edited_by_id" integer,
  	"last_edited_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_questions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "questions_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "questions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_questions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_role_id" integer,
  	"version_level_id" integer,
  	"version_position" numeric DEFAULT 1,
  	"version_prompt" varchar,
  	"version_working_title" varchar,
  	"version_hint_title" varchar,
  	"version_needs_wording" boolean DEFAULT true,
  	"version_review_status" "enum__questions_v_version_review_status" DEFAULT 'draft',
  	"version_review_status_changed_at" timestamp(3) with time zone,
  	"version_stable_id" varchar,
  	"version_provenance_source_file" varchar,
  	"version_provenance_line" numeric,
  	"version_provenance_column" numeric,
  	"version_provenance_document_hash" varchar,
  	"version_provenance_content_hash" varchar,
  	"version_provenance_import_run_id" integer,
  	"version_last_edited_by_id" integer,
  	"version_last_edited_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__questions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_questions_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_questions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "hints" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"question_id" integer,
  	"position" numeric DEFAULT 1,
  	"text" jsonb,
  	"plain_text" varchar,
  	"markdown" varchar,
  	"review_status" "enum_hints_review_status" DEFAULT 'draft',
  	"review_status_changed_at" timestamp(3) with time zone,
  	"last_edited_by_id" integer,
  	"last_edited_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_hints_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "hints_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_hints_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_question_id" integer,
  	"version_position" numeric DEFAULT 1,
  	"version_text" jsonb,
  	"version_plain_text" varchar,
  	"version_markdown" varchar,
  	"version_review_status" "enum__hints_v_version_review_status" DEFAULT 'draft',
  	"version_review_status_changed_at" timestamp(3) with time zone,
  	"version_last_edited_by_id" integer,
  	"version_last_edited_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__hints_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_hints_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "releases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"role_id" integer NOT NULL,
  	"version" numeric NOT NULL,
  	"content_hash" varchar NOT NULL,
  	"question_count" numeric,
  	"published_by_id" integer,
  	"contents" jsonb,
  	"snapshot" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "import_runs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"file_name" varchar NOT NULL,
  	"document_hash" varchar NOT NULL,
  	"layout" varchar,
  	"role_id" integer,
  	"started_by_id" integer,
  	"outcome" "enum_import_runs_outcome" NOT NULL,
  	"counts_created" numeric DEFAULT 0,
  	"counts_updated" numeric DEFAULT 0,
  	"counts_unchanged" numeric DEFAULT 0,
  	"counts_proposed" numeric DEFAULT 0,
  	"diagnostics" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subject" "enum_review_events_subject" NOT NULL,
  	"action" "enum_review_events_action" NOT NULL,
  	"from_status" "enum_review_events_from_status",
  	"to_status" "enum_review_events_to_status" NOT NULL,
  	"question_id" integer,
  	"hint_id" integer,
  	"document_id" varchar,
  	"actor_id" integer,
  	"actor_name" varchar,
  	"comment" varchar,
  	"published" boolean DEFAULT false,
  	"wording" varchar,
  	"approved_wording" varchar,
  	"diff" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_events_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"roles_id" integer,
  	"levels_id" integer,
  	"questions_id" integer,
  	"hints_id" integer,
  	"releases_id" integer,
  	"import_runs_id" integer,
  	"review_events_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "roles" ADD CONSTRAINT "roles_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_level_id_levels_id_fk" FOREIGN KEY ("level_id") REFERENCES "public"."levels"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_provenance_import_run_id_import_runs_id_fk" FOREIGN KEY ("provenance_import_run_id") REFERENCES "public"."import_runs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions_texts" ADD CONSTRAINT "questions_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_rels" ADD CONSTRAINT "questions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_rels" ADD CONSTRAINT "questions_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_parent_id_questions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_version_role_id_roles_id_fk" FOREIGN KEY ("version_role_id") REFERENCES "public"."roles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_version_level_id_levels_id_fk" FOREIGN KEY ("version_level_id") REFERENCES "public"."levels"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_version_provenance_import_run_id_import_runs_id_fk" FOREIGN KEY ("version_provenance_import_run_id") REFERENCES "public"."import_runs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v_texts" ADD CONSTRAINT "_questions_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_questions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v_rels" ADD CONSTRAINT "_questions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_questions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v_rels" ADD CONSTRAINT "_questions_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "hints" ADD CONSTRAINT "hints_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "hints" ADD CONSTRAINT "hints_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "hints_rels" ADD CONSTRAINT "hints_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."hints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "hints_rels" ADD CONSTRAINT "hints_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_hints_v" ADD CONSTRAINT "_hints_v_parent_id_hints_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."hints"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_hints_v" ADD CONSTRAINT "_hints_v_version_question_id_questions_id_fk" FOREIGN KEY ("version_question_id") REFERENCES "public"."questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_hints_v" ADD CONSTRAINT "_hints_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_hints_v_rels" ADD CONSTRAINT "_hints_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_hints_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_hints_v_rels" ADD CONSTRAINT "_hints_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases" ADD CONSTRAINT "releases_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "releases" ADD CONSTRAINT "releases_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "import_runs" ADD CONSTRAINT "import_runs_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "import_runs" ADD CONSTRAINT "import_runs_started_by_id_users_id_fk" FOREIGN KEY ("started_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_events" ADD CONSTRAINT "review_events_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_events" ADD CONSTRAINT "review_events_hint_id_hints_id_fk" FOREIGN KEY ("hint_id") REFERENCES "public"."hints"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_events" ADD CONSTRAINT "review_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_events_texts" ADD CONSTRAINT "review_events_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."review_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_roles_fk" FOREIGN KEY ("roles_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_levels_fk" FOREIGN KEY ("levels_id") REFERENCES "public"."levels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_questions_fk" FOREIGN KEY ("questions_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_hints_fk" FOREIGN KEY ("hints_id") REFERENCES "public"."hints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_releases_fk" FOREIGN KEY ("releases_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_import_runs_fk" FOREIGN KEY ("import_runs_id") REFERENCES "public"."import_runs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_events_fk" FOREIGN KEY ("review_events_id") REFERENCES "public"."review_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "roles_name_idx" ON "roles" USING btree ("name");
  CREATE UNIQUE INDEX "roles_slug_idx" ON "roles" USING btree ("slug");
  CREATE INDEX "roles_last_edited_by_idx" ON "roles" USING btree ("last_edited_by_id");
  CREATE INDEX "roles_updated_at_idx" ON "roles" USING btree ("updated_at");
  CREATE INDEX "roles_created_at_idx" ON "roles" USING btree ("created_at");
  CREATE UNIQUE INDEX "levels_name_idx" ON "levels" USING btree ("name");
  CREATE UNIQUE INDEX "levels_slug_idx" ON "levels" USING btree ("slug");
  CREATE INDEX "levels_rank_idx" ON "levels" USING btree ("rank");
  CREATE INDEX "levels_updated_at_idx" ON "levels" USING btree ("updated_at");
  CREATE INDEX "levels_created_at_idx" ON "levels" USING btree ("created_at");
  CREATE INDEX "questions_role_idx" ON "questions" USING btree ("role_id");
  CREATE INDEX "questions_level_idx" ON "questions" USING btree ("level_id");
  CREATE INDEX "questions_position_idx" ON "questions" USING btree ("position");
  CREATE INDEX "questions_needs_wording_idx" ON "questions" USING btree ("needs_wording");
  CREATE INDEX "questions_review_status_idx" ON "questions" USING btree ("review_status");
  CREATE INDEX "questions_review_status_changed_at_idx" ON "questions" USING btree ("review_status_changed_at");
  CREATE UNIQUE INDEX "questions_stable_id_idx" ON "questions" USING btree ("stable_id");
  CREATE INDEX "questions_provenance_provenance_content_hash_idx" ON "questions" USING btree ("provenance_content_hash");
  CREATE INDEX "questions_provenance_provenance_import_run_idx" ON "questions" USING btree ("provenance_import_run_id");
  CREATE INDEX "questions_last_edited_by_idx" ON "questions" USING btree ("last_edited_by_id");
  CREATE INDEX "questions_updated_at_idx" ON "questions" USING btree ("updated_at");
  CREATE INDEX "questions_created_at_idx" ON "questions" USING btree ("created_at");
  CREATE INDEX "questions__status_idx" ON "questions" USING btree ("_status");
  CREATE INDEX "questions_texts_order_parent" ON "questions_texts" USING btree ("order","parent_id");
  CREATE INDEX "questions_rels_order_idx" ON "questions_rels" USING btree ("order");
  CREATE INDEX "questions_rels_parent_idx" ON "questions_rels" USING btree ("parent_id");
  CREATE INDEX "questions_rels_path_idx" ON "questions_rels" USING btree ("path");
  CREATE INDEX "questions_rels_users_id_idx" ON "questions_rels" USING btree ("users_id");
  CREATE INDEX "_questions_v_parent_idx" ON "_questions_v" USING btree ("parent_id");
  CREATE INDEX "_questions_v_version_version_role_idx" ON "_questions_v" USING btree ("version_role_id");
  CREATE INDEX "_questions_v_version_version_level_idx" ON "_questions_v" USING btree ("version_level_id");
  CREATE INDEX "_questions_v_version_version_position_idx" ON "_questions_v" USING btree ("version_position");
  CREATE INDEX "_questions_v_version_version_needs_wording_idx" ON "_questions_v" USING btree ("version_needs_wording");
  CREATE INDEX "_questions_v_version_version_review_status_idx" ON "_questions_v" USING btree ("version_review_status");
  CREATE INDEX "_questions_v_version_version_review_status_changed_at_idx" ON "_questions_v" USING btree ("version_review_status_changed_at");
  CREATE INDEX "_questions_v_version_version_stable_id_idx" ON "_questions_v" USING btree ("version_stable_id");
  CREATE INDEX "_questions_v_version_provenance_version_provenance_conte_idx" ON "_questions_v" USING btree ("version_provenance_content_hash");
  CREATE INDEX "_questions_v_version_provenance_version_provenance_impor_idx" ON "_questions_v" USING btree ("version_provenance_import_run_id");
  CREATE INDEX "_questions_v_version_version_last_edited_by_idx" ON "_questions_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_questions_v_version_version_updated_at_idx" ON "_questions_v" USING btree ("version_updated_at");
  CREATE INDEX "_questions_v_version_version_created_at_idx" ON "_questions_v" USING btree ("version_created_at");
  CREATE INDEX "_questions_v_version_version__status_idx" ON "_questions_v" USING btree ("version__status");
  CREATE INDEX "_questions_v_created_at_idx" ON "_questions_v" USING btree ("created_at");
  CREATE INDEX "_questions_v_updated_at_idx" ON "_questions_v" USING btree ("updated_at");
  CREATE INDEX "_questions_v_latest_idx" ON "_questions_v" USING btree ("latest");
  CREATE INDEX "_questions_v_texts_order_parent" ON "_questions_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_questions_v_rels_order_idx" ON "_questions_v_rels" USING btree ("order");
  CREATE INDEX "_questions_v_rels_parent_idx" ON "_questions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_questions_v_rels_path_idx" ON "_questions_v_rels" USING btree ("path");
  CREATE INDEX "_questions_v_rels_users_id_idx" ON "_questions_v_rels" USING btree ("users_id");
  CREATE INDEX "hints_question_idx" ON "hints" USING btree ("question_id");
  CREATE INDEX "hints_plain_text_idx" ON "hints" USING btree ("plain_text");
  CREATE INDEX "hints_review_status_idx" ON "hints" USING btree ("review_status");
  CREATE INDEX "hints_review_status_changed_at_idx" ON "hints" USING btree ("review_status_changed_at");
  CREATE INDEX "hints_last_edited_by_idx" ON "hints" USING btree ("last_edited_by_id");
  CREATE INDEX "hints_updated_at_idx" ON "hints" USING btree ("updated_at");
  CREATE INDEX "hints_created_at_idx" ON "hints" USING btree ("created_at");
  CREATE INDEX "hints__status_idx" ON "hints" USING btree ("_status");
  CREATE INDEX "hints_rels_order_idx" ON "hints_rels" USING btree ("order");
  CREATE INDEX "hints_rels_parent_idx" ON "hints_rels" USING btree ("parent_id");
  CREATE INDEX "hints_rels_path_idx" ON "hints_rels" USING btree ("path");
  CREATE INDEX "hints_rels_users_id_idx" ON "hints_rels" USING btree ("users_id");
  CREATE INDEX "_hints_v_parent_idx" ON "_hints_v" USING btree ("parent_id");
  CREATE INDEX "_hints_v_version_version_question_idx" ON "_hints_v" USING btree ("version_question_id");
  CREATE INDEX "_hints_v_version_version_plain_text_idx" ON "_hints_v" USING btree ("version_plain_text");
  CREATE INDEX "_hints_v_version_version_review_status_idx" ON "_hints_v" USING btree ("version_review_status");
  CREATE INDEX "_hints_v_version_version_review_status_changed_at_idx" ON "_hints_v" USING btree ("version_review_status_changed_at");
  CREATE INDEX "_hints_v_version_version_last_edited_by_idx" ON "_hints_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_hints_v_version_version_updated_at_idx" ON "_hints_v" USING btree ("version_updated_at");
  CREATE INDEX "_hints_v_version_version_created_at_idx" ON "_hints_v" USING btree ("version_created_at");
  CREATE INDEX "_hints_v_version_version__status_idx" ON "_hints_v" USING btree ("version__status");
  CREATE INDEX "_hints_v_created_at_idx" ON "_hints_v" USING btree ("created_at");
  CREATE INDEX "_hints_v_updated_at_idx" ON "_hints_v" USING btree ("updated_at");
  CREATE INDEX "_hints_v_latest_idx" ON "_hints_v" USING btree ("latest");
  CREATE INDEX "_hints_v_rels_order_idx" ON "_hints_v_rels" USING btree ("order");
  CREATE INDEX "_hints_v_rels_parent_idx" ON "_hints_v_rels" USING btree ("parent_id");
  CREATE INDEX "_hints_v_rels_path_idx" ON "_hints_v_rels" USING btree ("path");
  CREATE INDEX "_hints_v_rels_users_id_idx" ON "_hints_v_rels" USING btree ("users_id");
  CREATE INDEX "releases_role_idx" ON "releases" USING btree ("role_id");
  CREATE INDEX "releases_version_idx" ON "releases" USING btree ("version");
  CREATE INDEX "releases_content_hash_idx" ON "releases" USING btree ("content_hash");
  CREATE INDEX "releases_published_by_idx" ON "releases" USING btree ("published_by_id");
  CREATE INDEX "releases_updated_at_idx" ON "releases" USING btree ("updated_at");
  CREATE INDEX "releases_created_at_idx" ON "releases" USING btree ("created_at");
  CREATE INDEX "import_runs_document_hash_idx" ON "import_runs" USING btree ("document_hash");
  CREATE INDEX "import_runs_role_idx" ON "import_runs" USING btree ("role_id");
  CREATE INDEX "import_runs_started_by_idx" ON "import_runs" USING btree ("started_by_id");
  CREATE INDEX "import_runs_updated_at_idx" ON "import_runs" USING btree ("updated_at");
  CREATE INDEX "import_runs_created_at_idx" ON "import_runs" USING btree ("created_at");
  CREATE INDEX "review_events_subject_idx" ON "review_events" USING btree ("subject");
  CREATE INDEX "review_events_action_idx" ON "review_events" USING btree ("action");
  CREATE INDEX "review_events_question_idx" ON "review_events" USING btree ("question_id");
  CREATE INDEX "review_events_hint_idx" ON "review_events" USING btree ("hint_id");
  CREATE INDEX "review_events_document_id_idx" ON "review_events" USING btree ("document_id");
  CREATE INDEX "review_events_actor_idx" ON "review_events" USING btree ("actor_id");
  CREATE INDEX "review_events_updated_at_idx" ON "review_events" USING btree ("updated_at");
  CREATE INDEX "review_events_created_at_idx" ON "review_events" USING btree ("created_at");
  CREATE INDEX "review_events_texts_order_parent" ON "review_events_texts" USING btree ("order","parent_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_roles_id_idx" ON "payload_locked_documents_rels" USING btree ("roles_id");
  CREATE INDEX "payload_locked_documents_rels_levels_id_idx" ON "payload_locked_documents_rels" USING btree ("levels_id");
  CREATE INDEX "payload_locked_documents_rels_questions_id_idx" ON "payload_locked_documents_rels" USING btree ("questions_id");
  CREATE INDEX "payload_locked_documents_rels_hints_id_idx" ON "payload_locked_documents_rels" USING btree ("hints_id");
  CREATE INDEX "payload_locked_documents_rels_releases_id_idx" ON "payload_locked_documents_rels" USING btree ("releases_id");
  CREATE INDEX "payload_locked_documents_rels_import_runs_id_idx" ON "payload_locked_documents_rels" USING btree ("import_runs_id");
  CREATE INDEX "payload_locked_documents_rels_review_events_id_idx" ON "payload_locked_documents_rels" USING btree ("review_events_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "roles" CASCADE;
  DROP TABLE "levels" CASCADE;
  DROP TABLE "questions" CASCADE;
  DROP TABLE "questions_texts" CASCADE;
  DROP TABLE "questions_rels" CASCADE;
  DROP TABLE "_questions_v" CASCADE;
  DROP TABLE "_questions_v_texts" CASCADE;
  DROP TABLE "_questions_v_rels" CASCADE;
  DROP TABLE "hints" CASCADE;
  DROP TABLE "hints_rels" CASCADE;
  DROP TABLE "_hints_v" CASCADE;
  DROP TABLE "_hints_v_rels" CASCADE;
  DROP TABLE "releases" CASCADE;
  DROP TABLE "import_runs" CASCADE;
  DROP TABLE "review_events" CASCADE;
  DROP TABLE "review_events_texts" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_questions_review_status";
  DROP TYPE "public"."enum_questions_status";
  DROP TYPE "public"."enum__questions_v_version_review_status";
  DROP TYPE "public"."enum__questions_v_version_status";
  DROP TYPE "public"."enum_hints_review_status";
  DROP TYPE "public"."enum_hints_status";
  DROP TYPE "public"."enum__hints_v_version_review_status";
  DROP TYPE "public"."enum__hints_v_version_status";
  DROP TYPE "public"."enum_import_runs_outcome";
  DROP TYPE "public"."enum_review_events_subject";
  DROP TYPE "public"."enum_review_events_action";
  DROP TYPE "public"."enum_review_events_from_status";
  DROP TYPE "public"."enum_review_events_to_status";
  DROP TYPE "public"."enum_users_roles";`)
}
