/**
 * The known name a misspelt one most likely meant (`endpont` → `endpoint`, `qeustion` →
 * `question`, `batchsize` → `batchSize`), or undefined when none is close. Close means the same
 * letters, ignoring case and order, but for at most two (a letter added, left out or changed):
 * cheaper than an edit distance in the widget's bytes, and as good for option names.
 */
export function nearKey(given: string, known: readonly string[]): string | undefined {
  return known.find((name) => {
    // The letters of `name` that `given` does not use, plus those of `given` that `name` lacks.
    let left = name.toLowerCase();
    let extra = 0;
    for (const letter of given.toLowerCase()) {
      const rest = left.replace(letter, '');
      if (rest === left) extra++;
      left = rest;
    }
    return extra + left.length < 3;
  });
}

/** ` (did you mean "x"?)` for a name with a near known one, else nothing. */
export const didYouMean = (given: string, known: readonly string[]): string => {
  const near = nearKey(given, known);
  return near ? ` (did you mean "${near}"?)` : '';
};
