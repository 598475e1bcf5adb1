/**
 * What the collector accepts as a batch, kept apart from how it answers: a JSON array of objects
 * that each have a string `id` (the only field the collector relies on, to deduplicate).
 */
import { readFileSync } from 'node:fs';

export const MAX_BODY = 1024 * 1024;
/** Browsers send text/plain for beacons (a "simple" request), so it carries the same JSON. */
export const BATCH_TYPES = ['application/cloudevents-batch+json', 'text/plain'];

export const isEvent = (value) =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof value.id === 'string' &&
  value.id !== '';

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
      return isEvent(event) ? [event] : [];
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

/** Parses a batch; returns the events, or a message saying what is wrong with it. */
export function parseBatch(body) {
  let batch;
  try {
    batch = JSON.parse(body);
  } catch {
    return { error: 'the body is not valid JSON' };
  }
  if (!Array.isArray(batch)) return { error: 'expected a JSON array of CloudEvents' };
  if (!batch.every(isEvent)) return { error: 'every event needs a non-empty string "id"' };
  return { events: batch };
}
