import fc from 'fast-check';
import { impressumFindingIds } from '../../src/base/legal';
import { isPlainText } from '../../src/base/values';
import type { IssueData } from '../../src';
import { hostileTexts, hostileUrls } from '../fixtures/hostile';

/**
 * Generators for issue data and component props. `valid*` produce only what the schemas must
 * accept; `mutate` turns valid data into (mostly) invalid data by replacing one field.
 */

const pieces = [
  'Verwaltung', 'IT', 'Rechenzentrum', 'Ünïcödé', 'ß', 'Straße', '👩‍💻', '🇩🇪', 'é', 'عربى', 'עברית', '中文', '–', '…', '„Zitat“',
  '&amp;', '&', '<b>', '</p>', '<script>alert(1)</script>', '"', "'", '{{name}}', '*|FNAME|*', '%%x%%', '<!--', '-->', ']]>', '#', '%', '\\',
  'javascript:alert(1)', 'https://example.org/x', '100 %', '€ 5,–', '☃', '\u00a0', '\u200d', 'Ω', 'x'.repeat(90),
];
const separator = fc.constantFrom(' ', ' ', ' ', '\n', '\t', '', '  ');

/** Plain text with something in it: words, markup look-alikes, scripts, emoji, random characters. */
export const validText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }) }), separator), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.map(([word, sep]) => word + sep).join(''))
  .filter((s) => s.trim().length > 0 && isPlainText(s));

// "ab--…" labels are reserved for punycode (`xn--`), which must decode.
const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/).filter((l) => l.slice(2, 4) !== '--');
const domain = fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('de', 'org', 'example', 'com', 'berlin')).map(([ls, tld]) => [...ls, tld].join('.'));
export const validEmail = fc
  .tuple(fc.stringMatching(/^[A-Za-z0-9+_-]{1,12}(\.[A-Za-z0-9+_-]{1,8}){0,2}$/), domain)
  .map(([local, d]) => `${local}@${d}`);

const path = fc.array(fc.stringMatching(/^[A-Za-z0-9._~%-]{1,10}$/).filter((s) => !/%(?![0-9A-Fa-f]{2})/.test(s)), { maxLength: 3 });
const query = fc.option(fc.stringMatching(/^[a-z]{1,5}=[A-Za-z0-9._-]{0,8}$/), { nil: undefined });
const webUrlOf = (schemes: string[]) =>
  fc
    .tuple(fc.constantFrom(...schemes), domain, fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }), path, query, fc.option(label, { nil: undefined }))
    .map(([scheme, host, port, segments, q, fragment]) => `${scheme}://${host}${port ? `:${port}` : ''}/${segments.join('/')}${q ? `?${q}` : ''}${fragment ? `#${fragment}` : ''}`);

/** What a browser can open: fast-check's `webUrl` also makes hosts with broken punycode (`xn--1`). */
const opensInBrowser = (url: string) => {
  try {
    return new URL(url).hostname !== '';
  } catch {
    return false;
  }
};
export const validWebUrl = fc.oneof(
  webUrlOf(['https', 'http']),
  fc.webUrl({ validSchemes: ['https', 'http'], withQueryParameters: true, withFragments: true }).filter(opensInBrowser),
);
export const validImageSrc = webUrlOf(['https']);
export const validMergeTag = fc.constantFrom('{{unsubscribe_url}}', '{{{unsubscribe}}}', '{{ view_online }}', '*|UNSUB|*', '%%unsubscribe%%');
export const validHref = fc.oneof(
  { weight: 6, arbitrary: validWebUrl },
  { weight: 1, arbitrary: validEmail.map((e) => `mailto:${e}`) },
  { weight: 1, arbitrary: fc.stringMatching(/^\+?[0-9]{2,4}[ /-]?[0-9]{3,8}$/).map((n) => `tel:${n}`) },
  { weight: 1, arbitrary: validMergeTag },
);

const isoDay = fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const image = fc.record(
  {
    src: validImageSrc,
    alt: fc.oneof(fc.constant(''), validText),
    width: fc.integer({ min: 1, max: 2000 }),
    height: fc.integer({ min: 1, max: 2000 }),
    credit: validText,
  },
  { requiredKeys: ['src', 'alt', 'width', 'height'] },
);
const inline = fc.oneof(
  { weight: 3, arbitrary: validText },
  { weight: 1, arbitrary: fc.record({ text: validText, href: validHref, context: validText }, { requiredKeys: ['text', 'href'] }) },
  { weight: 1, arbitrary: fc.record({ bold: validText }) },
);
const richText = fc.oneof(validText, fc.array(inline, { minLength: 1, maxLength: 4 }));
const paragraphs = fc.array(richText, { minLength: 1, maxLength: 3 });

const event = fc
  .record(
    { start: isoDay, length: fc.integer({ min: 0, max: 40 }), title: validText, href: validHref, location: validText, online: fc.boolean() },
    { requiredKeys: ['start', 'length', 'title'] },
  )
  .map(({ length, ...e }) => {
    if (length === 0) return e;
    const end = new Date(`${e.start}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + length - 1);
    return { ...e, end: end.toISOString().slice(0, 10) };
  });

export const validIssue: fc.Arbitrary<IssueData> = fc.record(
  {
    lang: fc.constantFrom('de' as const, 'en' as const),
    title: validText,
    preview: validText.filter((s) => s.trim().length <= 150),
    browserUrl: validHref,
    masthead: fc.record(
      {
        title: validText,
        issueNumber: fc.oneof(fc.integer({ min: 1, max: 999 }), validText),
        date: isoDay,
        place: validText,
        logo: image.map(({ credit: _, ...logo }) => logo),
      },
      { requiredKeys: ['title', 'date'] },
    ),
    intro: fc.record({ greeting: validText, paragraphs, signOff: fc.oneof(validText, fc.array(validText, { minLength: 1, maxLength: 2 })) }, { requiredKeys: ['paragraphs'] }),
    news: fc.array(
      fc.record(
        { title: validText, source: validText, image, imagePosition: fc.constantFrom('top' as const, 'start' as const, 'left' as const, 'thumbnail' as const), href: validHref, moreLabel: validText, morePlacement: fc.constantFrom('line' as const, 'end' as const), paragraphs },
        { requiredKeys: ['title', 'paragraphs'] },
      ),
      { maxLength: 3 },
    ),
    calendar: fc.record(
      { title: validText, events: fc.array(event, { minLength: 1, maxLength: 3 }), allEvents: fc.record({ href: validHref, label: validText }) },
      { requiredKeys: ['events'] },
    ),
    links: fc.array(fc.record({ href: validHref, text: validText, context: validText }, { requiredKeys: ['href', 'text'] }), { maxLength: 2 }),
    footer: fc.record(
      {
        publisher: fc.record(
          {
            // Every part of an Impressum is free text; only its presence is required (plausibility is the check's).
            name: validText,
            legalForm: validText,
            representatives: fc.array(fc.record({ role: validText, name: validText }), { minLength: 1, maxLength: 2 }),
            address: fc.record(
              {
                street: fc.oneof(validText, fc.constantFrom('Charlottenstr. 65', 'Q 5, 22', 'Straße des 17. Juni 135', '10 Downing St')),
                postalCode: fc.oneof(validText, fc.constantFrom('10117', '1012 AB', '00-950', 'DC 20500', 'SW1A 2AA')),
                city: fc.oneof(validText, fc.constantFrom('Berlin', "'s-Hertogenbosch", 'Winsen (Luhe)')),
                country: validText,
              },
              { requiredKeys: ['street', 'postalCode', 'city'] },
            ),
            phone: validText,
            email: validEmail,
            website: validWebUrl,
            register: fc.record({ court: validText, number: validText }),
            vatId: fc.oneof(validText, fc.constantFrom('DE248301028', 'DE 248 301 028', 'ATU12345678', 'CHE-123.456.789 MWST', 'FR12345678901')),
            supervisoryAuthority: validText,
          },
          { requiredKeys: ['name', 'representatives', 'address', 'email'] },
        ),
        disclaimerTitle: validText,
        disclaimer: fc.array(validText, { maxLength: 2 }),
        unsubscribeUrl: validHref,
        objectionNotice: validText,
        impressumLayout: fc.constantFrom('stacked' as const, 'columns' as const),
        accept: fc.array(fc.record({ finding: fc.constantFrom(...impressumFindingIds), reason: validText }), { maxLength: 2 }),
      },
      { requiredKeys: ['publisher', 'unsubscribeUrl'] },
    ),
    density: fc.constantFrom('regular' as const, 'compact' as const),
  },
  { requiredKeys: ['title', 'preview', 'masthead', 'news', 'footer'] },
) as fc.Arbitrary<IssueData>;

/** Values that no field accepts in the place they are put (or that change nothing, for optional fields set to undefined). */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, '', '   ', 0, -1, 1.5, Number.NaN, Infinity, true, {}, [], [null], '2021-02-30', new Date(Number.NaN), 'x'.repeat(151)),
  fc.constantFrom(...hostileUrls.map((u) => u.url)),
  fc.constantFrom(...hostileTexts.filter((t) => t.expect === 'refused').map((t) => t.text)),
  fc.anything(),
);

type Json = unknown;
/** Every path to a leaf or a container in the data. */
export function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const own = prefix.length ? [prefix] : [];
  if (Array.isArray(value)) return [...own, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value && typeof value === 'object' && !(value instanceof Date)) return [...own, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return own;
}

export function setAt<T>(value: T, path: (string | number)[], replacement: unknown): T {
  if (path.length === 0) return replacement as T;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head!] = setAt(copy[head!], rest, replacement);
  return copy as T;
}

export interface Mutation {
  path: (string | number)[];
  kind: 'replace' | 'misspell';
  value?: unknown;
}

/** Replaces one field by a hostile value, or renames one key (a typo). */
export function mutate<T>(data: T, choice: number, replacement: unknown, kind: 'replace' | 'misspell'): { data: T; mutation: Mutation } {
  const all = paths(data);
  // Nothing to replace in an empty object: add a key it does not know.
  if (all.length === 0) return { data: { ...(data as object), unexpected: replacement } as T, mutation: { path: ['unexpected'], kind: 'replace', value: replacement } };
  const path = all[choice % all.length]!;
  if (kind === 'misspell' && typeof path[path.length - 1] === 'string') {
    const parentPath = path.slice(0, -1);
    const key = path[path.length - 1] as string;
    const parent = parentPath.reduce<Record<string | number, unknown>>((v, k) => v[k] as Record<string | number, unknown>, data as Record<string | number, unknown>);
    const { [key]: moved, ...rest } = parent;
    const typo = `${key}s`;
    return { data: setAt(data, parentPath, { ...rest, [typo]: moved }), mutation: { path, kind } };
  }
  return { data: setAt(data, path, replacement), mutation: { path, kind: 'replace', value: replacement } };
}
