import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`roles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`title\` text,
  	\`summary\` text,
  	\`source\` text,
  	\`last_edited_by_id\` integer,
  	\`last_edited_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`roles_name_idx\` ON \`roles\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`roles_slug_idx\` ON \`roles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`roles_last_edited_by_idx\` ON \`roles\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`roles_updated_at_idx\` ON \`roles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`roles_created_at_idx\` ON \`roles\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`levels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`rank\` numeric DEFAULT 100 NOT NULL,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`levels_name_idx\` ON \`levels\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`levels_slug_idx\` ON \`levels\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`levels_rank_idx\` ON \`levels\` (\`rank\`);`)
  await db.run(sql`CREATE INDEX \`levels_updated_at_idx\` ON \`levels\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`levels_created_at_idx\` ON \`levels\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`questions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`role_id\` integer,
  	\`level_id\` integer,
  	\`position\` numeric DEFAULT 1,
  	\`prompt\` text,
  	\`working_title\` text,
  	\`hint_title\` text,
  	\`needs_wording\` integer DEFAULT true,
  	\`review_status\` text DEFAULT 'draft',
  	\`review_status_changed_at\` text,
  	\`stable_id\` text,
  	\`provenance_source_file\` text,
  	\`provenance_line\` numeric,
  	\`provenance_column\` numeric,
  	\`provenance_document_hash\` text,
  	\`provenance_content_hash\` text,
  	\`provenance_import_run_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`last_edited_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`role_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`level_id\`) REFERENCES \`levels\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`provenance_import_run_id\`) REFERENCES \`import_runs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`questions_role_idx\` ON \`questions\` (\`role_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_level_idx\` ON \`questions\` (\`level_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_position_idx\` ON \`questions\` (\`position\`);`)
  await db.run(sql`CREATE INDEX \`questions_needs_wording_idx\` ON \`questions\` (\`needs_wording\`);`)
  await db.run(sql`CREATE INDEX \`questions_review_status_idx\` ON \`questions\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`questions_review_status_changed_at_idx\` ON \`questions\` (\`review_status_changed_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`questions_stable_id_idx\` ON \`questions\` (\`stable_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_provenance_provenance_content_hash_idx\` ON \`questions\` (\`provenance_content_hash\`);`)
  await db.run(sql`CREATE INDEX \`questions_provenance_provenance_import_run_idx\` ON \`questions\` (\`provenance_import_run_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_last_edited_by_idx\` ON \`questions\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_updated_at_idx\` ON \`questions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_created_at_idx\` ON \`questions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`questions__status_idx\` ON \`questions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`questions_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`questions_texts_order_parent\` ON \`questions_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`questions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`questions_rels_order_idx\` ON \`questions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_parent_idx\` ON \`questions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_path_idx\` ON \`questions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_users_id_idx\` ON \`questions_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_questions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_role_id\` integer,
  	\`version_level_id\` integer,
  	\`version_position\` numeric DEFAULT 1,
  	\`version_prompt\` text,
  	\`version_working_title\` text,
  	\`version_hint_title\` text,
  	\`version_needs_wording\` integer DEFAULT true,
  	\`version_review_status\` text DEFAULT 'draft',
  	\`version_review_status_changed_at\` text,
  	\`version_stable_id\` text,
  	\`version_provenance_source_file\` text,
  	\`version_provenance_line\` numeric,
  	\`version_provenance_column\` numeric,
  	\`version_provenance_document_hash\` text,
  	\`version_provenance_content_hash\` text,
  	\`version_provenance_import_run_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_last_edited_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_role_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_level_id\`) REFERENCES \`levels\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_provenance_import_run_id\`) REFERENCES \`import_runs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_questions_v_parent_idx\` ON \`_questions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_role_idx\` ON \`_questions_v\` (\`version_role_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_level_idx\` ON \`_questions_v\` (\`version_level_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_position_idx\` ON \`_questions_v\` (\`version_position\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_needs_wording_idx\` ON \`_questions_v\` (\`version_needs_wording\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_review_status_idx\` ON \`_questions_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_review_status_changed_at_idx\` ON \`_questions_v\` (\`version_review_status_changed_at\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_stable_id_idx\` ON \`_questions_v\` (\`version_stable_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_provenance_version_provenance_conte_idx\` ON \`_questions_v\` (\`version_provenance_content_hash\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_provenance_version_provenance_impor_idx\` ON \`_questions_v\` (\`version_provenance_import_run_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_last_edited_by_idx\` ON \`_questions_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_updated_at_idx\` ON \`_questions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_created_at_idx\` ON \`_questions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version__status_idx\` ON \`_questions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_created_at_idx\` ON \`_questions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_updated_at_idx\` ON \`_questions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_latest_idx\` ON \`_questions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_questions_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_questions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_questions_v_texts_order_parent\` ON \`_questions_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_questions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_questions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_questions_v_rels_order_idx\` ON \`_questions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_rels_parent_idx\` ON \`_questions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_rels_path_idx\` ON \`_questions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_rels_users_id_idx\` ON \`_questions_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`hints\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question_id\` integer,
  	\`position\` numeric DEFAULT 1,
  	\`text\` text,
  	\`plain_text\` text,
  	\`markdown\` text,
  	\`review_status\` text DEFAULT 'draft',
  	\`review_status_changed_at\` text,
  	\`last_edited_by_id\` integer,
  	\`last_edited_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`question_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`hints_question_idx\` ON \`hints\` (\`question_id\`);`)
  await db.run(sql`CREATE INDEX \`hints_plain_text_idx\` ON \`hints\` (\`plain_text\`);`)
  await db.run(sql`CREATE INDEX \`hints_review_status_idx\` ON \`hints\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`hints_review_status_changed_at_idx\` ON \`hints\` (\`review_status_changed_at\`);`)
  await db.run(sql`CREATE INDEX \`hints_last_edited_by_idx\` ON \`hints\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`hints_updated_at_idx\` ON \`hints\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`hints_created_at_idx\` ON \`hints\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`hints__status_idx\` ON \`hints\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`hints_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`hints\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`hints_rels_order_idx\` ON \`hints_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`hints_rels_parent_idx\` ON \`hints_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`hints_rels_path_idx\` ON \`hints_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`hints_rels_users_id_idx\` ON \`hints_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_hints_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_question_id\` integer,
  	\`version_position\` numeric DEFAULT 1,
  	\`version_text\` text,
  	\`version_plain_text\` text,
  	\`version_markdown\` text,
  	\`version_review_status\` text DEFAULT 'draft',
  	\`version_review_status_changed_at\` text,
  	\`version_last_edited_by_id\` integer,
  	\`version_last_edited_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`hints\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_question_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_hints_v_parent_idx\` ON \`_hints_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_hints_v_version_version_question_idx\` ON \`_hints_v\` (\`version_question_id\`);`)
  await db.run(sql`CREATE INDEX \`_hints_v_version_version_plain_text_idx\` ON \`_hints_v\` (\`version_plain_text\`);`)
  await db.run(sql`CREATE INDEX \`_hints_v_version_version_review_status_idx\` ON \`_hints_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_hints_v_version_version_review_status_changed_at_idx\` ON \`_hints_v\` (\`version_review_status_changed_at\`);`)
  await db.run(sql`CREATE INDEX \`_hints_v_version_version_last_edited_by_idx\` ON \`_hints_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_hints_v_version_version_updated_at_idx\` ON \`_hints_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_hints_v_version_version_created_at_idx\` ON \`_hints_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_hints_v_version_version__status_idx\` ON \`_hints_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_hints_v_created_at_idx\` ON \`_hints_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_hints_v_updated_at_idx\` ON \`_hints_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_hints_v_latest_idx\` ON \`_hints_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_hints_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_hints_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_hints_v_rels_order_idx\` ON \`_hints_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_hints_v_rels_parent_idx\` ON \`_hints_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_hints_v_rels_path_idx\` ON \`_hints_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_hints_v_rels_users_id_idx\` ON \`_hints_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`releases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`role_id\` integer NOT NULL,
  	\`version\` numeric NOT NULL,
  	\`content_hash\` text NOT NULL,
  	\`question_count\` numeric,
  	\`published_by_id\` integer,
  	\`contents\` text,
  	\`snapshot\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`role_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`releases_role_idx\` ON \`releases\` (\`role_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_version_idx\` ON \`releases\` (\`version\`);`)
  await db.run(sql`CREATE INDEX \`releases_content_hash_idx\` ON \`releases\` (\`content_hash\`);`)
  await db.run(sql`CREATE INDEX \`releases_published_by_idx\` ON \`releases\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_updated_at_idx\` ON \`releases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`releases_created_at_idx\` ON \`releases\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`import_runs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`file_name\` text NOT NULL,
  	\`document_hash\` text NOT NULL,
  	\`layout\` text,
  	\`role_id\` integer,
  	\`started_by_id\` integer,
  	\`outcome\` text NOT NULL,
  	\`counts_created\` numeric DEFAULT 0,
  	\`counts_updated\` numeric DEFAULT 0,
  	\`counts_unchanged\` numeric DEFAULT 0,
  	\`counts_proposed\` numeric DEFAULT 0,
  	\`diagnostics\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`role_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`started_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`import_runs_document_hash_idx\` ON \`import_runs\` (\`document_hash\`);`)
  await db.run(sql`CREATE INDEX \`import_runs_role_idx\` ON \`import_runs\` (\`role_id\`);`)
  await db.run(sql`CREATE INDEX \`import_runs_started_by_idx\` ON \`import_runs\` (\`started_by_id\`);`)
  await db.run(sql`CREATE INDEX \`import_runs_updated_at_idx\` ON \`import_runs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`import_runs_created_at_idx\` ON \`import_runs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`subject\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`from_status\` text,
  	\`to_status\` text NOT NULL,
  	\`question_id\` integer,
  	\`hint_id\` integer,
  	\`document_id\` text,
  	\`actor_id\` integer,
  	\`actor_name\` text,
  	\`comment\` text,
  	\`published\` integer DEFAULT false,
  	\`wording\` text,
  	\`approved_wording\` text,
  	\`diff\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`question_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hint_id\`) REFERENCES \`hints\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`review_events_subject_idx\` ON \`review_events\` (\`subject\`);`)
  await db.run(sql`CREATE INDEX \`review_events_action_idx\` ON \`review_events\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`review_events_question_idx\` ON \`review_events\` (\`question_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_hint_idx\` ON \`review_events\` (\`hint_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_document_id_idx\` ON \`review_events\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_actor_idx\` ON \`review_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_updated_at_idx\` ON \`review_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_events_created_at_idx\` ON \`review_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_events_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`review_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`review_events_texts_order_parent\` ON \`review_events_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`roles_id\` integer,
  	\`levels_id\` integer,
  	\`questions_id\` integer,
  	\`hints_id\` integer,
  	\`releases_id\` integer,
  	\`import_runs_id\` integer,
  	\`review_events_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`roles_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`levels_id\`) REFERENCES \`levels\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hints_id\`) REFERENCES \`hints\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`releases_id\`) REFERENCES \`releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`import_runs_id\`) REFERENCES \`import_runs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_events_id\`) REFERENCES \`review_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_roles_id_idx\` ON \`payload_locked_documents_rels\` (\`roles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_levels_id_idx\` ON \`payload_locked_documents_rels\` (\`levels_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_hints_id_idx\` ON \`payload_locked_documents_rels\` (\`hints_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_import_runs_id_idx\` ON \`payload_locked_documents_rels\` (\`import_runs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_events_id_idx\` ON \`payload_locked_documents_rels\` (\`review_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`roles\`;`)
  await db.run(sql`DROP TABLE \`levels\`;`)
  await db.run(sql`DROP TABLE \`questions\`;`)
  await db.run(sql`DROP TABLE \`questions_texts\`;`)
  await db.run(sql`DROP TABLE \`questions_rels\`;`)
  await db.run(sql`DROP TABLE \`_questions_v\`;`)
  await db.run(sql`DROP TABLE \`_questions_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_questions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`hints\`;`)
  await db.run(sql`DROP TABLE \`hints_rels\`;`)
  await db.run(sql`DROP TABLE \`_hints_v\`;`)
  await db.run(sql`DROP TABLE \`_hints_v_rels\`;`)
  await db.run(sql`DROP TABLE \`releases\`;`)
  await db.run(sql`DROP TABLE \`import_runs\`;`)
  await db.run(sql`DROP TABLE \`review_events\`;`)
  await db.run(sql`DROP TABLE \`review_events_texts\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
