import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_review_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`subject\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`from_status\` text,
  	\`to_status\` text,
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
  await db.run(sql`INSERT INTO \`__new_review_events\`("id", "subject", "action", "from_status", "to_status", "question_id", "hint_id", "document_id", "actor_id", "actor_name", "comment", "published", "wording", "approved_wording", "diff", "updated_at", "created_at") SELECT "id", "subject", "action", "from_status", "to_status", "question_id", "hint_id", "document_id", "actor_id", "actor_name", "comment", "published", "wording", "approved_wording", "diff", "updated_at", "created_at" FROM \`review_events\`;`)
  await db.run(sql`DROP TABLE \`review_events\`;`)
  await db.run(sql`ALTER TABLE \`__new_review_events\` RENAME TO \`review_events\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`review_events_subject_idx\` ON \`review_events\` (\`subject\`);`)
  await db.run(sql`CREATE INDEX \`review_events_action_idx\` ON \`review_events\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`review_events_question_idx\` ON \`review_events\` (\`question_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_hint_idx\` ON \`review_events\` (\`hint_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_document_id_idx\` ON \`review_events\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_actor_idx\` ON \`review_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_updated_at_idx\` ON \`review_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_events_created_at_idx\` ON \`review_events\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_review_events\` (
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
  await db.run(sql`INSERT INTO \`__new_review_events\`("id", "subject", "action", "from_status", "to_status", "question_id", "hint_id", "document_id", "actor_id", "actor_name", "comment", "published", "wording", "approved_wording", "diff", "updated_at", "created_at") SELECT "id", "subject", "action", "from_status", "to_status", "question_id", "hint_id", "document_id", "actor_id", "actor_name", "comment", "published", "wording", "approved_wording", "diff", "updated_at", "created_at" FROM \`review_events\`;`)
  await db.run(sql`DROP TABLE \`review_events\`;`)
  await db.run(sql`ALTER TABLE \`__new_review_events\` RENAME TO \`review_events\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`review_events_subject_idx\` ON \`review_events\` (\`subject\`);`)
  await db.run(sql`CREATE INDEX \`review_events_action_idx\` ON \`review_events\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`review_events_question_idx\` ON \`review_events\` (\`question_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_hint_idx\` ON \`review_events\` (\`hint_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_document_id_idx\` ON \`review_events\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_actor_idx\` ON \`review_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_updated_at_idx\` ON \`review_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_events_created_at_idx\` ON \`review_events\` (\`created_at\`);`)
}
