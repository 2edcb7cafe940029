import { compareDays } from '../../base/values/date';
import { dayParts, formatDay } from '../intl';
import type { LocaleDefinition } from '../locale';

const intlLocale = 'de-DE';
const NUMERIC = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;

/** German, as the Vitako-Branchenticker writes it. */
export const de: LocaleDefinition = {
  code: 'de',
  intlLocale,
  labels: {
    viewInBrowser: {
      before: 'Wird diese Nachricht nicht richtig dargestellt, klicken Sie bitte ',
      link: 'hier',
      after: '.',
      context: 'Nachricht im Browser anzeigen',
    },
    issueNumber: (n) => `Nr.\u00a0${n}`,
    placeAndDate: (place, date) => (place ? `${place}, den ${date}` : date),
    more: 'Mehr…',
    moreText: 'Mehr',
    photo: 'Foto',
    online: 'digital',
    unsubscribe: 'Newsletter abbestellen',
    unsubscribeSentence: {
      before: 'Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. ',
      after: ' – mit einem Klick, jederzeit.',
    },
    objectionNotice:
      'Sie können der Verwendung Ihrer E-Mail-Adresse für diesen Newsletter jederzeit widersprechen, ohne dass hierfür andere als die Übermittlungskosten nach den Basistarifen entstehen.',
    phone: 'Telefon',
    email: 'E-Mail',
    website: 'Web',
    registerCourt: 'Registergericht',
    registerNumber: 'Registernummer',
    vatId: 'Umsatzsteuer-Identifikationsnummer gemäß § 27 a Umsatzsteuergesetz',
    supervisoryAuthority: 'Aufsichtsbehörde',
    imprint: 'Impressum',
    addToCalendar: 'In den Kalender',
    archive: 'Alle Ausgaben',
  },
  dates: {
    long: (day) => formatDay(day, intlLocale, { day: 'numeric', month: 'long', year: 'numeric' }),
    event: (day) => formatDay(day, intlLocale, NUMERIC),
    // As German calendars write them: "17./18.03.2021", "17.–20.03.2021", "30.03.–02.04.2021", "30.12.2021–02.01.2022".
    range: (start, end) => {
      const a = dayParts(start, intlLocale, NUMERIC);
      const b = dayParts(end, intlLocale, NUMERIC);
      if (start.year !== end.year) return `${a.d}.${a.m}.${a.y}–${b.d}.${b.m}.${b.y}`;
      if (start.month !== end.month) return `${a.d}.${a.m}.–${b.d}.${b.m}.${b.y}`;
      return `${a.d}.${compareDays(end, start) === 1 ? '/' : '–'}${b.d}.${b.m}.${b.y}`;
    },
  },
};
