import type { LocaleStrings } from '../en.js';

/**
 * Polish, with the informal "ty" common in online shops ("Twoja" capitalised, as is polite);
 * nouns and neutral turns instead of gendered past tenses and adjectives.
 */
const pl: LocaleStrings = {
  region: 'Twoja opinia',
  question: 'Jak się z tym czujesz?',
  ratings: ['Bardzo źle', 'Źle', 'Ani dobrze, ani źle', 'Dobrze', 'Bardzo dobrze'],
  emotionsLegend: 'Które słowa pasują? (opcjonalnie)',
  emotions: {
    frustrated: 'Frustracja',
    confused: 'Dezorientacja',
    worried: 'Niepokój',
    disappointed: 'Rozczarowanie',
    annoyed: 'Irytacja',
    unsure: 'Niepewność',
    indifferent: 'Obojętność',
    patient: 'Cierpliwość',
    curious: 'Ciekawość',
    fine: 'W porządku',
    happy: 'Radość',
    relieved: 'Ulga',
    reassured: 'Spokój',
    delighted: 'Zachwyt',
    surprised: 'Miłe zaskoczenie',
  },
  commentLabel: 'Chcesz coś dodać? (opcjonalnie)',
  commentHint: 'Nie podawaj danych osobowych, takich jak imię i nazwisko, e-mail czy numer zamówienia.',
  send: 'Wyślij',
  close: 'Zamknij',
  promptAvailable: 'Ankieta na dole strony: {question}',
  thanks: 'Dziękujemy! Twoja odpowiedź pomoże nam działać lepiej.',
  savedOffline: 'Dziękujemy! Twoja odpowiedź została zapisana – wyślemy ją, gdy znów będziesz online.',
  minimized: 'Ankieta zminimalizowana. Możesz ją ponownie otworzyć w dowolnej chwili.',
  dontAsk: 'Nie pytaj ponownie',
  privacyLink: 'Jak wykorzystujemy Twoją odpowiedź',
  // 1 znak; 2–4, 22–24… znaki; 5–21, 25… znaków; fractions znaku.
  charactersLeft: {
    one: 'Został {count} znak',
    few: 'Zostały {count} znaki',
    many: 'Zostało {count} znaków',
    other: 'Zostało {count} znaku',
  },
  effortQuestion: 'Łatwo było tu załatwić moją sprawę.',
  effortLabels: [
    'Zdecydowanie się nie zgadzam',
    'Nie zgadzam się',
    'Raczej się nie zgadzam',
    'Ani się zgadzam, ani nie zgadzam',
    'Raczej się zgadzam',
    'Zgadzam się',
    'Zdecydowanie się zgadzam',
  ],
  satisfactionQuestion: 'Jak oceniasz ten etap?',
  satisfactionLabels: [
    'Bardzo niezadowalający',
    'Niezadowalający',
    'Ani zadowalający, ani niezadowalający',
    'Zadowalający',
    'Bardzo zadowalający',
  ],
  recommendQuestion: 'Jak prawdopodobne jest, że polecisz nas znajomym lub współpracownikom?',
  recommendLabels: ['Zupełnie nieprawdopodobne', 'Bardzo prawdopodobne'],
  helpThanks: 'Dziękujemy za informację. Przykro nam, że nie poszło lepiej – pomoc jest na wyciągnięcie ręki.',
  helpLink: 'Uzyskaj pomoc',
  helpPhone: 'Zadzwoń do nas: {phone}',
  helpEvent: 'Czatuj z nami',
  helpContact: 'Czy możemy skontaktować się z Tobą w tej sprawie?',
  helpEmail: 'Twój adres e-mail',
  helpEmailHint:
    'Użyjemy Twojego adresu e-mail tylko po to, by odpowiedzieć w tej sprawie. Nie podawaj innych danych osobowych.',
  helpEmailInvalid: 'Wpisz adres e-mail, np. imie@example.com.',
};

export default pl;
