import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { branchenticker05 } from '../../emails/fixtures/branchenticker-05';
import { dayParts, formatDay, formatEventDate, Issue, localeCodes, registerLocale, renderEmail, type LocaleDefinition } from '../../src';

// A third language is this one object: nothing outside this file changes to add it.
const intlLocale = 'fr-FR';
const NUMERIC = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;
const fr: LocaleDefinition = {
  code: 'fr',
  intlLocale,
  labels: {
    viewInBrowser: { before: 'Ce message ne s’affiche pas correctement ? ', link: 'Ouvrez-le dans votre navigateur', after: '.' },
    issueNumber: (n) => `n°\u00a0${n}`,
    placeAndDate: (place, date) => (place ? `${place}, le ${date}` : date),
    more: 'Lire la suite…',
    moreText: 'Lire la suite',
    photo: 'Photo',
    online: 'en ligne',
    unsubscribe: 'Se désabonner',
    unsubscribeSentence: { before: 'Vous recevez cette lettre parce que vous y êtes abonné·e. ', after: ' en un clic, à tout moment.' },
    objectionNotice: 'Vous pouvez vous opposer à tout moment à l’utilisation de votre adresse e-mail pour cette lettre.',
    phone: 'Téléphone',
    email: 'E-mail',
    website: 'Web',
    registerCourt: 'Tribunal d’immatriculation',
    registerNumber: 'Numéro d’immatriculation',
    vatId: 'N° TVA intracommunautaire',
    supervisoryAuthority: 'Autorité de tutelle',
    imprint: 'Mentions légales',
    addToCalendar: 'Ajouter au calendrier',
    archive: 'Tous les numéros',
    advertisement: 'Publicité',
    onNetwork: (owner, network) => `${owner} sur ${network}`,
    quote: { open: '«\u00a0', close: '\u00a0»' },
  },
  dates: {
    long: (day) => formatDay(day, intlLocale, { day: 'numeric', month: 'long', year: 'numeric' }),
    event: (day) => formatDay(day, intlLocale, NUMERIC),
    range: (start, end) => {
      const a = dayParts(start, intlLocale, NUMERIC);
      const b = dayParts(end, intlLocale, NUMERIC);
      return start.year === end.year ? `du ${a.d}/${a.m} au ${b.d}/${b.m}/${b.y}` : `du ${a.d}/${a.m}/${a.y} au ${b.d}/${b.m}/${b.y}`;
    },
  },
};

describe('a third locale defined in one file', () => {
  it('is refused before it is registered, naming the languages there are', async () => {
    await expect(renderEmail(<Issue data={{ ...branchenticker05, lang: 'fr' }} />)).rejects.toThrow(
      /Issue: prop "lang" must be one of "de", "en", "ar", got "fr"/,
    );
  });

  it('speaks French in a whole issue once registered', async () => {
    registerLocale(fr);
    expect(localeCodes()).toEqual(['de', 'en', 'ar', 'fr']);
    const { html, text } = await renderEmail(<Issue data={{ ...branchenticker05, lang: 'fr' }} />);
    const $ = load(html);
    expect($('html').attr('lang')).toBe('fr');
    expect($('h1').text()).toBe('Vitako-Branchenticker n°\u00a05');
    expect(text).toContain('Berlin, le 8 février 2021');
    expect(text).toContain('25/02/2021');
    expect(text).toContain('du 17/03 au 18/03/2021');
    expect(text).toContain('(en ligne)');
    expect(text).toContain('Lire la suite: https://');
    expect(text).toContain('Se désabonner');
    // The content stays German; none of the German fixed wording is left.
    expect(text).not.toMatch(/Mehr: https|den 8. Februar|\(digital\)|Newsletter abbestellen|25\.02\.2021/);
  });

  it('formats dates through the same functions as the built-in locales', () => {
    const day = { year: 2021, month: 12, day: 30 };
    expect(formatEventDate(day, { year: 2022, month: 1, day: 2 }, fr)).toBe('du 30/12/2021 au 02/01/2022');
    expect(formatEventDate(day, day, 'fr')).toBe('30/12/2021');
  });
});
