import type { ReactNode } from 'react';
import { branchenticker05 } from '../../emails/fixtures/branchenticker-05';
import { civicDigest12 } from '../../emails/fixtures/civic-digest-12';
import { RichParagraph, type RichText } from '../../src';

/**
 * The example issues' data, the single source of every text in the stories (STYLE: fixtures
 * live once and feed previews, stories and tests). Stories take slices of it.
 */
export const german = branchenticker05;
export const english = civicDigest12;

/**
 * Issue paragraphs as component children, the way `Issue` passes them: plain strings stay
 * strings (editable in Controls, and `NewsItem`/`Intro` turn them into paragraphs), paragraphs
 * with links become `RichParagraph`s.
 */
export function paragraphs(items: readonly RichText[]): ReactNode[] {
  return items.map((p, i) => (typeof p === 'string' ? p : <RichParagraph key={i} text={p} />));
}

/** Only the plain-string paragraphs: children a Controls text box can edit. */
export function plainParagraphs(items: readonly RichText[]): string[] {
  return items.filter((p): p is string => typeof p === 'string');
}

/** An entry of a fixture list that the story cannot do without. */
export function pick<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`Story fixture: no entry ${index} (the list has ${items.length})`);
  return item;
}

/**
 * The two long compounds of German administrative language that a 320 px column has to break
 * somewhere: there is no space in them to wrap at.
 */
export const longCompounds = {
  register: 'Registermodernisierungsgesetz',
  ozg: 'Onlinezugangsgesetzumsetzungsprogramm',
} as const;

/** The first link in an issue's paragraphs whose vague text ("hier") carries a `context` for screen readers. */
export function linkWithContext(items: readonly RichText[]): { text: string; href: string; context: string } {
  for (const paragraph of items) {
    if (typeof paragraph === 'string') continue;
    for (const run of paragraph) {
      if (typeof run === 'object' && 'href' in run && run.context) return { text: run.text, href: run.href, context: run.context };
    }
  }
  throw new Error('Story fixture: no link with a context');
}
