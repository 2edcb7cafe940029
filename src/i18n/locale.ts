import type { Direction } from '../base/bidi';
import type { CalendarDay } from '../base/values/date';

export type { Direction };

/** Every fixed text a component shows. */
export interface Labels {
  /**
   * The view-in-browser sentence, split around its link; `context` is what screen readers hear
   * after a short link text such as "hier".
   */
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
  /** A public-law body's supervisory authority: "Aufsichtsbehörde". */
  supervisoryAuthority: string;
  /** Shown before the address block, e.g. "Impressum". */
  imprint: string;
  /** Link after an event that adds it to the reader's calendar. */
  addToCalendar: string;
  /** Heading of the web archive that lists every issue. */
  archive: string;
  /** The label of sponsored content, shown in full before it: "Anzeige" / "Advertisement". */
  advertisement: string;
  /** A social profile's name for screen readers: "Vitako auf Mastodon" / "Vitako on Mastodon". */
  onNetwork: (owner: string, network: string) => string;
  /** Quotation marks around a quote: „…“ / “…” / «…». */
  quote: { open: string; close: string };
  /**
   * What separates the parts of one line, such as an event's date, place and title: ", " in
   * German and English, "، " (the Arabic comma) in Arabic. @default ', '
   */
  comma?: string;
}

/** How a locale writes dates. */
export interface DateWording {
  /** The masthead's date: "8. Februar 2021". */
  long: (day: CalendarDay) => string;
  /** An event on one day: "25.02.2021". */
  event: (day: CalendarDay) => string;
  /** An event over several days (`end` is later than `start`): "17./18.03.2021". */
  range: (start: CalendarDay, end: CalendarDay) => string;
}

/**
 * A language the newsletter speaks: all its fixed wording in one object. Adding a language is
 * one file that defines one of these and passes it to `registerLocale`.
 */
export interface LocaleDefinition {
  /** The code issues use as `lang`, also written to `<html lang>`: "de". */
  code: string;
  /** Locale tag for `Intl` formatting: "de-DE". */
  intlLocale: string;
  /**
   * The writing direction, written to `<html dir>` and the body's wrapper: `rtl` mirrors the
   * layout (text aligned right, images and columns from the right, lists and rows right to left).
   * @default 'ltr'
   */
  dir?: Direction;
  labels: Labels;
  dates: DateWording;
}
