import type { LocaleStrings } from '../en.js';

/**
 * Hebrew. Hebrew verbs and adjectives agree with the reader's gender, so the texts use nouns,
 * infinitives ("שליחה", "נא לא לכלול") and first-person answers that fit everyone.
 */
const he: LocaleStrings = {
  region: 'משוב',
  question: 'איך הייתה החוויה?',
  ratings: ['רע מאוד', 'רע', 'לא טוב ולא רע', 'טוב', 'טוב מאוד'],
  emotionsLegend: 'יש מילים שמתארות את התחושה? (לא חובה)',
  emotions: {
    frustrated: 'תסכול',
    confused: 'בלבול',
    worried: 'דאגה',
    disappointed: 'אכזבה',
    annoyed: 'רוגז',
    unsure: 'חוסר ודאות',
    indifferent: 'אדישות',
    patient: 'סבלנות',
    curious: 'סקרנות',
    fine: 'בסדר',
    happy: 'שמחה',
    relieved: 'הקלה',
    reassured: 'ביטחון',
    delighted: 'התלהבות',
    surprised: 'הפתעה נעימה',
  },
  commentLabel: 'משהו להוסיף? (לא חובה)',
  commentHint: 'נא לא לכלול פרטים אישיים כמו שם, דוא״ל או מספר הזמנה.',
  send: 'שליחה',
  close: 'סגירה',
  promptAvailable: 'סקר בתחתית הדף: {question}',
  thanks: 'תודה! התשובה שלך עוזרת לנו להשתפר.',
  savedOffline: 'תודה! התשובה שלך נשמרה ותישלח כשהחיבור לאינטרנט יחזור.',
  minimized: 'הסקר מוזער. אפשר לפתוח אותו שוב בכל עת.',
  dontAsk: 'לא לשאול אותי שוב',
  privacyLink: 'איך אנחנו משתמשים בתשובה שלך',
  // One and two are said without the number, as Hebrew does.
  charactersLeft: { one: 'נותר תו אחד', two: 'נותרו שני תווים', other: 'נותרו {count} תווים' },
  effortQuestion: 'היה קל לעשות את מה שבאתי לעשות.',
  effortLabels: ['בכלל לא נכון', 'לא נכון', 'לא ממש נכון', 'ניטרלי', 'די נכון', 'נכון', 'נכון מאוד'],
  satisfactionQuestion: 'מה רמת שביעות הרצון שלך מהשלב הזה?',
  satisfactionLabels: ['נמוכה מאוד', 'נמוכה', 'בינונית', 'גבוהה', 'גבוהה מאוד'],
  recommendQuestion: 'מה הסיכוי להמליץ עלינו לחברים או לעמיתים?',
  recommendLabels: ['בכלל לא סביר', 'סביר ביותר'],
  helpThanks: 'תודה על השיתוף. מצטערים שהחוויה לא הייתה טובה יותר – העזרה כאן.',
  helpLink: 'לקבלת עזרה',
  helpPhone: 'התקשרו אלינו: {phone}',
  helpEvent: 'צ׳אט איתנו',
  helpContact: 'אפשר ליצור איתך קשר בנושא?',
  helpEmail: 'כתובת הדוא״ל',
  helpEmailHint: 'הדוא״ל ישמש רק למענה בנושא הזה. נא לא לכלול פרטים אישיים נוספים.',
  helpEmailInvalid: 'נא להזין כתובת דוא״ל, למשל name@example.com.',
};

export default he;
