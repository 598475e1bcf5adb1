/** Emotion words offered after a rating, chosen by its valence. Keys travel in the payload. */
export const EMOTIONS = {
  negative: ['frustrated', 'confused', 'worried', 'disappointed', 'annoyed'],
  neutral: ['unsure', 'indifferent', 'patient', 'curious', 'fine'],
  positive: ['happy', 'relieved', 'reassured', 'delighted', 'surprised'],
} as const;

export type EmotionKey = (typeof EMOTIONS)[keyof typeof EMOTIONS][number];

export const en = {
  region: 'Feedback',
  question: 'How did this make you feel?',
  ratings: ['Very unhappy', 'Unhappy', 'Neither happy nor unhappy', 'Happy', 'Very happy'],
  emotionsLegend: 'Any words that fit? (optional)',
  emotions: {
    frustrated: 'Frustrated',
    confused: 'Confused',
    worried: 'Worried',
    disappointed: 'Disappointed',
    annoyed: 'Annoyed',
    unsure: 'Unsure',
    indifferent: 'Indifferent',
    patient: 'Patient',
    curious: 'Curious',
    fine: 'Fine',
    happy: 'Happy',
    relieved: 'Relieved',
    reassured: 'Reassured',
    delighted: 'Delighted',
    surprised: 'Pleasantly surprised',
  } satisfies Record<EmotionKey, string>,
  commentLabel: 'Anything to add? (optional)',
  commentHint: 'Please leave out personal details such as your name, email or order number.',
  send: 'Send',
  sending: 'Saving…',
  close: 'Close',
  pickRating: 'Please choose a face first.',
  promptAvailable: 'A one-question survey is open at the bottom of the page: {question}',
  thanks: 'Thank you! Your answer helps us improve.',
  savedOffline: 'Thank you! Your answer is saved — we’ll send it when you’re back online.',
};

export type Strings = typeof en;

/** Fills `{name}` placeholders; an unknown placeholder stays as written. */
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}
