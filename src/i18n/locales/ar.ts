import { formatDay, formatDayRange } from '../intl';
import type { LocaleDefinition } from '../locale';

/**
 * Western digits, whatever the ICU in use takes as the default for "ar": an issue's own numbers
 * (postal codes, phone numbers, "11.000 Arbeitsplätze") are typed with them, and one issue then
 * shows one kind of digit. Month names as CLDR's Modern Standard Arabic writes them (فبراير).
 */
const intlLocale = 'ar-u-nu-latn';
const DATE = { day: 'numeric', month: 'long', year: 'numeric' } as const;

/** Modern Standard Arabic, written right to left. */
export const ar: LocaleDefinition = {
  code: 'ar',
  intlLocale,
  dir: 'rtl',
  labels: {
    viewInBrowser: {
      before: 'إذا لم تظهر هذه الرسالة بشكل صحيح، يمكنك ',
      link: 'عرضها في المتصفح',
      after: '.',
    },
    issueNumber: (n) => `العدد\u00a0${n}`,
    placeAndDate: (place, date) => (place ? `${place}، ${date}` : date),
    more: 'اقرأ المزيد…',
    moreText: 'اقرأ المزيد',
    photo: 'تصوير',
    online: 'عبر الإنترنت',
    unsubscribe: 'إلغاء الاشتراك',
    unsubscribeSentence: {
      before: 'تصلك هذه النشرة لأنك اشتركت فيها. ',
      after: ' بنقرة واحدة، في أي وقت.',
    },
    objectionNotice:
      'يمكنك في أي وقت الاعتراض على استخدام عنوان بريدك الإلكتروني لإرسال هذه النشرة، دون أن تتحمل أي تكاليف غير تكاليف الإرسال وفق الأسعار الأساسية.',
    phone: 'الهاتف',
    email: 'البريد الإلكتروني',
    website: 'الموقع',
    registerCourt: 'محكمة السجل',
    registerNumber: 'رقم القيد',
    vatId: 'رقم التعريف الضريبي لضريبة القيمة المضافة',
    supervisoryAuthority: 'الجهة الرقابية',
    imprint: 'بيانات الناشر',
    addToCalendar: 'أضف إلى التقويم',
    archive: 'جميع الأعداد',
    advertisement: 'إعلان',
    onNetwork: (owner, network) => `${owner} على ${network}`,
    // Guillemets, as Arabic print sets quotations; in right-to-left text they show mirrored, pointing outwards.
    quote: { open: '«', close: '»' },
    comma: '، ',
  },
  dates: {
    long: (day) => formatDay(day, intlLocale, DATE),
    // Arabic has no short month names: an event's date reads as the masthead's, "25 فبراير 2021".
    event: (day) => formatDay(day, intlLocale, DATE),
    // "17–18 مارس 2021", "30 مارس – 2 أبريل 2021", "30 ديسمبر 2021 – 2 يناير 2022".
    range: (start, end) => formatDayRange(start, end, intlLocale, DATE),
  },
};
