import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { branchenticker05Ar } from '../../emails/fixtures/branchenticker-05-ar';
import { ar, CallToAction, EventCalendar, formatEventDate, Issue, LegalFooter, NewsItem, Quote, renderEmail, type IssueData } from '../../src';
import { placeholder, prepareIssue } from '../../src/merge';
import { checkEmail } from '../../src/check';
import { documentDir, firstStrong, isolate, rtlTextLine, withoutBidiMarks } from '../../src/base/bidi';
import { directionOfLanguage } from '../../src/check/rules/a11y-lang-dir';
import { toCalendarDay } from '../../src/base/values/date';
import { renderBlock } from '../support/render';

const LRM = '\u200E';
const RLM = '\u200F';
const day = (iso: string) => {
  const calendarDay = toCalendarDay(iso);
  if (!calendarDay) throw new Error(`not a day: ${iso}`);
  return calendarDay;
};

describe('bidi isolation', () => {
  it('reads the first strong letter', () => {
    expect(firstStrong('ITDZ: تقنية')).toBe('ltr');
    expect(firstStrong('«برلين» Berlin')).toBe('rtl');
    expect(firstStrong('10117 – 030/2063')).toBeUndefined();
  });

  it('sets Latin values and numbers apart in right-to-left text, and leaves left-to-right text alone', () => {
    expect(isolate('Dr. Ralf Resch', 'rtl')).toBe(`${LRM}Dr. Ralf Resch${LRM}`);
    expect(isolate('030/2063 156 - 0', 'rtl')).toBe(`${LRM}030/2063 156 - 0${LRM}`);
    expect(isolate('برلين', 'rtl')).toBe('برلين');
    expect(isolate('—', 'rtl')).toBe('—');
    expect(isolate('Dr. Ralf Resch', 'ltr')).toBe('Dr. Ralf Resch');
    expect(isolate('030/2063', 'ltr')).toBe('030/2063');
  });

  it('marks a plain-text line that starts with Latin letters as right to left, and no other', () => {
    expect(rtlTextLine('ITDZ: تقنية المعلومات')).toBe(`${RLM}ITDZ: تقنية المعلومات`);
    expect(rtlTextLine('تقنية المعلومات ITDZ')).toBe('تقنية المعلومات ITDZ');
    expect(rtlTextLine('https://www.vitako.de')).toBe('https://www.vitako.de');
  });

  it('reads the direction a document declares, and text without its marks', () => {
    expect(documentDir('<!DOCTYPE html><html dir="rtl" lang="ar"><head>')).toBe('rtl');
    expect(documentDir('<html lang="de" dir="ltr">')).toBe('ltr');
    expect(documentDir('<html lang="ar"><body><div dir="rtl">')).toBe('ltr');
    expect(withoutBidiMarks(`${LRM}10117 Berlin${LRM}`)).toBe('10117 Berlin');
  });
});

describe('the direction a language tag is written in (for the check)', () => {
  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['ar-u-nu-latn', 'rtl'],
    ['he', 'rtl'],
    ['fa-IR', 'rtl'],
    ['ku-Arab', 'rtl'],
    ['az-Latn', 'ltr'],
    ['pa-Arab-PK', 'rtl'],
    ['de', 'ltr'],
    ['en-GB', 'ltr'],
    ['sr-Cyrl', 'ltr'],
  ])('%s is %s', (tag, dir) => {
    expect(directionOfLanguage(tag)).toBe(dir);
  });
});

describe('the Arabic locale', () => {
  it('is written right to left, with every label in Arabic', () => {
    expect(ar.dir).toBe('rtl');
    for (const [key, value] of Object.entries(ar.labels)) {
      const texts = typeof value === 'string' ? [value] : typeof value === 'function' ? [] : Object.values(value as Record<string, string>);
      for (const text of texts) if (key !== 'quote' && key !== 'comma' && text.trim().length > 1) expect(firstStrong(text), key).toBe('rtl');
    }
  });

  it('writes dates with Arabic month names and Western digits, ranges as CLDR does', () => {
    expect(ar.dates.long(day('2021-02-08'))).toBe('8 فبراير 2021');
    expect(formatEventDate(day('2021-03-17'), day('2021-03-18'), ar)).toBe('17–18 مارس 2021');
    expect(formatEventDate(day('2021-03-30'), day('2021-04-02'), ar)).toBe('30 مارس – 2 أبريل 2021');
    expect(formatEventDate(day('2021-12-30'), day('2022-01-02'), ar)).toBe('30 ديسمبر 2021 – 2 يناير 2022');
    expect(ar.dates.long(day('2021-02-08'))).not.toMatch(/[\u0660-\u0669]/);
  });
});

describe('a right-to-left issue', () => {
  it('says rtl on <html>, on the body wrapper (with inline direction, for Gmail, GMX and WEB.DE) and to Outlook', async () => {
    const { html } = await renderBlock(<p>نص</p>, { lang: 'ar' });
    const $ = load(html);
    expect($('html').attr('dir')).toBe('rtl');
    const wrapper = $('body > div[role="article"]');
    expect(wrapper.attr('dir')).toBe('rtl');
    expect(wrapper.attr('lang')).toBe('ar');
    expect(wrapper.attr('style')).toMatch(/direction:rtl;text-align:right/);
    expect(html).toContain('<table role="presentation" width="600" align="center" dir="rtl"');
  });

  it('keeps a German issue exactly left to right: no direction style, no marks', async () => {
    const { html, text } = await renderBlock(<Quote text="Die Infrastrukturen funktionieren." source="Lars Hoppmann" role="VITAKO-Vorstand" />);
    // The preheader's padding has its own invisible characters; the issue itself has no marks.
    const issue = load(html)('body > div[role="article"]');
    expect(issue.attr('dir')).toBe('ltr');
    expect(issue.toString()).not.toMatch(/direction:|dir="rtl"|\u200E|\u200F/);
    expect(text).not.toMatch(/[\u200E\u200F]/);
    expect(html).toContain('border-left:4px solid');
  });

  it('puts a news item’s image at the start (the right), or on the left when asked so', async () => {
    const image = { src: 'https://example.org/a.jpg', alt: 'صورة', width: 360, height: 360 };
    const start = load((await renderBlock(<NewsItem title="عنوان" image={image} imagePosition="start">نص.</NewsItem>, { lang: 'ar' })).html);
    const startRow = start('img').closest('div[style*="inline-block"]').parent();
    expect(startRow.attr('dir')).toBeUndefined();
    expect(startRow.attr('style')).toContain('text-align:right');
    expect(start('img').closest('div[style*="padding-left"]')).toHaveLength(1);
    expect(start.html()).toContain('<table role="presentation" width="100%" dir="rtl"');

    const left = load((await renderBlock(<NewsItem title="عنوان" image={image} imagePosition="left">نص.</NewsItem>, { lang: 'ar' })).html);
    const leftRow = left('img').closest('div[style*="inline-block"]').parent();
    expect(leftRow.attr('dir')).toBe('ltr');
    expect(leftRow.attr('style')).toContain('direction:ltr');
    // Each column is right to left again inside, and the image keeps its gap on its right.
    expect(left('div[style*="inline-block"]').toArray().every((column) => left(column).attr('dir') === 'rtl')).toBe(true);
    expect(left('img').closest('div[style*="padding-right"]')).toHaveLength(1);
  });

  it('mirrors the quote’s rule and the button’s place, and isolates Latin names', async () => {
    const quote = load((await renderBlock(<Quote text="البنى التحتية تعمل." source="Lars Hoppmann" role="عضو مجلس الإدارة" />, { lang: 'ar' })).html);
    const cell = quote('td[style*="border-right"]');
    expect(cell.attr('style')).toMatch(/border-right:4px solid [^;]+;padding-right:/);
    expect(quote('p').last().text()).toBe(`— ${LRM}Lars Hoppmann${LRM}، عضو مجلس الإدارة`);
    expect(quote('p').first().text()).toBe('«البنى التحتية تعمل.»');

    const start = load((await renderBlock(<CallToAction href="https://example.org/jobs">الوظائف</CallToAction>, { lang: 'ar' })).html);
    expect(start('td.nk-cta, td[bgcolor]').closest('table').attr('align')).toBeUndefined();
    const left = load((await renderBlock(<CallToAction href="https://example.org/jobs" align="left">الوظائف</CallToAction>, { lang: 'ar' })).html);
    expect(left('td[bgcolor]').closest('table').attr('align')).toBe('left');
  });

  it('writes the calendar in Arabic order: date, Arabic comma, place, event', async () => {
    const { $, text } = await renderBlock(
      <EventCalendar title="التقويم" events={[{ start: '2021-05-11', end: '2021-05-12', location: 'برلين', title: 'Digitaler Staat 2021', online: true }]} />,
      { lang: 'ar' },
    );
    expect($('p').last().text()).toBe(`11–12 مايو 2021، برلين، ${LRM}Digitaler Staat 2021${LRM} (عبر الإنترنت)`);
    expect(text).toContain(`11–12 مايو 2021، برلين، ${LRM}Digitaler Staat 2021${LRM} (عبر الإنترنت)`);
  });

  it('keeps a phone number, a postal code and a Latin name in their own order in the footer', async () => {
    const { $, text } = await renderBlock(
      <LegalFooter
        publisher={{
          name: 'Vitako e.V.',
          representatives: [{ role: 'Geschäftsführer', name: 'Dr. Ralf Resch' }],
          address: { street: 'Charlottenstr. 65', postalCode: '10117', city: 'Berlin' },
          phone: '030/2063 156 - 0',
          email: 'redaktion@vitako.de',
        }}
        unsubscribeUrl="https://example.org/abmelden"
      />,
      { lang: 'ar' },
    );
    const footer = $('[data-nk-section="footer"]').text();
    expect(footer).toContain(`الهاتف: ${LRM}030/2063 156 - 0${LRM}`);
    expect(footer).toContain(`${LRM}10117 Berlin${LRM}`);
    expect(footer).toContain(`${LRM}Geschäftsführer${LRM}: ${LRM}Dr. Ralf Resch${LRM}`);
    expect(text).toContain(`الهاتف: ${LRM}030/2063 156 - 0${LRM}`);
  });

  it('is refused with a bidi override inside its Arabic text, as every issue is', async () => {
    await expect(renderBlock(<Quote text={'البنى \u202Eالتحتية'} source="لارس" />, { lang: 'ar' })).rejects.toThrow(/Quote: prop "text"/);
  });
});

describe('the Arabic example issue', () => {
  it('has 0 check errors and 0 warnings', async () => {
    const { html } = await renderEmail(<Issue data={branchenticker05Ar} />);
    expect(checkEmail(html)).toEqual([]);
  });

  it('has 0 check errors with its picture on the left, the columns then flowing left to right', async () => {
    const blocks = branchenticker05Ar.blocks.map((block) => (block.type === 'news' && block.imagePosition === 'start' ? { ...block, imagePosition: 'left' as const } : block));
    const { html } = await renderEmail(<Issue data={{ ...branchenticker05Ar, blocks }} />);
    expect(html).toContain('<div dir="ltr" style="font-size:0;direction:ltr;text-align:left">');
    expect(checkEmail(html)).toEqual([]);
  });

  it('reads right to left in its text part: each line that starts with a Latin name is marked', async () => {
    const { text } = await renderEmail(<Issue data={branchenticker05Ar} />);
    const lines = text.split('\n');
    for (const line of lines) {
      if (!/[\u0600-\u06FF]/.test(line)) continue;
      expect(firstStrong(line), line).toBe('rtl');
    }
    expect(lines).toContain(`${RLM}${LRM}ITDZ${LRM}: تقنية المعلومات لمراكز التطعيم في العاصمة`);
  });
});

describe('a right-to-left issue, personalised', () => {
  const withName = (firstName: string) => {
    const data = structuredClone(branchenticker05Ar) as IssueData;
    const intro = data.blocks!.find((block) => block.type === 'intro');
    if (intro?.type !== 'intro') throw new Error('the Arabic issue has an intro');
    // The name opens the greeting: its line then starts with Latin letters in the text part.
    intro.greeting = `${firstName}، أهلًا بك`;
    return data;
  };

  it('gives each copy the text part a direct render gives, its lines marked right to left', async () => {
    const prepared = await prepareIssue(withName(placeholder.firstName({ fallback: 'قارئنا العزيز' })));
    for (const firstName of ['Anna', 'سارة']) {
      const copy = prepared.personalize({ firstName });
      const direct = await renderEmail(<Issue data={withName(firstName)} />);
      expect(copy.text).toBe(direct.text);
      expect(copy.html).toBe(direct.html);
    }
    expect(prepared.personalize({ firstName: 'Anna' }).text).toContain(`\n${RLM}Anna، أهلًا بك\n`);
    expect(prepared.personalize({ firstName: 'سارة' }).text).toContain('\nسارة، أهلًا بك\n');
  });
});
