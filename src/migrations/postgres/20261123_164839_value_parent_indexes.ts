import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "questions_texts_parent_idx" ON "questions_texts" USING btree ("parent_id");
  CREATE INDEX "_questions_v_texts_parent_idx" ON "_questions_v_texts" USING btree ("parent_id");
  CREATE INDEX "review_events_texts_parent_idx" ON "review_events_texts" USING btree ("parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "questions_texts_parent_idx";
  DROP INDEX "_questions_v_texts_parent_idx";
  DROP INDEX "review_events_texts_parent_idx";`)
}
