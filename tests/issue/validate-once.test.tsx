import { beforeEach, describe, expect, it, vi } from 'vitest';
import { branchenticker05 } from '../../emails/fixtures/branchenticker-05';
import { civicDigest12 } from '../../emails/fixtures/civic-digest-12';
import { Issue, Masthead, Newsletter, renderEmail } from '../../src';
import { validateProps } from '../../src/base/fields';
import { toCalendarDay } from '../../src/base/values/date';

vi.mock('../../src/base/fields', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/base/fields')>();
  return { ...actual, validateProps: vi.fn(actual.validateProps) };
});
// Only calls from outside the date module count: the date schema converts once, inside it.
vi.mock('../../src/base/values/date', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/base/values/date')>();
  return { ...actual, toCalendarDay: vi.fn(actual.toCalendarDay) };
});

beforeEach(() => {
  vi.mocked(validateProps).mockClear();
  vi.mocked(toCalendarDay).mockClear();
});

describe('an issue is validated once', () => {
  it.each([
    ['branchenticker-05', branchenticker05],
    ['civic-digest-12', civicDigest12],
  ])('%s: one validation, and no block parses a date again', async (_name, data) => {
    await renderEmail(<Issue data={data} />);
    expect(vi.mocked(validateProps).mock.calls.map(([component]) => component)).toEqual(['Issue']);
    expect(toCalendarDay).not.toHaveBeenCalled();
  });

  it('while a block used on its own still validates its props', async () => {
    await renderEmail(
      <Newsletter title="Test" preview="Test preview">
        <Masthead title="Branchenticker" date="2021-02-08" />
      </Newsletter>,
    );
    expect(vi.mocked(validateProps).mock.calls.map(([component]) => component)).toEqual(['Newsletter', 'Masthead']);
    await expect(
      renderEmail(
        <Newsletter title="Test" preview="Test preview">
          <Masthead title="Branchenticker" date="2021-02-30" />
        </Newsletter>,
      ),
    ).rejects.toThrow(/Masthead: prop "date" must be a real date/);
  });
});
