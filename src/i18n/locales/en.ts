import { dayParts, formatDay } from '../intl';
import type { LocaleDefinition } from '../locale';

const intlLocale = 'en-GB';
const SHORT = { day: 'numeric', month: 'short', year: 'numeric' } as const;

/** British English. */
export const en: LocaleDefinition = {
  code: 'en',
  intlLocale,
  labels: {
    viewInBrowser: {
      before: 'Trouble reading this email? ',
      link: 'View it in your browser',
      after: '.',
    },
    issueNumber: (n) => `No.\u00a0${n}`,
    placeAndDate: (place, date) => (place ? `${place}, ${date}` : date),
    more: 'Read more…',
    moreText: 'Read more',
    photo: 'Photo',
    online: 'online',
    unsubscribe: 'Unsubscribe',
    unsubscribeSentence: {
      before: 'You receive this newsletter because you subscribed to it. ',
      after: ' with one click, at any time.',
    },
    objectionNotice:
      'You may object to the use of your e-mail address for this newsletter at any time, at no cost other than the transmission costs at the basic rates.',
    phone: 'Phone',
    email: 'Email',
    website: 'Web',
    registerCourt: 'Register court',
    registerNumber: 'Registration number',
    vatId: 'VAT ID',
    supervisoryAuthority: 'Supervisory authority',
    imprint: 'Legal notice',
    addToCalendar: 'Add to calendar',
    archive: 'All issues',
  },
  dates: {
    long: (day) => formatDay(day, intlLocale, { day: 'numeric', month: 'long', year: 'numeric' }),
    event: (day) => formatDay(day, intlLocale, SHORT),
    // "17–18 Mar 2021", "30 Mar – 2 Apr 2021", "30 Dec 2021 – 2 Jan 2022".
    range: (start, end) => {
      const a = dayParts(start, intlLocale, SHORT);
      const b = dayParts(end, intlLocale, SHORT);
      if (start.year !== end.year) return `${a.d} ${a.m} ${a.y} – ${b.d} ${b.m} ${b.y}`;
      if (start.month !== end.month) return `${a.d} ${a.m} – ${b.d} ${b.m} ${b.y}`;
      return `${a.d}–${b.d} ${b.m} ${b.y}`;
    },
  },
};
