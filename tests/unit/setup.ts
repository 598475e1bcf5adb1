import 'fake-indexeddb/auto';
import { afterEach, vi } from 'vitest';
import { CSS_WIDE } from './support/css-wide.ts';

// happy-dom's CSS.supports says yes to everything. A browser's `all` property takes only the
// CSS-wide keywords, which the theme's check asks it about (config/check-theme.ts). (Each read
// of window.CSS is a new object in happy-dom: the method is replaced on their prototype.)
if (typeof CSS !== 'undefined') {
  const prototype = Object.getPrototypeOf(CSS) as { supports(property: string, value?: string): boolean };
  const supports = prototype.supports;
  prototype.supports = function (property, value) {
    if (property === 'all' && value !== undefined) return CSS_WIDE.test(value.trim());
    return supports.call(this, property, value);
  };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  // DOM tests share one happy-dom document per file: leave it as each test found it.
  if (typeof document !== 'undefined') document.body.replaceChildren();
});
