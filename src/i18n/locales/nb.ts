import type { Strings } from '../en.js';

/** Norwegian Bokmål (also shown for "no" and Nynorsk), with the "du" Norwegian shops use. */
const nb: Strings = {
  region: 'Din mening',
  question: 'Hvordan føltes det?',
  ratings: ['Svært dårlig', 'Dårlig', 'Verken bra eller dårlig', 'Bra', 'Svært bra'],
  emotionsLegend: 'Passer noen av ordene? (valgfritt)',
  emotions: {
    frustrated: 'Frustrert',
    confused: 'Forvirret',
    worried: 'Bekymret',
    disappointed: 'Skuffet',
    annoyed: 'Irritert',
    unsure: 'Usikker',
    indifferent: 'Likegyldig',
    patient: 'Tålmodig',
    curious: 'Nysgjerrig',
    fine: 'Helt greit',
    happy: 'Glad',
    relieved: 'Lettet',
    reassured: 'Trygg',
    delighted: 'Begeistret',
    surprised: 'Positivt overrasket',
  },
  commentLabel: 'Vil du legge til noe? (valgfritt)',
  commentHint: 'Ikke skriv personopplysninger som navn, e-post eller ordrenummer.',
  send: 'Send',
  close: 'Lukk',
  promptAvailable: 'Spørreundersøkelse nederst på siden: {question}',
  thanks: 'Takk! Svaret ditt hjelper oss å bli bedre.',
  savedOffline: 'Takk! Svaret ditt er lagret – vi sender det når du er på nett igjen.',
  minimized: 'Spørreundersøkelsen er minimert. Du kan åpne den igjen når som helst.',
  dontAsk: 'Ikke spør igjen',
  privacyLink: 'Slik bruker vi svaret ditt',
  charactersLeft: { one: '{count} tegn igjen', other: '{count} tegn igjen' },
  effortQuestion: 'Det var enkelt å gjøre det jeg kom hit for.',
  effortLabels: ['Helt uenig', 'Uenig', 'Litt uenig', 'Verken enig eller uenig', 'Litt enig', 'Enig', 'Helt enig'],
  satisfactionQuestion: 'Hvor fornøyd er du med dette steget?',
  satisfactionLabels: ['Svært misfornøyd', 'Misfornøyd', 'Verken fornøyd eller misfornøyd', 'Fornøyd', 'Svært fornøyd'],
};

export default nb;
