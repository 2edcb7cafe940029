import { describe, expect, it } from 'vitest';
import { createTheme, defaultTheme } from '../../src';

describe('createTheme', () => {
  it('merges overrides group by group and leaves the default untouched', () => {
    const theme = createTheme({ colors: { accent: '#123456' }, fontSizes: { body: 17 } });
    expect(theme.colors.accent).toBe('#123456');
    expect(theme.colors.text).toBe(defaultTheme.colors.text);
    expect(theme.fontSizes.body).toBe(17);
    expect(theme.fontSizes.h1).toBe(defaultTheme.fontSizes.h1);
    expect(defaultTheme.colors.accent).not.toBe('#123456');
  });
  it('names an unknown group or token instead of ignoring it', () => {
    expect(() => createTheme({ colours: {} } as never)).toThrow(/unknown theme group "colours"/);
    expect(() => createTheme({ colors: { accnet: '#fff' } } as never)).toThrow(/unknown token "colors.accnet"/);
    expect(() => createTheme({ fontSizes: { body: '16px' } } as never)).toThrow(/"fontSizes.body" must be a number/);
  });
});
