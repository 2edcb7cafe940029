import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { defineRule } from '../rule';
import { TextCache } from '../text-cache';

const MIN_WRAPPER_WIDTH = 480;

function pixelWidth(value: string | undefined): number | undefined {
  const match = /^\s*(\d+)(?:px)?\s*$/i.exec(value ?? '');
  return match ? Number(match[1]) : undefined;
}

function isFixedWidthTable(table: Element): boolean {
  return (pixelWidth(table.attribs['width']) ?? 0) >= MIN_WRAPPER_WIDTH;
}

const conditionalVerdicts = new TextCache<boolean>(256 * 1024);

/** Whether markup inside a conditional comment holds a fixed-width table; the same few comments recur in every issue. */
function hasFixedWidthTable(markup: string): boolean {
  let verdict = conditionalVerdicts.get(markup);
  if (verdict === undefined) {
    verdict = load(markup, { xml: { xmlMode: false } }, false)('table').toArray().some(isFixedWidthTable);
    conditionalVerdicts.set(markup, verdict);
  }
  return verdict;
}

export const outlookMsoWrapper = defineRule({
  id: 'outlook-mso-wrapper',
  severity: 'error',
  description:
    'A fixed-width wrapper exists: a `<table>` with a pixel `width` attribute of at least 480, either inside an `<!--[if mso]>` conditional comment or in the document itself.',
  clients: 'Outlook for Windows ignores `max-width`; without it the email spans the whole window.',
  source: 'https://www.caniemail.com/features/css-max-width/ (Outlook Windows: only on tables / not supported)',
  check(doc, { report }) {
    const inConditional = doc.conditionalComments.some(
      ({ condition, content }) => /\bmso\b/i.test(condition) && !/^\s*!/.test(condition) && hasFixedWidthTable(content),
    );
    const inDocument = doc.elements.named('table').some(isFixedWidthTable);
    if (inConditional || inDocument) return [];
    return [
      report(`no fixed-width wrapper table (width attribute ≥ ${MIN_WRAPPER_WIDTH}, e.g. <!--[if mso]><table width="600">): Outlook for Windows ignores max-width`),
    ];
  },
});
