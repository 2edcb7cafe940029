/** Every fixed text a component shows, per locale. */
export interface Labels {
  /** Locale tag for `Intl` formatting. */
  intlLocale: string;
  /** The view-in-browser sentence, split around its link. */
  /** `context`: what screen readers hear after a short link text such as "hier". */
  viewInBrowser: { before: string; link: string; after: string; context?: string };
  /** "Nr. 5", with a no-break space so that the number never wraps alone. */
  issueNumber: (n: number | string) => string;
  /** "Berlin, den 8. Februar 2021" / "Berlin, 8 February 2021". */
  placeAndDate: (place: string | undefined, date: string) => string;
  /** Visible label of a news item's link. */
  more: string;
  /** Label of a news item's link in the plain-text part. */
  moreText: string;
  photo: string;
  online: string;
  unsubscribe: string;
  unsubscribeSentence: { before: string; after: string };
  objectionNotice: string;
  phone: string;
  email: string;
  website: string;
  registerCourt: string;
  registerNumber: string;
  vatId: string;
  /** Shown before the address block, e.g. "Impressum". */
  imprint: string;
}

export const de: Labels = {
  intlLocale: 'de-DE',
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
  imprint: 'Impressum',
};

export const en: Labels = {
  intlLocale: 'en-GB',
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
  imprint: 'Legal notice',
};

export const locales = { de, en } as const;
export type Locale = keyof typeof locales;
