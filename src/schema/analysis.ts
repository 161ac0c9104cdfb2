// zod/mini mirrors of the core's output types, for validating analyses that cross a message
// boundary. zod/mini keeps the content script and popup small (see toolchain notes: full zod is ~80 kB).
import * as z from 'zod/mini';

export const evidenceSchema = z.object({ start: z.number(), end: z.number(), text: z.string() });
const severity = z.enum(['low', 'medium', 'high']);
const importance = z.enum(['required', 'preferred', 'mentioned']);
const category = z.enum(['domain', 'task', 'skill', 'tool', 'credential', 'language', 'work-format', 'custom']);

export const signalHitSchema = z.object({
  id: z.string(),
  severity,
  title: z.string(),
  explanation: z.string(),
  evidence: z.array(evidenceSchema),
});

export const keywordHitSchema = z.object({
  id: z.string(),
  label: z.string(),
  category,
  importance,
  evidence: z.array(evidenceSchema),
  level: z.optional(z.string()),
});

export const paySchema = z.object({
  min: z.nullable(z.number()),
  max: z.nullable(z.number()),
  currency: z.string(),
  period: z.enum(['hour', 'day', 'week', 'month', 'year', 'task', 'project']),
  hourlyMin: z.nullable(z.number()),
  hourlyMax: z.nullable(z.number()),
  band: z.optional(z.enum(['below', 'within', 'above', 'unknown'])),
  evidence: z.optional(evidenceSchema),
});

export const analysisSchema = z.object({
  aiEvaluator: z.object({
    match: z.boolean(),
    score: z.number(),
    reasons: z.array(z.object({ id: z.string(), label: z.string(), weight: z.number(), evidence: z.array(evidenceSchema) })),
  }),
  risk: z.object({ level: z.enum(['none', 'low', 'medium', 'high']), score: z.number(), reasons: z.array(z.string()) }),
  redFlags: z.array(signalHitSchema),
  healthySignals: z.array(signalHitSchema),
  keywords: z.array(keywordHitSchema),
  pay: z.nullable(paySchema),
});

export const extractedPostingSchema = z.object({
  board: z.string(),
  url: z.string(),
  jobKey: z.string(),
  title: z.nullable(z.string()),
  company: z.nullable(z.string()),
  location: z.nullable(z.string()),
  payText: z.nullable(z.string()),
  description: z.string(),
  sections: z.array(z.object({ heading: z.string(), text: z.string() })),
  via: z.enum(['json-ld', 'dom']),
});
