/**
 * What the collector accepts as a batch, kept apart from how it answers: a JSON array of answer
 * events, each valid by the widget's own zod schema (`feelback/schema`, built into dist/esm/).
 */
import { readFileSync } from 'node:fs';
import { answerBatchSchema, answerEventSchema } from '../dist/esm/schema.js';

export const MAX_BODY = 1024 * 1024;
/** Browsers send text/plain for beacons (a "simple" request), so it carries the same JSON. */
export const BATCH_TYPES = ['application/cloudevents-batch+json', 'text/plain'];

/** Answers saved by an earlier run; a line cut short by a crash is skipped, not fatal. */
export function loadEvents(dataFile) {
  let text;
  try {
    text = readFileSync(dataFile, 'utf8');
  } catch {
    return [];
  }
  return text.split('\n').flatMap((line) => {
    try {
      const event = JSON.parse(line);
      const parsed = answerEventSchema.safeParse(event);
      return parsed.success ? [parsed.data] : [];
    } catch {
      return [];
    }
  });
}

/** Reads the whole body but keeps at most MAX_BODY bytes, so a client always gets its 413. */
export function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => resolve({ body: Buffer.concat(chunks).toString('utf8'), tooLarge: size > MAX_BODY }));
    req.on('error', reject);
    req.on('close', () => reject(new Error('the client went away before sending the whole body')));
  });
}

/** Parses a batch; returns the events, or a message saying what is wrong with it (all or nothing). */
export function parseBatch(body) {
  let batch;
  try {
    batch = JSON.parse(body);
  } catch {
    return { error: 'the body is not valid JSON' };
  }
  if (!Array.isArray(batch)) return { error: 'expected a JSON array of CloudEvents' };
  const result = answerBatchSchema.safeParse(batch);
  if (result.success) return { events: result.data };
  const issue = result.error.issues[0];
  const [index, ...path] = issue?.path ?? [];
  const where = index === undefined ? 'the batch' : `event ${index}${path.length ? `, ${path.join('.')}` : ''}`;
  return { error: `${where}: ${issue?.message ?? 'not an answer event'}` };
}
