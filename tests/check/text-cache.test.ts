import { describe, expect, it } from 'vitest';
import { readStylesheet } from '../../src/check/css';
import { TextCache } from '../../src/check/text-cache';

describe('TextCache keeps what the check worked out, within a bound on the texts', () => {
  it('keeps texts up to the bound, then starts again with the newest', () => {
    const cache = new TextCache<number>(10);
    cache.set('abcd', 1);
    cache.set('efgh', 2);
    expect([cache.get('abcd'), cache.get('efgh')]).toEqual([1, 2]);
    cache.set('ijk', 3); // 11 characters: starts again
    expect([cache.get('abcd'), cache.get('efgh'), cache.get('ijk')]).toEqual([undefined, undefined, 3]);
    cache.set('a text longer than the bound', 4); // the newest is kept, however long
    expect(cache.get('a text longer than the bound')).toBe(4);
    expect(cache.get('ijk')).toBeUndefined();
  });

  it('a stylesheet is read once for all readers, and a big one does not keep the ones before it', () => {
    const small = '.a{color:red}';
    const first = readStylesheet(small);
    expect(readStylesheet(small)).toBe(first);
    readStylesheet(`.b{color:blue}${'.c{color:red}'.repeat(30_000)}`);
    expect(readStylesheet(small)).not.toBe(first);
    expect(JSON.stringify(readStylesheet(small))).toBe(JSON.stringify(first));
  });
});

describe('css-tools is called without stack traces, and the setting is put back', () => {
  it('restores Error.stackTraceLimit after reading a broken stylesheet, and reads it where the limit cannot be changed', () => {
    const before = Error.stackTraceLimit;
    readStylesheet('a{@media x;color:red} b{c d e} @page{x}');
    expect(Error.stackTraceLimit).toBe(before);
    const descriptor = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit')!;
    Object.defineProperty(Error, 'stackTraceLimit', { value: before, writable: false, configurable: true });
    try {
      expect(readStylesheet('a{@media y;color:blue} q{r s}').sheet.stylesheet.rules.length).toBeGreaterThan(0);
    } finally {
      Object.defineProperty(Error, 'stackTraceLimit', descriptor);
    }
    expect(Error.stackTraceLimit).toBe(before);
  });
});
