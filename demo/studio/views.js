/** Every state of the widget the studio shows side by side, each in its own preview frame. */

const COMMENT_NEAR_LIMIT = 'The tent arrived a day early and was easy to pitch. '.repeat(19).slice(0, 960);

export const VIEWS = {
  prompt: { title: 'Prompt (feeling)', instrument: 'feeling', initial: {} },
  'follow-up': {
    title: 'Follow-up: words and comment',
    instrument: 'feeling',
    initial: { rating: 2, emotions: ['frustrated'], comment: 'The delivery date was not clear' },
  },
  sending: {
    title: 'Sending (Send pressed, the answer being stored)',
    instrument: 'feeling',
    initial: { rating: 4, emotions: ['relieved'], comment: '', busy: true },
  },
  focus: {
    title: 'Focus ring (keyboard on the chosen face)',
    instrument: 'feeling',
    initial: { rating: 4 },
    focus: true,
  },
  limit: {
    title: 'Comment near its limit, privacy link',
    instrument: 'feeling',
    initial: { rating: 5, emotions: [], comment: COMMENT_NEAR_LIMIT },
    privacy: true,
  },
  thanks: { title: 'Thanks', instrument: 'feeling', initial: { view: 'thanks' } },
  'saved-offline': { title: 'Saved offline', instrument: 'feeling', initial: { view: 'saved-offline' } },
  'slim-bar': {
    title: 'Slim bar (left alone, or focus under the card)',
    instrument: 'feeling',
    initial: { minimized: true },
  },
  effort: { title: 'Effort (7-point agree scale)', instrument: 'effort', initial: {} },
  satisfaction: { title: 'Satisfaction (1–5)', instrument: 'satisfaction', initial: {} },
  recommend: { title: 'Recommend (0–10)', instrument: 'recommend', initial: {} },
};
