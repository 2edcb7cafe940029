import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileValue, mutate, validIssue } from './arbitraries';
import { checkCheckInput, hostileHtml } from './check-input';
import {
  checkComponent,
  checkEscapedText,
  checkHostileCorpus,
  checkIssueData,
  checkRender,
  checkValidIssue,
  componentCases,
  corpus,
  corpusBase,
  type Problem,
} from './properties';
import { checkPersonalize, personalValues } from './personalize';

// `npm run fuzz` runs the same properties many more times and prints the figures.
const none: Problem[] = [];

describe('property-based: issue data', () => {
  it('valid issues are accepted by the schema and render through <Issue>', () => {
    fc.assert(fc.property(validIssue, (data) => {
        expect(checkValidIssue(data)).toEqual(none);
      }), { numRuns: 300 });
  });

  it('broken issues never crash, always get a named error, and <Issue> agrees with the schema', () => {
    fc.assert(
      fc.property(validIssue, fc.nat(), hostileValue, fc.constantFrom('replace' as const, 'misspell' as const), (data, choice, value, kind) => {
        expect(checkIssueData(mutate(data, choice, value, kind).data)).toEqual(none);
      }),
      { numRuns: 1000 },
    );
  });

  it('garbage in place of a whole issue is a named error', () => {
    fc.assert(fc.property(fc.anything(), (data) => {
        expect(checkIssueData(data)).toEqual(none);
      }), { numRuns: 200 });
  });

  it('the full render path loses no text and gives the same bytes for the same input', async () => {
    await fc.assert(fc.asyncProperty(validIssue, async (data) => {
        expect(await checkRender(data)).toEqual(none);
      }), { numRuns: 20 });
  });
});

describe('property-based: component props', () => {
  it('each component renders valid props, names what is wrong with broken ones, and agrees with its schema', () => {
    fc.assert(
      fc.property(validIssue, fc.nat(), hostileValue, fc.constantFrom('replace' as const, 'misspell' as const), (data, choice, value, kind) => {
        for (const c of componentCases(data)) {
          expect(checkComponent(c, c.props, true)).toEqual(none);
          expect(checkComponent(c, mutate(c.props, choice, value, kind).data, false)).toEqual(none);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('hostile corpus', () => {
  it('starts from a valid issue, so that each refusal comes from the hostile value', () => {
    expect(checkValidIssue(corpusBase)).toEqual(none);
  });

  it('no hostile URL or text gets through any link, image or text field', () => {
    const { cases, problems } = checkHostileCorpus();
    expect(problems).toEqual(none);
    expect(corpus.links.length).toBeGreaterThanOrEqual(150);
    expect(cases).toBeGreaterThan(corpus.links.length * 5);
  });

  it.each(corpus.escapedTexts)('markup-like text %j stays text in both parts', async (text) => {
    expect(await checkEscapedText(text)).toEqual(none);
  });
});

describe('property-based: per-recipient values', () => {
  it('personalize, the byte path and copies() agree, refuse what the schema refuses with a named error, and match a full render', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(personalValues, async (input) => {
        expect(await checkPersonalize(input, runs++ % 25 === 0)).toEqual(none);
      }),
      { numRuns: 300 },
    );
    expect(runs).toBeGreaterThanOrEqual(300);
  });

  it('reads own values only, in the copy and in the full render it is held to (an inherited first name is no value)', async () => {
    const urls = { unsubscribeUrl: 'https://e.b.0.de:7126/?a=_', webViewUrl: 'https://0.de/', profileUrl: 'https://a.de/' };
    for (const inherited of ['nkph_firstName__', 'Anna', '{{ first_name }}']) {
      const values = Object.assign(Object.create({ firstName: inherited }) as object, urls);
      expect(await checkPersonalize({ values, shape: 'inherited' }, true)).toEqual(none);
    }
  });
});

describe('property-based: public functions', () => {
  it('never throw TypeError, URIError or RangeError, whatever they are given', async () => {
    const { createTheme, isSafeHref, toPlainText, issueSchema } = await import('../../src');
    const foreign = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        if (error instanceof TypeError || error instanceof URIError || error instanceof RangeError) return error;
      }
      return undefined;
    };
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(foreign(() => createTheme(value as never))).toBeUndefined();
        expect(foreign(() => createTheme({ colors: value, fonts: value, space: value } as never))).toBeUndefined();
        expect(foreign(() => isSafeHref(value))).toBeUndefined();
        expect(foreign(() => toPlainText(value as never))).toBeUndefined();
        expect(foreign(() => issueSchema.safeParse(value))).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});

describe('property-based: the email check on hostile HTML', () => {
  it('returns findings for every generated input, never throws, and takes time in proportion to the input', () => {
    fc.assert(
      fc.property(hostileHtml, (html) => {
        expect(checkCheckInput(html).filter((p) => p.kind === 'crash')).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
