/** Types of verdict.js (theme values judged by the widget's own check), for the TypeScript tests. */
import type { checkTheme } from '../../src/config/check-theme.ts';
import type { explain } from '../../src/config/messages.ts';

export declare function judgeWith(
  checks: { checkTheme: typeof checkTheme; explain: typeof explain },
  supports: (property: string, value: string) => boolean,
): {
  isValid(token: string, value: string): boolean;
  messageFor(token: string, value: string, where?: 'theme' | 'dark'): string | undefined;
  suggestion(token: string, value: string): string | undefined;
};
