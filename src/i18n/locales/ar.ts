import type { LocaleStrings } from '../en.js';

/**
 * Arabic (Modern Standard). Written so it reads right for every shopper: nouns, passives and
 * first-person answers instead of gendered second-person verbs and adjectives.
 */
const ar: LocaleStrings = {
  region: 'رأيك',
  question: 'كيف كان شعورك؟',
  ratings: ['سيئ جدًا', 'سيئ', 'لا جيد ولا سيئ', 'جيد', 'جيد جدًا'],
  emotionsLegend: 'هل تصف إحدى هذه الكلمات شعورك؟ (اختياري)',
  emotions: {
    frustrated: 'إحباط',
    confused: 'حيرة',
    worried: 'قلق',
    disappointed: 'خيبة أمل',
    annoyed: 'انزعاج',
    unsure: 'تردد',
    indifferent: 'لا مبالاة',
    patient: 'صبر',
    curious: 'فضول',
    fine: 'لا بأس',
    happy: 'سعادة',
    relieved: 'ارتياح',
    reassured: 'طمأنينة',
    delighted: 'بهجة',
    surprised: 'مفاجأة سارة',
  },
  commentLabel: 'ملاحظات إضافية (اختياري)',
  commentHint: 'يُرجى عدم كتابة بيانات شخصية مثل الاسم أو البريد الإلكتروني أو رقم الطلب.',
  send: 'إرسال',
  close: 'إغلاق',
  promptAvailable: 'استبيان أسفل الصفحة: {question}',
  thanks: 'شكرًا! إجابتك تساعدنا على التحسين.',
  savedOffline: 'شكرًا! حُفظت إجابتك، وسنرسلها عند عودة الاتصال بالإنترنت.',
  minimized: 'تم تصغير الاستبيان. يمكن فتحه في أي وقت.',
  dontAsk: 'لا تسألني مرة أخرى',
  privacyLink: 'كيف نستخدم إجابتك',
  // One and two are said without the number, as Arabic does.
  charactersLeft: {
    zero: 'لم يتبقَّ أي حرف',
    one: 'بقي حرف واحد',
    two: 'بقي حرفان',
    few: 'بقيت {count} أحرف',
    many: 'بقي {count} حرفًا',
    other: 'بقي {count} حرف',
  },
  effortQuestion: 'كان من السهل إنجاز ما جئت من أجله.',
  effortLabels: [
    'أعارض بشدة',
    'أعارض',
    'أعارض إلى حد ما',
    'لا أوافق ولا أعارض',
    'أوافق إلى حد ما',
    'أوافق',
    'أوافق بشدة',
  ],
  satisfactionQuestion: 'ما مدى رضاك عن هذه الخطوة؟',
  satisfactionLabels: ['منخفض جدًا', 'منخفض', 'متوسط', 'مرتفع', 'مرتفع جدًا'],
  recommendQuestion: 'ما مدى احتمال التوصية بنا لصديق أو زميل؟',
  recommendLabels: ['غير محتمل إطلاقًا', 'محتمل للغاية'],
  helpThanks: 'شكرًا على إخبارنا. نأسف لأن التجربة لم تكن أفضل، والمساعدة متاحة هنا.',
  helpLink: 'الحصول على المساعدة',
  helpPhone: 'للاتصال بنا: {phone}',
  helpEvent: 'الدردشة معنا',
  helpContact: 'هل يمكننا التواصل معك بشأن ذلك؟',
  helpEmail: 'عنوان البريد الإلكتروني',
  helpEmailHint: 'سنستخدم البريد الإلكتروني للرد بشأن هذا الأمر فقط. يُرجى عدم كتابة بيانات شخصية أخرى.',
  helpEmailInvalid: 'يُرجى إدخال عنوان بريد إلكتروني صحيح، مثل name@example.com.',
};

export default ar;
