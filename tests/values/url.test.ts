import { describe, expect, it } from 'vitest';
import { href, imageSrc, isImageSrc, isSafeHref, isWebUrl, webUrl } from '../../src/base/values';
import { isSafeHref as publicIsSafeHref } from '../../src';
import { hostileUrls } from '../fixtures/hostile';

describe('web URL', () => {
  it.each(['https://example.org', 'http://example.org/a?b=c#d', 'https://bücher.example/ä', 'https://[::1]:8443/x', 'https://192.0.2.1/', 'HTTPS://EXAMPLE.ORG/'])(
    'accepts %s',
    (url) => expect(isWebUrl(url)).toBe(true),
  );
  it.each(['https:evil.example', 'https:/evil.example', 'https://www.bank.example@evil.example/', 'https://exa\u200bmple.org/', 'https://example.org/\u202e', '//evil.example'])(
    'refuses %j',
    (url) => expect(isWebUrl(url)).toBe(false),
  );
  it('names what it expects and shows the value', () => {
    expect(webUrl.safeParse('https:evil.example').error?.issues[0]?.message).toBe(
      'must be an absolute https:// or http:// URL with a host (no user@, spaces or backslashes), e.g. "https://www.example.org/seite", got "https:evil.example"',
    );
    expect(webUrl.safeParse(undefined).error?.issues[0]?.message).toMatch(/^is required: /);
  });
});

describe('href', () => {
  it.each([
    'https://example.org/x',
    'mailto:redaktion@acme.example',
    'tel:+49 30 2063156-0',
    'tel:030/2063%20156',
    '{{unsubscribe_url}}',
    '{{{unsubscribe}}}',
    '{{ unsubscribe_url }}',
    '*|UNSUB|*',
    '%%unsubscribe%%',
  ])('accepts %s', (value) => expect(isSafeHref(value)).toBe(true));

  it('keeps the public name isSafeHref', () => {
    expect(publicIsSafeHref('https://example.org')).toBe(true);
    expect(publicIsSafeHref('javascript:alert(1)')).toBe(false);
  });

  it('never throws, whatever it is given', () => {
    for (const value of ['tel:%', 'tel:%E0%A4%A', 'mailto:%', null, undefined, 42, {}, [], Symbol('x')]) {
      expect(() => isSafeHref(value)).not.toThrow();
      expect(() => href.safeParse(value)).not.toThrow();
    }
  });

  it('refuses a mailto: with hidden headers, naming the rule', () => {
    const message = href.safeParse('mailto:redaktion@acme.example?cc=someone@else.example').error?.issues[0]?.message;
    expect(message).toMatch(/this mailto: may carry only subject and body, not "cc" \(a cc, bcc or to would add a recipient the reader does not see\); write e\.g\. .*"mailto:redaktion@example\.org\?subject=Abmelden"/);
  });

  it('accepts a mailto: with a subject and a body (RFC 6068), percent-encoded', () => {
    for (const value of ['mailto:redaktion@vitako.de?subject=Abmelden', 'mailto:a@b.example?subject=R%C3%BCckfrage&body=Zeile%201%0D%0AZeile%202', 'mailto:a@b.example?Subject=Hi']) {
      expect(isSafeHref(value), value).toBe(true);
    }
    for (const value of ['mailto:a@b.example?subject=Hi%0D%0ABcc:%20c@d.example', 'mailto:a@b.example?to=c@d.example', 'mailto:a@b.example?subject=%E0%A4%A', 'mailto:%61@b.example']) {
      expect(isSafeHref(value), value).toBe(false);
    }
  });
});

describe('image src', () => {
  it('accepts https only', () => {
    expect(isImageSrc('https://example.org/a.png')).toBe(true);
    for (const src of ['http://example.org/a.png', 'mailto:a@b.example', 'tel:+4930123', '{{logo_url}}', 'data:image/png;base64,AA==']) {
      expect(isImageSrc(src), src).toBe(false);
      expect(imageSrc.safeParse(src).error?.issues[0]?.message).toMatch(/must be an absolute https:\/\/ image URL/);
    }
  });
});

describe('the hostile URL corpus', () => {
  it('holds at least 150 URLs refused as a link', () => {
    expect(hostileUrls.filter((u) => u.refusedAs.includes('href')).length).toBeGreaterThanOrEqual(150);
  });
  it.each(hostileUrls.map((u) => [u.url, u.why, u.refusedAs] as const))('refuses %j (%s)', (url, _why, refusedAs) => {
    if (refusedAs.includes('href')) expect(href.safeParse(url).success).toBe(false);
    if (refusedAs.includes('src')) expect(imageSrc.safeParse(url).success).toBe(false);
  });
});
