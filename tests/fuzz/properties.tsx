import { createElement, type ComponentType, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { load } from 'cheerio';
import type { z } from 'zod';
import {
  CallToAction,
  EventCalendar,
  InlineLink,
  Intro,
  Issue,
  issueSchema,
  LegalFooter,
  Masthead,
  NewsItem,
  Newsletter,
  NewsletterPropError,
  renderEmail,
  type IssueData,
  type RichText,
} from '../../src';
import { callToActionSchema } from '../../src/components/CallToAction';
import { eventCalendarSchema } from '../../src/components/EventCalendar';
import { introSchema } from '../../src/components/Intro';
import { legalFooterSchema } from '../../src/components/LegalFooter';
import { mastheadSchema } from '../../src/components/Masthead';
import { newsItemSchema } from '../../src/components/NewsItem';
import { hostileTexts, hostileUrls } from '../fixtures/hostile';
import { paths, setAt } from './arbitraries';

/**
 * The properties every input must keep, as plain functions so that the vitest suite (a few
 * thousand runs) and `npm run fuzz` (tens of thousands) check exactly the same things. Each
 * returns the problems it found; an empty list means the property held.
 */

export type Problem = { kind: 'crash' | 'lost-content' | 'disagreement' | 'unnamed-error' | 'nondeterministic' | 'hostile-through'; detail: string };

const show = (value: unknown) => {
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))?.slice(0, 400) ?? String(value);
  } catch {
    return String(value);
  }
};

/** Renders through React only (validation and markup, no inlining): fast enough for thousands of runs. */
function staticRender(element: ReactElement): { ok: true; html: string } | { ok: false; error: unknown } {
  try {
    return { ok: true, html: renderToStaticMarkup(element) };
  } catch (error) {
    return { ok: false, error };
  }
}

/** An element from untyped props: the fuzzer hands components whatever it likes. */
const el = (component: unknown, props: Record<string, unknown>, ...children: ReactNode[]) =>
  createElement(component as ComponentType<Record<string, unknown>>, props, ...children);

const inNewsletter = (block: ReactElement) => (
  <Newsletter title="Fuzz" preview="Fuzz">
    {block}
  </Newsletter>
);

/** The problem for an error that is not ours, or is ours but names nothing. */
function namedErrorProblem(error: unknown, input: unknown): Problem | undefined {
  if (!(error instanceof NewsletterPropError)) return { kind: 'crash', detail: `${(error as Error)?.name}: ${(error as Error)?.message} for ${show(input)}` };
  if (error.problems.length === 0 || error.problems.some((p) => !p.message || /^Invalid input/.test(p.message)))
    return { kind: 'unnamed-error', detail: `${error.message} for ${show(input)}` };
  return undefined;
}

/** zod issues must each say something and point at a field (an unknown key may point at its object). */
function zodIssueProblems(issues: z.core.$ZodIssue[], input: unknown): Problem[] {
  return issues
    .filter((i) => !i.message || /^Invalid input/.test(i.message) || (i.path.length === 0 && i.code !== 'unrecognized_keys' && i.code !== 'invalid_type' && input !== null && typeof input === 'object'))
    .map((i) => ({ kind: 'unnamed-error' as const, detail: `${show(i)} for ${show(input)}` }));
}

function safeParse(data: unknown): { result?: ReturnType<typeof issueSchema.safeParse>; problem?: Problem } {
  try {
    return { result: issueSchema.safeParse(data) };
  } catch (error) {
    return { problem: { kind: 'crash', detail: `issueSchema.safeParse threw ${(error as Error)?.name}: ${(error as Error)?.message} for ${show(data)}` } };
  }
}

/** Any data: the schema never throws, its issues are named, and `<Issue>` agrees with it. */
export function checkIssueData(data: unknown): Problem[] {
  const { result, problem } = safeParse(data);
  if (problem) return [problem];
  const problems = result!.success ? [] : zodIssueProblems(result!.error.issues, data);
  const rendered = staticRender(<Issue data={data as IssueData} />);
  if (!rendered.ok) {
    const named = namedErrorProblem(rendered.error, data);
    if (named) problems.push(named);
  }
  if (rendered.ok !== result!.success) {
    problems.push({
      kind: 'disagreement',
      detail: `schema ${result!.success ? 'accepts' : 'refuses'} but <Issue> ${rendered.ok ? 'renders' : `throws ${(rendered as { error: Error }).error?.message}`}: ${show(data)}`,
    });
  }
  return problems;
}

/** Valid data only: the schema accepts it (a refusal counts as a disagreement with the generator's contract). */
export function checkValidIssue(data: IssueData): Problem[] {
  const { result, problem } = safeParse(data);
  if (problem) return [problem];
  if (!result!.success) return [{ kind: 'disagreement', detail: `valid data refused: ${result!.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')} in ${show(data)}` }];
  return checkIssueData(data);
}

const richTexts = (p: RichText): string[] =>
  (typeof p === 'string' ? [p] : p).flatMap((run) => (typeof run === 'string' ? [run] : 'bold' in run ? [run.bold] : [run.text, run.href]));

/** The text an editor wrote that the plain-text part must carry (the preheader and hidden link context are left out by design). */
export function expectedTexts(data: IssueData): string[] {
  const m = data.masthead;
  const f = data.footer;
  const p = f.publisher;
  const texts: (string | number | undefined)[] = [
    data.browserUrl,
    m.title,
    m.issueNumber,
    m.place,
    data.intro?.greeting,
    ...(data.intro?.paragraphs.flatMap(richTexts) ?? []),
    ...(data.intro?.signOff === undefined ? [] : [data.intro.signOff].flat()),
    ...data.news.flatMap((n) => [n.source, n.title, n.image?.credit, n.href, ...n.paragraphs.flatMap(richTexts)]),
    data.calendar?.title,
    ...(data.calendar?.events.flatMap((e) => [e.title, e.location, e.href]) ?? []),
    data.calendar?.allEvents?.label,
    data.calendar?.allEvents?.href,
    ...(data.links?.flatMap((l) => [l.text, l.href]) ?? []),
    p.name,
    p.legalForm,
    ...p.representatives.flatMap((r) => [r.role, r.name]),
    p.address.street,
    p.address.postalCode,
    p.address.city,
    p.address.country,
    p.phone,
    p.email,
    p.website,
    p.register?.court,
    p.register?.number,
    p.vatId,
    p.supervisoryAuthority,
    f.disclaimerTitle,
    ...(f.disclaimer ?? []),
    f.objectionNotice,
    f.unsubscribeUrl,
  ];
  return texts
    .filter((t): t is string | number => t !== undefined)
    .map((t) => String(t).trim().replace(/^mailto:/i, ''))
    .filter((t) => t.length > 0);
}

// html-to-text folds these as whitespace; line wrapping changes where they are; the render path
// puts an invisible WORD JOINER (U+2060) into merge-tag delimiters of typed text ("{⁠{").
const fold = (s: string) => s.replace(/[\s\u200b\u2060]+/g, '');

/** Full render path: nothing the editor wrote is missing from the text part; the same input gives the same bytes. */
export async function checkRender(data: IssueData): Promise<Problem[]> {
  let first: { html: string; text: string };
  let second: { html: string; text: string };
  try {
    first = await renderEmail(<Issue data={data} />);
    second = await renderEmail(<Issue data={data} />);
  } catch (error) {
    return [{ kind: 'crash', detail: `renderEmail threw ${(error as Error)?.name}: ${(error as Error)?.message} for ${show(data)}` }];
  }
  const problems: Problem[] = [];
  if (first.html !== second.html || first.text !== second.text) problems.push({ kind: 'nondeterministic', detail: show(data) });
  const text = fold(first.text);
  for (const expected of expectedTexts(data)) {
    if (!text.includes(fold(expected))) problems.push({ kind: 'lost-content', detail: `${JSON.stringify(expected)} missing from the text part of ${show(data)}` });
  }
  return problems;
}

interface ComponentCase {
  name: string;
  props: Record<string, unknown>;
  element: (props: Record<string, unknown>) => ReactElement;
  /** The schema the component validates its props with, where the props are exactly what it validates. */
  schema?: z.ZodType;
}

/** Each component's props as they appear in an issue. */
export function componentCases(data: IssueData): ComponentCase[] {
  const cases: ComponentCase[] = [
    {
      name: 'Newsletter',
      props: { lang: data.lang ?? 'de', title: data.title, preview: data.preview, browserUrl: data.browserUrl },
      element: (p) => el(Newsletter, p),
    },
    { name: 'Masthead', props: { ...data.masthead }, element: (p) => inNewsletter(el(Masthead, p)), schema: mastheadSchema },
    { name: 'LegalFooter', props: { ...data.footer }, element: (p) => inNewsletter(el(LegalFooter, p)), schema: legalFooterSchema },
  ];
  if (data.intro) {
    const { paragraphs: _, ...props } = data.intro;
    cases.push({ name: 'Intro', props, element: (p) => inNewsletter(el(Intro, p, 'Text.')), schema: introSchema });
  }
  for (const { paragraphs: _, ...item } of data.news) {
    cases.push({ name: 'NewsItem', props: item, element: (p) => inNewsletter(el(NewsItem, p, 'Text.')), schema: newsItemSchema });
  }
  if (data.calendar) cases.push({ name: 'EventCalendar', props: { ...data.calendar }, element: (p) => inNewsletter(el(EventCalendar, p)), schema: eventCalendarSchema });
  for (const { text, ...link } of data.links ?? []) {
    cases.push({ name: 'CallToAction', props: link, element: (p) => inNewsletter(el(CallToAction, p, text)), schema: callToActionSchema });
  }
  for (const p of [...(data.intro?.paragraphs ?? []), ...data.news.flatMap((n) => n.paragraphs)]) {
    for (const run of typeof p === 'string' ? [] : p) {
      if (typeof run === 'object' && 'href' in run) {
        const { text, ...props } = run;
        cases.push({ name: 'InlineLink', props, element: (q) => inNewsletter(el(InlineLink, q, text)) });
      }
    }
  }
  return cases;
}

/** A component's props: valid ones render; others give a named error; the component agrees with its schema. */
export function checkComponent(c: ComponentCase, props: Record<string, unknown>, expectValid: boolean): Problem[] {
  const rendered = staticRender(c.element(props));
  const problems: Problem[] = [];
  if (!rendered.ok) {
    const named = namedErrorProblem(rendered.error, props);
    if (named) problems.push({ ...named, detail: `${c.name}: ${named.detail}` });
    else if (expectValid) problems.push({ kind: 'disagreement', detail: `${c.name} refuses valid props: ${(rendered.error as Error).message}` });
  }
  if (c.schema) {
    let accepted: boolean;
    try {
      accepted = c.schema.safeParse(props).success;
    } catch (error) {
      return [...problems, { kind: 'crash', detail: `${c.name} schema threw ${(error as Error).message} for ${show(props)}` }];
    }
    if (accepted !== rendered.ok) problems.push({ kind: 'disagreement', detail: `${c.name}: schema ${accepted ? 'accepts' : 'refuses'}, component ${rendered.ok ? 'renders' : 'throws'}: ${show(props)}` });
  }
  return problems;
}

/** A small valid issue with every kind of link, image and text field once, for the corpus runs. */
export const corpusBase: IssueData = {
  lang: 'de',
  title: 'T',
  preview: 'P',
  browserUrl: 'https://example.org/web',
  masthead: { title: 'M', date: '2021-02-08', place: 'Berlin', logo: { src: 'https://example.org/logo.png', alt: 'Logo', width: 100, height: 40 } },
  intro: { greeting: 'Hallo,', paragraphs: [['Siehe ', { text: 'hier', href: 'https://example.org/a', context: 'Kontext' }, { bold: 'fett' }]], signOff: ['Gruß'] },
  news: [
    {
      title: 'N',
      source: 'Q',
      image: { src: 'https://example.org/n.jpg', alt: 'Bild', width: 600, height: 300, credit: 'C' },
      href: 'https://example.org/n',
      moreLabel: 'Mehr',
      paragraphs: ['Absatz.'],
    },
  ],
  calendar: { title: 'K', events: [{ start: '2021-02-25', title: 'E', href: 'https://example.org/e', location: 'Ort' }], allEvents: { href: 'https://example.org/k', label: 'Alle' } },
  links: [{ href: 'https://example.org/l', text: 'Link', context: 'Kontext' }],
  footer: {
    publisher: {
      name: 'Verlag e.V.',
      legalForm: 'e.V.',
      representatives: [{ role: 'Vorstand', name: 'A. B.' }],
      address: { street: 'Str. 1', postalCode: '10117', city: 'Berlin', country: 'Deutschland' },
      phone: '030 123',
      email: 'redaktion@example.org',
      website: 'https://example.org',
      register: { court: 'AG', number: '1' },
      vatId: 'DE248301028',
      supervisoryAuthority: 'Aufsicht',
    },
    disclaimerTitle: 'Hinweis',
    disclaimer: ['Text'],
    objectionNotice: 'Widerspruch',
    unsubscribeUrl: 'https://example.org/unsubscribe',
  },
};

const HREF_FIELDS = new Set(['href', 'browserUrl', 'website', 'unsubscribeUrl']);
const keyOf = (path: (string | number)[]) => path[path.length - 1];
const isSrc = (path: (string | number)[]) => keyOf(path) === 'src';
const corpusPaths = paths(corpusBase);
export const linkPaths = corpusPaths.filter((p) => HREF_FIELDS.has(String(keyOf(p))));
export const srcPaths = corpusPaths.filter(isSrc);
const NOT_TEXT = new Set(['lang', 'date', 'start', 'width', 'height', 'email', 'src', 'finding', ...HREF_FIELDS]);
export const textPaths = corpusPaths.filter((p) => {
  const value = p.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], corpusBase);
  return typeof value === 'string' && !NOT_TEXT.has(String(keyOf(p)));
});

/** Every text field: an Impressum's legal name, role, street, postal code and town are free text too. */
export const freeTextPaths = textPaths;

/** One hostile value in one field: the schema refuses it at that path, and `<Issue>` refuses it with a named error. */
export function checkHostileInIssue(path: (string | number)[], value: string): Problem[] {
  const data = setAt(corpusBase, path, value);
  const { result, problem } = safeParse(data);
  if (problem) return [problem];
  const where = path.join('.');
  const problems: Problem[] = [];
  if (result!.success) problems.push({ kind: 'hostile-through', detail: `issueSchema accepts ${JSON.stringify(value)} at ${where}` });
  else if (!result!.error.issues.some((i) => i.path.join('.').startsWith(where)))
    problems.push({ kind: 'unnamed-error', detail: `${JSON.stringify(value)} at ${where}: issues name ${result!.error.issues.map((i) => i.path.join('.')).join(', ')}` });
  const rendered = staticRender(<Issue data={data} />);
  if (rendered.ok) problems.push({ kind: 'hostile-through', detail: `<Issue> renders ${JSON.stringify(value)} at ${where}` });
  else {
    const named = namedErrorProblem(rendered.error, value);
    if (named) problems.push(named);
  }
  return problems;
}

/** One hostile value in one prop of a component used directly. */
export function checkHostileInComponents(value: string, as: 'href' | 'src' | 'text'): Problem[] {
  const problems: Problem[] = [];
  for (const c of componentCases(corpusBase)) {
    for (const path of paths(c.props)) {
      const key = String(keyOf(path));
      const fits = as === 'src' ? key === 'src' : as === 'href' ? HREF_FIELDS.has(key) : textPaths.some((p) => keyOf(p) === key) && typeof path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], c.props) === 'string';
      if (!fits) continue;
      const rendered = staticRender(c.element(setAt(c.props, path, value)));
      if (rendered.ok) problems.push({ kind: 'hostile-through', detail: `${c.name} renders ${JSON.stringify(value)} in "${path.join('.')}"` });
      else {
        const named = namedErrorProblem(rendered.error, value);
        if (named) problems.push({ ...named, detail: `${c.name}.${path.join('.')}: ${named.detail}` });
      }
    }
  }
  return problems;
}

export const corpus = {
  links: hostileUrls.filter((u) => u.refusedAs.includes('href')).map((u) => u.url),
  srcs: hostileUrls.filter((u) => u.refusedAs.includes('src')).map((u) => u.url),
  refusedTexts: hostileTexts.filter((t) => t.expect === 'refused').map((t) => t.text),
  escapedTexts: hostileTexts.filter((t) => t.expect === 'escaped').map((t) => t.text),
};

/** Every hostile URL in every link and image field, every hostile text in every text field: none may get through. */
export function checkHostileCorpus(): { cases: number; problems: Problem[] } {
  const problems: Problem[] = [];
  let cases = 0;
  for (const url of corpus.links) {
    for (const path of linkPaths) (cases++, problems.push(...checkHostileInIssue(path, url)));
    (cases++, problems.push(...checkHostileInComponents(url, 'href')));
  }
  for (const url of corpus.srcs) {
    for (const path of srcPaths) (cases++, problems.push(...checkHostileInIssue(path, url)));
    (cases++, problems.push(...checkHostileInComponents(url, 'src')));
  }
  for (const text of corpus.refusedTexts) {
    for (const path of textPaths) (cases++, problems.push(...checkHostileInIssue(path, text)));
    (cases++, problems.push(...checkHostileInComponents(text, 'text')));
  }
  return { cases, problems };
}

/** What markup a document holds, as a parser (not a pattern) sees it. */
function markupOf(html: string) {
  const $ = load(html);
  const all = $('*').toArray();
  const comments: string[] = [];
  const walk = (nodes: { type: string; data?: string; children?: unknown[] }[]) => {
    for (const n of nodes) {
      if (n.type === 'comment') comments.push(n.data ?? '');
      if (n.children) walk(n.children as never);
    }
  };
  walk($.root().toArray() as never);
  return {
    elements: all.length,
    scripts: $('script').length,
    styles: $('style').length,
    images: $('img').length,
    'event handlers': all.reduce((n, e) => n + Object.keys((e as { attribs?: Record<string, string> }).attribs ?? {}).filter((a) => a.toLowerCase().startsWith('on')).length, 0),
    comments: comments.length,
    'style text': $('style').text().length,
  };
}

/** Fields the plain-text part leaves out by design: the document title, the preheader, hidden link context, the "Mehr…" label, alt text. */
const shownInText = (path: (string | number)[]) =>
  path.join('.') !== 'title' && !['preview', 'context', 'moreLabel', 'alt'].includes(String(keyOf(path)));

/**
 * Texts that look like markup are accepted, shown literally in both parts, and never become
 * markup: the text goes into every text field of an issue at once, and the rendered email must
 * carry no more script, event handler, conditional comment or style element than without it.
 */
export async function checkEscapedText(text: string): Promise<Problem[]> {
  const data = freeTextPaths.reduce((d, path) => setAt(d, path, text), corpusBase);
  let base: { html: string };
  let html: string;
  let plain: string;
  try {
    base = await renderEmail(<Issue data={corpusBase} />);
    ({ html, text: plain } = await renderEmail(<Issue data={data} />));
  } catch (error) {
    return [{ kind: 'crash', detail: `${JSON.stringify(text)} in every text field: ${(error as Error).message}` }];
  }
  const problems: Problem[] = [];
  const before = markupOf(base.html);
  const after = markupOf(html);
  for (const key of Object.keys(before) as (keyof typeof before)[]) {
    if (after[key] !== before[key]) problems.push({ kind: 'hostile-through', detail: `${JSON.stringify(text)} changes the number of ${key}: ${before[key]} → ${after[key]}` });
  }
  const needle = fold(text.trim());
  const shown = freeTextPaths.filter(shownInText).length;
  const found = fold(plain).split(needle).length - 1;
  if (found < shown) problems.push({ kind: 'lost-content', detail: `${JSON.stringify(text)} shows ${found} times in the text part, expected ${shown}` });
  return problems;
}
