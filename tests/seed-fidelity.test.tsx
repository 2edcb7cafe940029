import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderEmail } from '../src';
import Branchenticker05 from '../emails/branchenticker-05';

/**
 * Every sentence of the original Vitako-Branchenticker Nr. 5 (tests/fixtures, as sent) must be
 * in the plain-text part of our rendering of it. Normalised on both sides: markdown link syntax
 * and bold markers removed, whitespace folded (the original broke some paragraphs mid-sentence
 * where its layout changed column), "..." read as "…". Photo credits, which the original put at
 * the end of a paragraph as "(Foto …)", are checked as the credit lines we render under images.
 */
const seed = readFileSync(join(import.meta.dirname, 'fixtures', 'branchenticker-05.seed.txt'), 'utf8');

const normalise = (s: string) =>
  s
    .replace(/\\([()])/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/\.\.\.(?!\.)/g, '…')
    .replace(/\s+/g, ' ')
    .trim();

const CREDIT = /\s*\(Foto:? ([^)]+)\)/g;
const credits = Array.from(seed.matchAll(CREDIT), (m) => m[1]!);

/** "Mehr..." is a link label, not a sentence: the text part reads "Mehr: <url>" for each. */
const MORE = /^\[?Mehr\.\.\.(\]\(#\))?$/gm;
const moreLinks = seed.match(MORE)?.length ?? 0;

/** Sentences, line by line: a heading or a line of the footer is a unit of its own. */
const sentences = seed
  .replace(CREDIT, '')
  .replace(MORE, '')
  .split('\n')
  // The original's markdown: [text](#) links and <http://…> autolinks.
  .map((line) => normalise(line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<https?:\/\/([^>]+)>/g, '$1')))
  .filter(Boolean)
  // Calendar lines start with a date ("25.02.2021, 7. Zukunftskongress…") and stay whole.
  .flatMap((line) => (/^\d\d\./.test(line) ? [line] : line.split(/(?<=[.!?…][“"]?)\s+(?=[A-ZÄÖÜ„"0-9])/)))
  .map((s) => s.trim())
  .filter(Boolean);

describe('Vitako-Branchenticker Nr. 5 against the original', async () => {
  const { text } = await renderEmail(<Branchenticker05 {...Branchenticker05.PreviewProps} />);
  const rendered = normalise(text);

  it('splits the original into a meaningful number of sentences', () => {
    expect(sentences.length).toBeGreaterThan(140);
    expect(moreLinks).toBe(11);
  });

  it('has a "Mehr" link for every "Mehr..." of the original', () => {
    expect(text.match(/^Mehr: https:\/\/\S+$/gm)).toHaveLength(moreLinks);
  });

  it.each(sentences.map((s) => [s.length > 70 ? `${s.slice(0, 67)}…` : s, s]))('contains: %s', (_, sentence) => {
    // The calendar's link texts carry "(digital)" inside the link and a stray comma; we render
    // the flag after the title. Compare those lines without the comma before "(digital)".
    const wanted = sentence.replace(/, \(digital\)/g, ' (digital)');
    const plain = rendered.replace(/ <[^>]+>/g, '');
    expect(plain).toContain(wanted);
  });

  it.each(credits)('credits the photo: %s', (credit) => {
    expect(rendered).toContain(`Foto: ${credit}`);
  });
});
