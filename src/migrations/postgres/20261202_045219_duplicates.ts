import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_duplicate_decisions_kind" AS ENUM('notDuplicate', 'merged');
  CREATE TYPE "public"."enum_duplicate_decisions_outcome" AS ENUM('deleted', 'archived');
  CREATE TABLE "duplicate_decisions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_duplicate_decisions_kind" NOT NULL,
  	"score" numeric,
  	"outcome" "enum_duplicate_decisions_outcome",
  	"question_id" integer,
  	"other_id" integer,
  	"question_doc_id" varchar NOT NULL,
  	"other_doc_id" varchar NOT NULL,
  	"other_wording" varchar,
  	"hints_copied" numeric,
  	"actor_id" integer,
  	"actor_name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "questions" ADD COLUMN "merged_into_id" integer;
  ALTER TABLE "_questions_v" ADD COLUMN "version_merged_into_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "duplicate_decisions_id" integer;
  ALTER TABLE "duplicate_decisions" ADD CONSTRAINT "duplicate_decisions_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "duplicate_decisions" ADD CONSTRAINT "duplicate_decisions_other_id_questions_id_fk" FOREIGN KEY ("other_id") REFERENCES "public"."questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "duplicate_decisions" ADD CONSTRAINT "duplicate_decisions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "duplicate_decisions_kind_idx" ON "duplicate_decisions" USING btree ("kind");
  CREATE INDEX "duplicate_decisions_question_idx" ON "duplicate_decisions" USING btree ("question_id");
  CREATE INDEX "duplicate_decisions_other_idx" ON "duplicate_decisions" USING btree ("other_id");
  CREATE INDEX "duplicate_decisions_question_doc_id_idx" ON "duplicate_decisions" USING btree ("question_doc_id");
  CREATE INDEX "duplicate_decisions_other_doc_id_idx" ON "duplicate_decisions" USING btree ("other_doc_id");
  CREATE INDEX "duplicate_decisions_actor_idx" ON "duplicate_decisions" USING btree ("actor_id");
  CREATE INDEX "duplicate_decisions_updated_at_idx" ON "duplicate_decisions" USING btree ("updated_at");
  CREATE INDEX "duplicate_decisions_created_at_idx" ON "duplicate_decisions" USING btree ("created_at");
  ALTER TABLE "questions" ADD CONSTRAINT "questions_merged_into_id_questions_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_version_merged_into_id_questions_id_fk" FOREIGN KEY ("version_merged_into_id") REFERENCES "public"."questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_duplicate_decisions_fk" FOREIGN KEY ("duplicate_decisions_id") REFERENCES "public"."duplicate_decisions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "questions_merged_into_idx" ON "questions" USING btree ("merged_into_id");
  CREATE INDEX "_questions_v_version_version_merged_into_idx" ON "_questions_v" USING btree ("version_merged_into_id");
  CREATE INDEX "payload_locked_documents_rels_duplicate_decisions_id_idx" ON "payload_locked_documents_rels" USING btree ("duplicate_decisions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "duplicate_decisions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "duplicate_decisions" CASCADE;
  ALTER TABLE "questions" DROP CONSTRAINT "questions_merged_into_id_questions_id_fk";
  
  ALTER TABLE "_questions_v" DROP CONSTRAINT "_questions_v_version_merged_into_id_questions_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_duplicate_decisions_fk";
  
  DROP INDEX "questions_merged_into_idx";
  DROP INDEX "_questions_v_version_version_merged_into_idx";
  DROP INDEX "payload_locked_documents_rels_duplicate_decisions_id_idx";
  ALTER TABLE "questions" DROP COLUMN "merged_into_id";
  ALTER TABLE "_questions_v" DROP COLUMN "version_merged_into_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "duplicate_decisions_id";
  DROP TYPE "public"."enum_duplicate_decisions_kind";
  DROP TYPE "public"."enum_duplicate_decisions_outcome";`)
}
