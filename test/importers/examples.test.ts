import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bankSchema } from '../../format/model'
import { parseBank } from '../../importers/parse'

/**
 * The two real documents of the plain-text layout, checked against their
 * text by hand: six sections of 5, 10, 10, 10, 10 and 5 hint-only questions,
 * the first and last hint of each, and not a single message.
 */

const examplesDirectory = join(import.meta.dirname, 'fixtures')

type ExpectedSection = { name: string; count: number; first: string; last: string }

const examples: Record<string, { role: string; sections: ExpectedSection[] }> = {
  'ai-data-ops-specialist': {
    role: "AI Data Ops Specialist",
    sections: [
      { name: "Beginner", count: 5, first: "A strong answer explains that ELT loads raw data first and transforms in place (leveraging cloud warehouse compute), which is preferred for AI workloads that need access to raw, untransformed data for reprocessing.", last: "A strong answer explains that duplicate data causes model overfitting, wastes compute budget, skews evaluation metrics, and can lead to memorization of specific text verbatim." },
      { name: "Intermediate", count: 10, first: "A great answer covers: S3 event triggers or scheduled pulls → document parsing (PDF/HTML/MD) → text cleaning → chunking strategy (recursive character splitter or semantic chunking) → embedding model selection → batch insertion into Pinecone/Weaviate/Qdrant with metadata, and pipeline orchestration via Airflow or Dagster.", last: "Expect discussion of lineage tracking through tools like OpenLineage, Marquez, or Atlan, how it traces data from source to model output, and its role in auditability, debugging, and regulatory compliance." },
      { name: "Advanced", count: 10, first: "A strong answer covers the lambda architecture or kappa architecture trade-off, dual-write vs. change-data-capture patterns, feature stores that bridge batch and streaming (e.g., Tecton, Feast with online serving), and consistency guarantees through point-in-time correctness.", last: "Cover retrieval metrics (MRR, NDCG, recall@k, faithfulness), building evaluation datasets with ground-truth relevance labels, automated evaluation pipelines, identifying failure patterns (e.g., poor retrieval for certain document types), and using insights to improve chunking, embedding, and indexing strategies." },
      { name: "Scenario-Based", count: 10, first: "A great answer covers: checking data freshness and pipeline health, comparing recent input data distributions against training data (drift detection), verifying upstream data source changes, checking for schema or volume anomalies, examining recent deployments or pipeline changes, and presenting findings with evidence before recommending remediation.", last: "A great answer covers: establishing a cloud data lake/warehouse (S3 + Snowflake or BigQuery), setting up basic ingestion pipelines for critical data sources, implementing a data quality framework with essential checks, creating a dataset versioning workflow, documenting data schemas and sources, and building a simple monitoring dashboard - all favoring speed and simplicity over premature optimization." },
      { name: "AI Workflow & Tools", count: 10, first: "Cover: formatting input as JSONL, uploading to the Batch API, handling rate limits and cost (batch is 50% cheaper), monitoring job status, downloading results, error handling for failed rows, and retry strategies for partial failures.", last: "Cover: index design with metadata fields, namespace or collection separation strategies, filtering at query time, hybrid search (dense + sparse) if available, index sizing and pod configuration for cost optimization, and monitoring index health and query latency." },
      { name: "Behavioral", count: 5, first: "Look for: proactive monitoring or investigation habits, clear communication with affected teams, systematic root cause analysis, and concrete follow-up actions to prevent recurrence.", last: "A great answer covers: honest ownership of the failure, rapid incident response, thorough post-mortem analysis, specific improvements to monitoring/testing/alerting, and cultural learning (blameless post-mortem mindset)." },
    ],
  },
  'ai-image-data-specialist': {
    role: "AI Image Data Specialist",
    sections: [
      { name: "Beginner", count: 5, first: "Semantic labels every pixel by class without distinguishing objects; instance distinguishes individual object instances - choose based on whether object count/identity matters for the downstream task.", last: "IAA measures consistency between multiple labelers - high agreement indicates clear guidelines and reliable ground truth; low agreement signals ambiguity." },
      { name: "Intermediate", count: 10, first: "Combine targeted data sourcing, synthetic augmentation (diffusion inpainting), oversampling with augmentation, class-weighted sampling during training, and data-centric error analysis.", last: "Hierarchies group labels (e.g., 'vehicle' > 'car' > 'sedan') - implement via parent-child ID relationships in annotation tools, enable both coarse and fine-grained queries, and support multi-task training." },
      { name: "Advanced", count: 10, first: "Cover ingestion (S3 + Lambda trigger), automated pre-filtering, SAM-assisted pre-annotation, human-in-the-loop review queue, quality gates, versioned storage with DVC, and CI/CD-style dataset publishing.", last: "Instrument production model to flag uncertain predictions, collect user corrections/feedback as labels, auto-route to annotation queue, retrain on growing dataset, and monitor for distribution drift triggering re-annotation." },
      { name: "Scenario-Based", count: 10, first: "Check annotation quality (sample review, IAA), compare class distributions old vs. new, inspect for systematic label errors, verify data pipeline integrity, check for data leakage, and run ablation to isolate the problematic subset.", last: "Consider domain expertise requirements, data sensitivity/IP concerns, cost per label, quality SLAs, scalability needs, turnaround time, communication overhead, and long-term vs. project-based needs - hybrid approaches often work best." },
      { name: "AI Workflow & Tools", count: 10, first: "Deploy SAM as a backend service, add click/box prompt interface in CVAT, pre-generate masks for review, allow labelers to accept/reject/refine, track time savings vs. manual, and continuously evaluate mask quality against manual gold standard.", last: "Generate pseudo-labels with high confidence only (>0.9), route medium-confidence (0.7-0.9) to human review, discard low-confidence, track pseudo-label vs. human-label agreement, and iteratively improve the threshold based on quality metrics." },
      { name: "Behavioral", count: 5, first: "Look for systematic debugging approach, collaboration with ML team, quantified impact, and concrete corrective actions taken.", last: "Look for cross-functional communication skills, ability to translate between technical and business contexts, compromise solutions, and successful delivery outcomes." },
    ],
  },
}

describe.each(Object.entries(examples))('%s', (name, expected) => {
  const input = readFileSync(join(examplesDirectory, `text-${name}`, 'input.txt'))
  const result = parseBank(input, { path: `${name}.txt` })

  it('is read as the prepbank-text layout without errors or warnings', () => {
    expect(result.layout).toBe('prepbank-text')
    expect(result.errors).toBe(0)
    expect(result.warnings).toBe(0)
    expect(result.file.messages).toEqual([])
  })

  it('has the header lines', () => {
    expect(result.bank?.collection).toBe('Interview Prep')
    expect(result.bank?.role).toEqual({
      name: expected.role,
      slug: null,
      title: `${expected.role} Interview Questions`,
      summary:
        '50 expert questions covering beginner fundamentals to advanced AI workflow scenarios. Each answer includes a hint for structured responses.',
      declaredTotal: 50,
    })
  })

  it('has six sections of 5, 10, 10, 10, 10 and 5 hint-only questions, 50 in all', () => {
    const levels = result.bank?.levels ?? []
    expect(levels.map((level) => level.name)).toEqual(expected.sections.map((section) => section.name))
    expect(levels.map((level) => level.questions.length)).toEqual([5, 10, 10, 10, 10, 5])
    expect(levels.map((level) => level.declaredCount)).toEqual([5, 10, 10, 10, 10, 5])
    expect(levels.reduce((sum, level) => sum + level.questions.length, 0)).toBe(50)
    for (const question of levels.flatMap((level) => level.questions)) {
      expect(question.prompt).toBeNull()
      expect(question.key).toBeNull()
      expect(question.tags).toEqual([])
      expect(question.hints).toHaveLength(1)
    }
  })

  it.each(expected.sections)('section $name starts and ends with the right hints', (section) => {
    const level = result.bank?.levels.find((candidate) => candidate.name === section.name)
    expect(level?.questions[0].hints[0].text).toBe(section.first)
    expect(level?.questions.at(-1)?.hints[0].text).toBe(section.last)
  })

  it('points every hint at its line, after the fused count', () => {
    const lines = input.toString('utf8').split('\n')
    for (const level of result.bank?.levels ?? []) {
      const [first, ...rest] = level.questions
      const firstLine = lines[first.position.start.line - 1]
      expect(firstLine.slice(first.position.start.column - 1)).toBe(first.hints[0].text)
      expect(firstLine.slice(0, first.position.start.column - 1)).toBe(`${level.declaredCount} questions`)
      for (const question of rest) {
        expect(question.position.start.column).toBe(1)
        expect(lines[question.position.start.line - 1]).toBe(question.hints[0].text)
      }
    }
  })

  it('gives a bank that passes the schema', () => {
    expect(() => bankSchema.parse(result.bank)).not.toThrow()
  })
})
