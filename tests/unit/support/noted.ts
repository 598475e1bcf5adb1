import { explain } from '../../../src/config/messages.ts';
import type { Problem } from '../../../src/config/problems.ts';

/**
 * What a config checker is given to note problems with, and the warnings they become, worded as
 * the widget words them (config/messages.ts).
 */
export function noted() {
  const problems: Problem[] = [];
  return {
    note: (problem: Problem) => void problems.push(problem),
    problems,
    warnings: () => explain(problems),
  };
}
