/** The exports: answers as CSV (one row per answer, as insights count them), events as NDJSON. */

export const CSV_COLUMNS = [
  'id',
  'time',
  'step',
  'instrument',
  'rating',
  'low',
  'partial',
  'replaces',
  'emotions',
  'comment',
  'page',
  'locale',
  'contact',
  'source',
];

/**
 * One CSV field (RFC 4180). Shoppers typed the comments: a text that starts like a formula
 * (`=`, `+`, `-`, `@`, tab, CR) gets a leading apostrophe, so a spreadsheet shows it, never runs it.
 * A `;` is quoted like a `,`: spreadsheets in many European locales split on it, and would read
 * the text after it as a cell of its own, a formula perhaps.
 */
export function csvField(value) {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Excel reads a CSV as the system's legacy code page unless it starts with a UTF-8 byte-order mark. */
const BOM = '\uFEFF';

export const toCsv = (rows) =>
  BOM +
  [CSV_COLUMNS, ...rows.map((row) => CSV_COLUMNS.map((column) => row[column]))]
    .map((fields) => fields.map(csvField).join(','))
    .join('\r\n')
    .concat('\r\n');

/** The events as stored (JSON texts), one per line. */
export const toNdjson = (texts) => texts.map((text) => `${text}\n`).join('');
