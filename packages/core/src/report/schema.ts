import { z } from 'zod';

/**
 * The report contract. This one schema gives the TypeScript types, the runtime validation used in tests,
 * and the published `report.schema.json` (written at build time by `scripts/write-schema.mjs`).
 * Bump REPORT_VERSION on any change a consumer could notice.
 */
export const REPORT_VERSION = '1.0.0';

export const PointSchema = z
  .object({
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    offset: z.number().int().min(0),
  })
  .strict();

export const SourceSummarySchema = z
  .object({
    id: z.string().min(1),
    path: z.string().optional(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    claimCount: z.number().int().min(0),
  })
  .strict();

export const MentionSchema = z
  .object({
    type: z.enum(['person', 'organization', 'place', 'group', 'quantity', 'date']),
    text: z.string(),
    start: PointSchema,
    end: PointSchema,
    value: z.string().describe('Normalised value: the canonical name, a quantity interval or an ISO date interval.'),
    role: z.string().optional().describe('A title or role written before a person\'s name ("Labour Minister").'),
  })
  .strict();

export const ClaimSchema = z
  .object({
    id: z.string(),
    sourceId: z.string(),
    text: z.string(),
    start: PointSchema,
    end: PointSchema,
    mentions: z.array(MentionSchema),
    predicate: z.string().optional(),
    attribution: z.string().optional(),
    hedge: z.string().optional(),
    negated: z.boolean().optional(),
  })
  .strict();

export const EvidenceSchema = z
  .object({
    sourceId: z.string(),
    claimId: z.string(),
    text: z.string().describe("The exact words of the compared value in that source."),
    start: PointSchema,
    end: PointSchema,
    value: z.string().optional(),
  })
  .strict();

export const FindingSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['agreement', 'divergence']),
    category: z.enum(['name', 'quantity', 'date', 'attribution', 'statement']),
    severity: z.enum(['error', 'warning', 'info']),
    rule: z.string(),
    fact: z.string(),
    message: z.string(),
    evidence: z.array(EvidenceSchema).min(1),
  })
  .strict();

export const ReportSchema = z
  .object({
    version: z.literal(REPORT_VERSION),
    sources: z.array(SourceSummarySchema),
    claims: z.array(ClaimSchema),
    findings: z.array(FindingSchema),
    summary: z
      .object({
        sources: z.number().int(),
        claims: z.number().int(),
        agreements: z.number().int(),
        divergences: z.number().int(),
        errors: z.number().int(),
        warnings: z.number().int(),
        infos: z.number().int(),
      })
      .strict(),
  })
  .strict();

export type ReportPoint = z.infer<typeof PointSchema>;
export type SourceSummary = z.infer<typeof SourceSummarySchema>;
export type ReportMention = z.infer<typeof MentionSchema>;
export type ReportClaim = z.infer<typeof ClaimSchema>;
export type ReportEvidence = z.infer<typeof EvidenceSchema>;
export type ReportFinding = z.infer<typeof FindingSchema>;
export type Report = z.infer<typeof ReportSchema>;

/** The JSON Schema (draft 2020-12) of the report, generated from the zod schema. */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ReportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
