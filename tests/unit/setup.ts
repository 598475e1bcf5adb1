import 'fake-indexeddb/auto';
import { afterEach, vi } from 'vitest';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  // DOM tests share one happy-dom document per file: leave it as each test found it.
  if (typeof document !== 'undefined') document.body.replaceChildren();
});
