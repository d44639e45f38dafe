import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`duplicate_decisions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`score\` numeric,
  	\`outcome\` text,
  	\`question_id\` integer,
  	\`other_id\` integer,
  	\`question_doc_id\` text NOT NULL,
  	\`other_doc_id\` text NOT NULL,
  	\`other_wording\` text,
  	\`hints_copied\` numeric,
  	\`actor_id\` integer,
  	\`actor_name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`question_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`other_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`duplicate_decisions_kind_idx\` ON \`duplicate_decisions\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`duplicate_decisions_question_idx\` ON \`duplicate_decisions\` (\`question_id\`);`)
  await db.run(sql`CREATE INDEX \`duplicate_decisions_other_idx\` ON \`duplicate_decisions\` (\`other_id\`);`)
  await db.run(sql`CREATE INDEX \`duplicate_decisions_question_doc_id_idx\` ON \`duplicate_decisions\` (\`question_doc_id\`);`)
  await db.run(sql`CREATE INDEX \`duplicate_decisions_other_doc_id_idx\` ON \`duplicate_decisions\` (\`other_doc_id\`);`)
  await db.run(sql`CREATE INDEX \`duplicate_decisions_actor_idx\` ON \`duplicate_decisions\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`duplicate_decisions_updated_at_idx\` ON \`duplicate_decisions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`duplicate_decisions_created_at_idx\` ON \`duplicate_decisions\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`questions\` ADD \`merged_into_id\` integer REFERENCES questions(id);`)
  await db.run(sql`CREATE INDEX \`questions_merged_into_idx\` ON \`questions\` (\`merged_into_id\`);`)
  await db.run(sql`ALTER TABLE \`_questions_v\` ADD \`version_merged_into_id\` integer REFERENCES questions(id);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_merged_into_idx\` ON \`_questions_v\` (\`version_merged_into_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`duplicate_decisions_id\` integer REFERENCES duplicate_decisions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_duplicate_decisions_id_idx\` ON \`payload_locked_documents_rels\` (\`duplicate_decisions_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`duplicate_decisions\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_questions\` (
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
  await db.run(sql`INSERT INTO \`__new_questions\`("id", "role_id", "level_id", "position", "prompt", "working_title", "hint_title", "needs_wording", "review_status", "review_status_changed_at", "stable_id", "provenance_source_file", "provenance_line", "provenance_column", "provenance_document_hash", "provenance_content_hash", "provenance_import_run_id", "last_edited_by_id", "last_edited_at", "updated_at", "created_at", "_status") SELECT "id", "role_id", "level_id", "position", "prompt", "working_title", "hint_title", "needs_wording", "review_status", "review_status_changed_at", "stable_id", "provenance_source_file", "provenance_line", "provenance_column", "provenance_document_hash", "provenance_content_hash", "provenance_import_run_id", "last_edited_by_id", "last_edited_at", "updated_at", "created_at", "_status" FROM \`questions\`;`)
  await db.run(sql`DROP TABLE \`questions\`;`)
  await db.run(sql`ALTER TABLE \`__new_questions\` RENAME TO \`questions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE TABLE \`__new__questions_v\` (
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
  await db.run(sql`INSERT INTO \`__new__questions_v\`("id", "parent_id", "version_role_id", "version_level_id", "version_position", "version_prompt", "version_working_title", "version_hint_title", "version_needs_wording", "version_review_status", "version_review_status_changed_at", "version_stable_id", "version_provenance_source_file", "version_provenance_line", "version_provenance_column", "version_provenance_document_hash", "version_provenance_content_hash", "version_provenance_import_run_id", "version_last_edited_by_id", "version_last_edited_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_role_id", "version_level_id", "version_position", "version_prompt", "version_working_title", "version_hint_title", "version_needs_wording", "version_review_status", "version_review_status_changed_at", "version_stable_id", "version_provenance_source_file", "version_provenance_line", "version_provenance_column", "version_provenance_document_hash", "version_provenance_content_hash", "version_provenance_import_run_id", "version_last_edited_by_id", "version_last_edited_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_questions_v\`;`)
  await db.run(sql`DROP TABLE \`_questions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__questions_v\` RENAME TO \`_questions_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "roles_id", "levels_id", "questions_id", "hints_id", "releases_id", "import_runs_id", "review_events_id", "users_id") SELECT "id", "order", "parent_id", "path", "roles_id", "levels_id", "questions_id", "hints_id", "releases_id", "import_runs_id", "review_events_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
}
