import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`questions_texts_parent_idx\` ON \`questions_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_texts_parent_idx\` ON \`_questions_v_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_texts_parent_idx\` ON \`review_events_texts\` (\`parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`questions_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_questions_v_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`review_events_texts_parent_idx\`;`)
}
