/**
 * The English texts of the scales other than feeling's faces: in the scale's own file, fetched
 * only by a step that asks on one of them (other languages: their `effort`, `satisfaction` and
 * `recommend` parts).
 */
export const enScales = {
  /** The effort instrument (CES): a statement rated on a 7-point agree scale. */
  effortQuestion: 'It was easy to do what I came here to do.',
  effortLabels: [
    'Strongly disagree',
    'Disagree',
    'Somewhat disagree',
    'Neither agree nor disagree',
    'Somewhat agree',
    'Agree',
    'Strongly agree',
  ],
  /** The satisfaction instrument (CSAT, 1–5). */
  satisfactionQuestion: 'How satisfied are you with this step?',
  satisfactionLabels: [
    'Very dissatisfied',
    'Dissatisfied',
    'Neither satisfied nor dissatisfied',
    'Satisfied',
    'Very satisfied',
  ],
  /** The recommend instrument (NPS, 0–10): the question, and the words at its two ends. */
  recommendQuestion: 'How likely are you to recommend us to a friend or colleague?',
  recommendLabels: ['Not at all likely', 'Extremely likely'],
};

export type ScaleStrings = typeof enScales;
