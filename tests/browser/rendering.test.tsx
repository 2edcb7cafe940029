import { readdirSync, readFileSync } from 'node:fs';
import type { ComponentType } from 'react';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderEmail } from '../../src/render';
import { inspect, openBrowser, screenshotPath, type Inspection, type View } from './inspect';

const views: View[] = [600, 320].flatMap((width) =>
  (['light', 'dark'] as const).flatMap((scheme) => [false, true].map((stripStyles) => ({ width, scheme, stripStyles }))),
);
const label = (view: View): string => `${view.width}px ${view.scheme}${view.stripStyles ? ' without <style>' : ''}`;

const emailsDir = new URL('../../emails/', import.meta.url);
const issueNames = readdirSync(emailsDir)
  .filter((file) => file.endsWith('.tsx'))
  .map((file) => file.replace(/\.tsx$/, ''))
  .sort();
const clean = readFileSync(new URL('../check/fixtures/clean.html', import.meta.url), 'utf8');

let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ context, close } = await openBrowser());
});
afterAll(async () => {
  await close?.();
});

function expectReadable(result: Inspection): void {
  expect(result.scrollWidth, 'horizontal overflow').toBeLessThanOrEqual(result.innerWidth + 1);
  expect(result.invisibleTexts, 'texts a reader cannot see').toEqual([]);
  expect(result.violations, 'axe-core violations').toEqual([]);
}

describe('the browser checks themselves', () => {
  it.each(views.map((view) => [label(view), view] as const))('pass the clean check fixture at %s', async (_label, view) => {
    expectReadable(await inspect(context, clean, view));
  });

  it('see horizontal overflow', async () => {
    const wide = clean.replace('<h1 ', '<table role="presentation" width="700" style="width:700px"><tr><td style="color:#1a1a1a">Breit</td></tr></table><h1 ');
    const result = await inspect(context, wide, { width: 320, scheme: 'light', stripStyles: false });
    expect(result.scrollWidth).toBeGreaterThan(result.innerWidth + 1);
  });

  it('see text that only <style> makes visible', async () => {
    const styled = clean
      .replace('</style>', '@media screen { .nk-shown { display: block !important; } }\n</style>')
      .replace('<h1 ', '<p class="nk-shown" style="display:none;color:#1a1a1a">Nur mit Stylesheet sichtbar</p><h1 ');
    expect((await inspect(context, styled, { width: 600, scheme: 'light', stripStyles: false })).invisibleTexts).toEqual([]);
    expect((await inspect(context, styled, { width: 600, scheme: 'light', stripStyles: true })).invisibleTexts).toEqual(['Nur mit Stylesheet sichtbar']);
  });

  it('accept screen-reader text inside a visible link, but not hidden text elsewhere', async () => {
    const hidden = clean
      .replace('>Weiterlesen: Rechenzentren in der Krise</a>', '>Mehr…<span style="font-size:0;line-height:0;color:#0b4f8a"> (Rechenzentren in der Krise)</span></a>')
      .replace('<h1 ', '<p style="font-size:0;color:#1a1a1a">Verschluckter Absatz</p><h1 ');
    const result = await inspect(context, hidden, { width: 600, scheme: 'light', stripStyles: false });
    expect(result.screenReaderTexts).toEqual(['(Rechenzentren in der Krise)']);
    expect(result.invisibleTexts).toEqual(['Verschluckter Absatz']);
  });

  it('see poor contrast through axe-core', async () => {
    const faint = clean.replace('<h1 ', '<p style="color:#bbbbbb;font-size:16px">Kaum lesbar</p><h1 ');
    const result = await inspect(context, faint, { width: 600, scheme: 'light', stripStyles: false });
    expect(result.violations.map((violation) => violation.id)).toContain('color-contrast');
  });
});

describe.each(issueNames)('example issue %s', (name) => {
  let html = '';
  beforeAll(async () => {
    const module = (await import(`../../emails/${name}.tsx`)) as { default: ComponentType<object> & { PreviewProps: object } };
    const Email = module.default;
    ({ html } = await renderEmail(<Email {...Email.PreviewProps} />));
  });

  it.each(views.map((view) => [label(view), view] as const))('is readable at %s, images and network blocked', async (_label, view) => {
    expectReadable(await inspect(context, html, view, screenshotPath(name, view)));
  });
});

it('finds the example issues', () => {
  expect(issueNames.length).toBeGreaterThanOrEqual(2);
});
