import { z } from 'zod';

/**
 * The report contract. This one schema gives the TypeScript types, the runtime validation used in tests,
 * and the published `report.schema.json` (written at build time by `scripts/write-schema.mjs`).
 * Bump REPORT_VERSION on any change a consumer could notice.
 */
export const REPORT_VERSION = '2.2.0';

export const PointSchema = z
  .object({
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    offset: z.number().int().min(0),
  })
  .strict();

/** ISO date, or date-time with an optional zone. */
const ISO_DATE_OR_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

export const StanceSchema = z
  .object({
    shares: z.number().int().min(0).describe('Facts on which this source states what most sources state.'),
    departs: z.number().int().min(0).describe('Facts on which this source is on a minority side.'),
    contested: z.number().int().min(0).describe('Facts split evenly, with this source on one side.'),
    singleSource: z.number().int().min(0).describe('Checkable claims only this source makes (listed or not).'),
    unlisted: z.number().int().min(0).describe('Of those, how many the report leaves out (the cap per source).'),
    departsOn: z.array(z.string()).describe('The facts on which it departs, in report order.'),
  })
  .strict();

export const SourceSummarySchema = z
  .object({
    id: z.string().min(1),
    name: z
      .string()
      .optional()
      .describe('What to call the source for a reader: its outlet when known (with the id when two sources share one), else the id. The id stays the key.'),
    path: z.string().optional(),
    date: z.string().regex(ISO_DATE_OR_TIME).optional().describe('Publication date: input, front matter, dateline or date line (a "Published" line first).'),
    updated: z.string().regex(ISO_DATE_OR_TIME).optional().describe('Last update, when later than the publication date: an "Updated" line, or a live blog\'s latest entry.'),
    outlet: z.string().optional(),
    title: z.string().optional(),
    url: z.string().optional(),
    claimCount: z.number().int().min(0),
    family: z.string().optional().describe('Id of the family of copies this source belongs to (see `copies`).'),
    stance: StanceSchema.optional(),
  })
  .strict();

export const CopyFamilySchema = z
  .object({
    id: z.string(),
    sources: z.array(z.string()).min(2).describe('Sources that are copies of one text, sorted.'),
    similarity: z.number().min(0).max(1).describe('Lowest estimated shingle resemblance (Jaccard) between linked members.'),
  })
  .strict();

export const MentionSchema = z
  .object({
    type: z.enum(['person', 'organization', 'place', 'group', 'quantity', 'date', 'time']),
    text: z.string(),
    start: PointSchema,
    end: PointSchema,
    value: z.string().describe('Normalised value: the canonical name, a quantity interval, an ISO date interval, or a time of day (`2026-03-09T01:30`, `T14:30/T15:30 GMT`).'),
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

export const TimelineStepSchema = z
  .object({
    sourceId: z.string(),
    date: z.string().regex(ISO_DATE_OR_TIME),
    text: z.string(),
    value: z.string(),
    start: PointSchema,
  })
  .strict();

export const SupportSchema = z
  .object({
    sources: z.number().int().min(1),
    independent: z.number().int().min(1).describe('Sources counted once per family of copies.'),
    copies: z.array(z.array(z.string()).min(2)).describe('Families of copies among the supporting sources.'),
  })
  .strict();

export const FindingSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['agreement', 'divergence', 'single-source', 'update']),
    category: z.enum(['name', 'quantity', 'date', 'attribution', 'statement']),
    severity: z.enum(['error', 'warning', 'info']),
    rule: z.string(),
    fact: z.string(),
    message: z.string(),
    evidence: z.array(EvidenceSchema).min(1),
    evidenceOmitted: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('How many more evidence items the finding has than the 12 listed (each source keeps its first ones); absent when all are listed.'),
    timeline: z.array(TimelineStepSchema).min(2).optional().describe('Updates: the values in date order, one step per source.'),
    support: SupportSchema.optional().describe('Agreements: how many independent texts support it.'),
    editing: z.array(z.string()).min(2).optional().describe('Divergences between copies of one text: the copies (an editing change).'),
  })
  .strict();

export const NoticeSchema = z
  .object({
    sourceId: z.string(),
    path: z.string().optional(),
    code: z
      .enum(['failed', 'not-english', 'no-claims', 'duplicate', 'unknown-rule', 'unused-suppression'])
      .describe(
        'failed: an error while reading it (skipped); not-english: skipped; no-claims: kept, but compared with nothing; duplicate: the same text as another source (skipped); unknown-rule: a corroborate-disable-next-line comment names a rule that does not exist; unused-suppression: such a comment suppressed nothing.',
      ),
    line: z.number().int().min(1).optional().describe('The line of the source the notice is about (a comment), when it is about one line.'),
    message: z.string(),
  })
  .strict()
  .describe('Something about one source the reader should know: it was skipped, or took no part in the comparison.');

export const ReportSchema = z
  .object({
    version: z.literal(REPORT_VERSION),
    sources: z.array(SourceSummarySchema),
    claims: z.array(ClaimSchema),
    findings: z.array(FindingSchema),
    copies: z.array(CopyFamilySchema).optional().describe('Families of copies: syndicated or lightly edited versions of one text.'),
    summary: z
      .object({
        sources: z.number().int(),
        claims: z.number().int(),
        agreements: z.number().int(),
        divergences: z.number().int(),
        updates: z.number().int().optional(),
        singleSource: z
          .number()
          .int()
          .optional()
          .describe(
            'Single-source claims found, listed or not: the sum of sources[].stance.singleSource. The findings list at most a few per source (stance.unlisted says how many are not).',
          ),
        errors: z.number().int(),
        warnings: z.number().int(),
        infos: z.number().int(),
        hidden: z
          .object({
            agreements: z.number().int().min(0).optional().describe('With divergencesOnly: the agreements found and left out (not counted in `agreements`).'),
            baseline: z.number().int().min(0).optional().describe('With a baseline: the findings it knows, left out and not counted above.'),
          })
          .strict()
          .optional()
          .describe('Findings the report leaves out on purpose, so that a short report is not read as a clean one.'),
      })
      .strict()
      .describe('Counts of the findings listed, except singleSource (every single-source claim found); see hidden for what is left out.'),
    notices: z.array(NoticeSchema).optional().describe('Present only when some source was skipped or yielded nothing.'),
  })
  .strict();

export type ReportPoint = z.infer<typeof PointSchema>;
export type SourceSummary = z.infer<typeof SourceSummarySchema>;
export type SourceStance = z.infer<typeof StanceSchema>;
export type CopyFamily = z.infer<typeof CopyFamilySchema>;
export type ReportTimelineStep = z.infer<typeof TimelineStepSchema>;
export type ReportMention = z.infer<typeof MentionSchema>;
export type ReportClaim = z.infer<typeof ClaimSchema>;
export type ReportEvidence = z.infer<typeof EvidenceSchema>;
export type ReportFinding = z.infer<typeof FindingSchema>;
export type Report = z.infer<typeof ReportSchema>;
export type SourceNotice = z.infer<typeof NoticeSchema>;

/** The JSON Schema (draft 2020-12) of the report, generated from the zod schema. */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ReportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
