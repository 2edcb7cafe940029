import { describe, expect, it } from 'vitest';
import { checkEmail, formatFindings, type Finding } from '../../src/check';
import { mutate } from './helpers';

describe('formatFindings', () => {
  it('says so when there is nothing to report', () => {
    expect(formatFindings([])).toBe('No findings.');
  });

  it('lists errors before warnings, names the client, shows the excerpt and counts', () => {
    const findings: Finding[] = [
      { rule: 'view-in-browser', severity: 'warning', message: 'no "view in browser" link' },
      { rule: 'client-support', severity: 'error', message: '`display:flex` is not supported', client: 'outlook.windows', excerpt: '<td style="display:flex">' },
    ];
    expect(formatFindings(findings)).toBe(
      [
        'error    client-support [Outlook Windows]: `display:flex` is not supported',
        '           at <td style="display:flex">',
        'warning  view-in-browser: no "view in browser" link',
        '1 error, 1 warning',
      ].join('\n'),
    );
  });

  it('formats real findings of a hostile document', () => {
    const text = formatFindings(checkEmail(mutate([' alt="Musterverband"', ''])));
    expect(text).toMatch(/^error {4}a11y-img-alt: <img> without alt attribute/);
    expect(text).toContain('at <img src="https://example.org/logo.png"');
    expect(text.endsWith('1 error, 0 warnings')).toBe(true);
  });
});
