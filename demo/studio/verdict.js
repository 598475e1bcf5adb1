/**
 * Theme values judged by the widget itself: its check (`checkTheme`, src/config/check-theme.ts)
 * and its words for what the check finds (`explain`, src/config/messages.ts), both from the
 * built messages file, so the studio keeps no copy of the rules to drift from them. Pure: the
 * browser's CSS.supports comes in as `supports`, as the widget takes it.
 */
export function judgeWith({ checkTheme, explain }, supports) {
  /** The problem the widget notes for `value` as `token` in `theme` (or in `theme.dark`), or undefined when it keeps it. */
  function problemOf(token, value, where = 'theme') {
    let found;
    const values = { [token]: value };
    checkTheme(where === 'dark' ? { dark: values } : values, supports, (problem) => {
      found ??= problem;
    });
    return found;
  }
  const isValid = (token, value) => problemOf(token, value) === undefined;
  return {
    isValid,
    /** The widget's warning for a value it refuses, word for word; undefined when it keeps the value. */
    messageFor(token, value, where) {
      const problem = problemOf(token, value, where);
      return problem && explain([problem])[0];
    },
    /**
     * The fix the warning names (a missing `#` or `px`), for a one-click button: only for a
     * value the browser refused, and only a fix the widget keeps.
     */
    suggestion: (token, value) =>
      problemOf(token, value)?.[0] === 'css'
        ? [`#${value}`, `${value}px`].find((fix) => isValid(token, fix))
        : undefined,
  };
}
