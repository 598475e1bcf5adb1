/** Small statistics and size helpers. */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const sorted = (values) => values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);

/** Nearest-rank percentile (p in 0..100) of the finite values; NaN when there are none. */
export function percentile(values, p) {
  const list = sorted(values);
  if (!list.length) return Number.NaN;
  return list[Math.min(list.length - 1, Math.max(0, Math.ceil((p / 100) * list.length) - 1))];
}

/** Median (mean of the middle two for an even count), min, max and count. */
export function summary(values) {
  const list = sorted(values);
  if (!list.length) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, n: 0 };
  const mid = list.length >> 1;
  const median = list.length % 2 ? list[mid] : (list[mid - 1] + list[mid]) / 2;
  return { median, min: list[0], max: list[list.length - 1], n: list.length };
}

/** Raw, gzip -9 and brotli -q 11 bytes of one file. */
export function sizes(body) {
  const buffer = Buffer.from(body);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}
