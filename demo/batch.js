/**
 * What the collector accepts as a batch, kept apart from how it answers: a JSON array of
 * feelback events (answers and recoveries), each valid by the widget's own zod schema
 * (`feelback/schema`, built into dist/esm/).
 */
import { answerBatchSchema } from '../dist/esm/schema.js';

export const MAX_BODY = 1024 * 1024;
/** The widget's largest `delivery.batchSize`. */
export const MAX_EVENTS = 500;
/** Browsers send text/plain for beacons (a "simple" request), so it carries the same JSON. */
export const BATCH_TYPES = ['application/cloudevents-batch+json', 'text/plain'];

/**
 * Reads the body, keeping at most MAX_BODY bytes: a larger one is read to its end (so the client
 * gets its 413) but not kept.
 */
export function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () =>
      resolve(size > MAX_BODY ? { body: '', tooLarge: true } : { body: Buffer.concat(chunks).toString('utf8') }),
    );
    req.on('error', reject);
    req.on('close', () => reject(new Error('the client went away before sending the whole body')));
  });
}

class ProtoKey extends Error {}

/** Parses a batch; returns the events, or a message saying what is wrong with it (all or nothing). */
export function parseBatch(body) {
  let batch;
  try {
    // An own "__proto__" key is harmless to JSON.parse but not to code that copies the object.
    batch = JSON.parse(body, (key, value) => {
      if (key === '__proto__') throw new ProtoKey();
      return value;
    });
  } catch (error) {
    return { error: error instanceof ProtoKey ? 'a "__proto__" key is not allowed' : 'the body is not valid JSON' };
  }
  if (!Array.isArray(batch)) return { error: 'expected a JSON array of CloudEvents' };
  if (batch.length > MAX_EVENTS) return { error: `at most ${MAX_EVENTS} events in one batch` };
  const result = answerBatchSchema.safeParse(batch);
  if (result.success) return { events: result.data };
  const issue = result.error.issues[0];
  const [index, ...path] = issue?.path ?? [];
  const where = index === undefined ? 'the batch' : `event ${index}${path.length ? `, ${path.join('.')}` : ''}`;
  return { error: `${where}: ${issue?.message ?? 'not a feelback event'}` };
}
