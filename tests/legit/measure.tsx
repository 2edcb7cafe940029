import { Issue, renderEmail, type IssueData } from '../../src';
import { checkEmail } from '../../src/check';
import { corpusBase } from '../fuzz/properties';
import { setAt } from '../fuzz/arbitraries';
import { legitLinks, legitPublishers, legitTexts, type LegitPublisher } from '../fixtures/legit';

/**
 * Renders every value of the legitimate corpus and reports what the library did to it: refused
 * (the render threw), altered (the HTML or the plain-text part does not show it as written) or
 * judged wrong (`checkEmail` reports an error). Each value is tried on its own in a valid issue
 * (so that one refusal does not hide another), and each publisher, sentence and link once more
 * as a whole issue for the check.
 */

export interface Outcome {
  value: string;
  where: string;
  detail: string;
}

export interface Measurement {
  values: number;
  records: number;
  refused: Outcome[];
  altered: Outcome[];
  checkErrors: Outcome[];
}

/** React's escaping of text and attribute values. */
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
/** Line wrapping and block breaks change where spaces and newlines are, nothing else. */
const fold = (s: string) => s.replace(/[ \n]+/g, ' ');

async function render(data: IssueData): Promise<{ html: string; text: string } | { error: string }> {
  try {
    return await renderEmail(<Issue data={data} />);
  } catch (error) {
    return { error: (error as Error).message.split('\n')[0]! };
  }
}

function shownIn(html: string, text: string, value: string, inText = true): string | undefined {
  const lines = value.split('\n').filter((l) => l.trim() !== '');
  const missingHtml = lines.find((l) => !html.includes(escape(l)));
  if (missingHtml !== undefined) return `HTML lacks ${JSON.stringify(missingHtml)}`;
  if (inText && !fold(text).includes(fold(value))) return `text part lacks ${JSON.stringify(value)}`;
  return undefined;
}

type Json = Record<string, unknown>;
const basePublisher = corpusBase.footer.publisher as Json;

/** Every string of a publisher with the path where it goes, tried one at a time in the base issue. */
function publisherValues(p: LegitPublisher['publisher']): { path: (string | number)[]; value: string }[] {
  const out: { path: (string | number)[]; value: string }[] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    if (typeof v === 'string') out.push({ path, value: v });
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(p, []);
  // The base issue has one representative: each role and name goes into it.
  return out.map(({ path, value }) => ({ path: path[0] === 'representatives' ? ['representatives', 0, path[2]!] : path, value }));
}

const langOf = (country: string) => (['DE', 'AT', 'CH'].includes(country) ? 'de' : 'en');

/** `strip` leaves fields out of the publishers (to measure a version of the library that lacks them). */
export async function measureLegitCorpus({ strip = [] }: { strip?: string[] } = {}): Promise<Measurement> {
  const m: Measurement = { values: 0, records: 0, refused: [], altered: [], checkErrors: [] };
  const tryValue = async (data: IssueData, value: string, shown: string, where: string, inText = true) => {
    m.values++;
    const result = await render(data);
    if ('error' in result) m.refused.push({ value, where, detail: result.error });
    else {
      const missing = shownIn(result.html, result.text, shown, inText);
      if (missing) m.altered.push({ value, where, detail: missing });
    }
  };
  const checkRecord = async (data: IssueData, value: string, where: string) => {
    m.records++;
    const result = await render(data);
    if ('error' in result) {
      m.refused.push({ value, where: `whole ${where}`, detail: result.error });
      return;
    }
    const errors = checkEmail(result.html).filter((f) => f.severity === 'error');
    if (errors.length) m.checkErrors.push({ value, where, detail: errors.map((f) => `${f.rule}: ${f.message}`).join(' | ') });
  };

  for (const entry of legitPublishers) {
    const publisher = Object.fromEntries(Object.entries(entry.publisher).filter(([k]) => !strip.includes(k))) as LegitPublisher['publisher'];
    for (const { path, value } of publisherValues(publisher)) {
      if (path[0] === 'legalForm') continue; // tried with the name, which it completes
      // A name goes in with its own legal form (or none), as the two are read together.
      const { legalForm: _, ...withoutForm } = basePublisher;
      const base = path[0] === 'name' ? setAt(corpusBase, ['footer', 'publisher'], publisher.legalForm === undefined ? withoutForm : { ...basePublisher, legalForm: publisher.legalForm }) : corpusBase;
      await tryValue(setAt(base, ['footer', 'publisher', ...path], value), value, value, `${publisher.name}: publisher.${path.join('.')}`);
    }
    const data = { ...setAt(corpusBase, ['footer', 'publisher'], publisher), lang: langOf(entry.country) } as IssueData;
    await checkRecord(data, publisher.name, `publisher (${entry.country}, ${entry.kind})`);
  }

  for (const { text, shown = text, why } of legitTexts) {
    await tryValue(setAt(corpusBase, ['news', 0, 'paragraphs'], [text]), text, shown, `paragraph (${why})`);
    if (!text.includes('\n') && !text.includes('\r')) await tryValue(setAt(corpusBase, ['news', 0, 'title'], text), text, shown, `headline (${why})`);
    await checkRecord(setAt(corpusBase, ['news', 0, 'paragraphs'], [text]), text, `paragraph (${why})`);
  }

  for (const { url, why } of legitLinks) {
    const inText = url.replace(/^mailto:/i, '');
    const run = setAt(corpusBase, ['news', 0, 'paragraphs'], [['Siehe ', { text: 'die Seite', href: url }, '.']]);
    m.values++;
    const result = await render(run);
    if ('error' in result) m.refused.push({ value: url, where: `link (${why})`, detail: result.error });
    else if (!result.html.includes(`href="${escape(url)}"`) || !result.text.includes(`<${inText}>`))
      m.altered.push({ value: url, where: `link (${why})`, detail: result.html.includes(`href="${escape(url)}"`) ? 'text part lacks it' : 'HTML lacks it' });
    await checkRecord(run, url, `link (${why})`);
  }
  return m;
}

export function summary(m: Measurement): string {
  const list = (name: string, outcomes: Outcome[]) =>
    outcomes.length ? `\n${name}:\n${outcomes.map((o) => `  ${JSON.stringify(o.value)} in ${o.where}: ${o.detail}`).join('\n')}` : '';
  return (
    `legit corpus: ${m.values} values (${m.records} whole records): ${m.refused.length} refused, ${m.altered.length} altered, ${m.checkErrors.length} with check errors` +
    list('refused', m.refused) +
    list('altered', m.altered) +
    list('check errors', m.checkErrors)
  );
}
