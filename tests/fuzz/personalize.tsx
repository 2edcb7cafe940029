import fc from 'fast-check';
import { Issue, renderEmail } from '../../src';
import { isHttpsUrl, isPlainText } from '../../src/base/values';
import { hasPlaceholder } from '../../src/base/values/placeholder';
import { placeholder, prepareIssue, PersonalizeError, type PreparedIssue } from '../../src/merge';
import { normalizeTextValue } from '../../src/merge/prepareIssue';
import { hostileTexts, hostileUrls } from '../fixtures/hostile';
import { personalIssue } from '../merge/fixture';
import { validImageSrc, validText } from './arbitraries';
import type { Problem } from './properties';

/**
 * Per-recipient values as a CRM hands them over: mostly valid, often hostile (the corpus, stray
 * types, inherited or `__proto__` keys). The properties: `personalize`, `personalizeBytes` and
 * `copies()` agree on every input; what they refuse is a `PersonalizeError` that names a field;
 * what they accept is what the issue schema accepts, and the copy holds no token.
 */

const FALLBACK = 'Leserin und Leser';
const FIELDS = ['firstName', 'unsubscribeUrl', 'webViewUrl', 'profileUrl'] as const;

let prepared: Promise<PreparedIssue> | undefined;
export const preparedForFuzz = () =>
  (prepared ??= prepareIssue(
    personalIssue({
      firstName: placeholder.firstName({ fallback: FALLBACK }),
      unsubscribeUrl: placeholder.unsubscribeUrl(),
      webViewUrl: placeholder.webViewUrl(),
      profileUrl: placeholder.custom('profileUrl', { kind: 'url' }),
    }),
  ));

const hostileUrl = fc.constantFrom(...hostileUrls.map((u) => u.url));
const hostileText = fc.constantFrom(...hostileTexts.map((t) => t.text), 'Anna\u0085', 'Anna\u009b', 'Anna\u202e', 'Anna\r', 'nkph_firstName__');
const urlValue = fc.oneof({ weight: 6, arbitrary: validImageSrc }, { weight: 3, arbitrary: hostileUrl }, { weight: 1, arbitrary: fc.anything() });
const textValue = fc.oneof({ weight: 5, arbitrary: validText }, { weight: 3, arbitrary: hostileText }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) }, { weight: 1, arbitrary: fc.anything() });

/** A values object, and how it is built: own keys, some on a prototype, a `__proto__` key from JSON, an unknown key. */
export const personalValues: fc.Arbitrary<{ values: unknown; shape: string }> = fc
  .tuple(
    fc.record({ firstName: textValue, unsubscribeUrl: urlValue, webViewUrl: urlValue, profileUrl: urlValue }, { requiredKeys: ['unsubscribeUrl', 'webViewUrl', 'profileUrl'] }),
    fc.constantFrom('own', 'own', 'own', 'inherited', 'json-proto', 'unknown-key', 'not-an-object'),
    fc.constantFrom(...FIELDS),
  )
  .map(([record, shape, field]) => {
    if (shape === 'inherited') {
      const { [field]: moved, ...rest } = record;
      return { values: Object.assign(Object.create({ [field]: moved }) as object, rest), shape };
    }
    if (shape === 'json-proto') return { values: { ...record, ...(JSON.parse('{"__proto__": {"firstName": "x"}}') as object) }, shape };
    if (shape === 'unknown-key') return { values: { ...record, lastName: 'x' }, shape };
    if (shape === 'not-an-object') return { values: [null, 'Anna', 7, [record]][record.webViewUrl ? 1 : 0], shape };
    return { values: record, shape };
  });

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);
const show = (v: unknown) => {
  try {
    return JSON.stringify(v)?.slice(0, 300) ?? String(v);
  } catch {
    return String(v);
  }
};

/**
 * What the issue schema's rules say of these values, written out independently of the library's
 * own reading: accepted only if every own field is valid and no key is unknown.
 */
function schemaAccepts(values: unknown): boolean {
  if (values === null || typeof values !== 'object' || Array.isArray(values)) return false;
  const own = values as Record<string, unknown>;
  if (Object.keys(own).some((k) => !(FIELDS as readonly string[]).includes(k))) return false;
  for (const f of ['unsubscribeUrl', 'webViewUrl', 'profileUrl']) if (!Object.hasOwn(own, f) || !isHttpsUrl(own[f]) || /["'<>\\^`{|}[\]]|^https:\/\/https?(?::\/*)?(?:[/?#]|$)/i.test(own[f] as string)) return false;
  // A value may not be a placeholder token itself: it would be filled again.
  if (Object.hasOwn(own, 'firstName') && own.firstName !== undefined && (!isPlainText(own.firstName) || hasPlaceholder(own.firstName))) return false;
  for (const f of ['unsubscribeUrl', 'webViewUrl', 'profileUrl']) if (hasPlaceholder(own[f] as string)) return false;
  return true;
}

/** One values object through every path. */
export async function checkPersonalize(input: { values: unknown; shape: string }, fullRender = false): Promise<Problem[]> {
  const p = await preparedForFuzz();
  const { values } = input;
  const results = [() => p.personalize(values as never), () => p.personalizeBytes(values as never), () => p.personalizeBytes(values as never, { format: 'json' })].map((f) => {
    try {
      return { ok: true as const, value: f() };
    } catch (error) {
      return { ok: false as const, error };
    }
  });
  let streamed: unknown;
  try {
    for await (const copy of p.copies([values as never])) streamed = copy;
  } catch (error) {
    return [{ kind: 'crash', detail: `copies() threw ${(error as Error)?.name}: ${(error as Error)?.message} for ${show(values)}` }];
  }
  const problems: Problem[] = [];
  for (const r of results) {
    if (!r.ok && !(r.error instanceof PersonalizeError)) problems.push({ kind: 'crash', detail: `${(r.error as Error)?.name}: ${(r.error as Error)?.message} for ${show(values)}` });
    else if (!r.ok && r.error instanceof PersonalizeError && (r.error.problems.length === 0 || r.error.problems.some((x) => !x.message))) problems.push({ kind: 'unnamed-error', detail: `${r.error.message} for ${show(values)}` });
  }
  if (problems.length) return problems;
  const accepted = results.map((r) => r.ok);
  const streamedOk = (streamed as { ok: boolean }).ok;
  if (accepted.some((a) => a !== accepted[0]) || streamedOk !== accepted[0]) {
    return [{ kind: 'disagreement', detail: `paths disagree (personalize, bytes, json, copies: ${[...accepted, streamedOk].join(', ')}) for ${show(values)}` }];
  }
  if (accepted[0] !== schemaAccepts(values)) {
    problems.push({ kind: accepted[0] ? 'hostile-through' : 'disagreement', detail: `personalize ${accepted[0] ? 'accepts' : 'refuses'} what the schema's rules ${accepted[0] ? 'refuse' : `accept (${(results[0] as { error: Error }).error?.message})`}: ${show(values)}` });
  }
  if (!accepted[0]) return problems;
  const strings = (results[0] as { value: { html: string; text: string } }).value;
  const bytes = (results[1] as { value: { html: Uint8Array; text: Uint8Array } }).value;
  const json = (results[2] as { value: { html: Uint8Array; text: Uint8Array } }).value;
  if (decode(bytes.html) !== strings.html || decode(bytes.text) !== strings.text) problems.push({ kind: 'disagreement', detail: `bytes differ from the strings for ${show(values)}` });
  if (JSON.parse(decode(json.html)) !== strings.html || JSON.parse(decode(json.text)) !== strings.text) problems.push({ kind: 'disagreement', detail: `JSON bytes differ from the strings for ${show(values)}` });
  if (/nkph_|nk\.invalid/.test(strings.html + strings.text)) problems.push({ kind: 'lost-content', detail: `a placeholder token is left in the copy for ${show(values)}` });
  if (fullRender) {
    const v = values as Record<string, string>;
    // Own properties only, as personalize reads them: an inherited firstName is not a value.
    const own = Object.hasOwn(v, 'firstName') ? v.firstName : undefined;
    const firstName = (typeof own === 'string' && normalizeTextValue(own)) || FALLBACK;
    try {
      const full = await renderEmail(<Issue data={personalIssue({ firstName, unsubscribeUrl: v.unsubscribeUrl!, webViewUrl: v.webViewUrl!, profileUrl: v.profileUrl! })} />);
      if (full.html !== strings.html || full.text !== strings.text) problems.push({ kind: 'disagreement', detail: `the copy differs from a full render for ${show(values)}` });
    } catch (error) {
      problems.push({ kind: 'disagreement', detail: `personalize accepts what a full render refuses (${(error as Error).message.slice(0, 200)}): ${show(values)}` });
    }
  }
  return problems;
}
