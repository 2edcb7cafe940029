import { PersonalizeError } from './values';

/**
 * One recipient's copy as the UTF-8 bytes a sender writes: the HTML part and the plain-text part,
 * each a `Uint8Array` of its own `ArrayBuffer` (not shared), so it goes into `Buffer.from(bytes.buffer)`,
 * a `Blob` or a `fetch` body as it is.
 */
export interface CopyBytes {
  html: Uint8Array<ArrayBuffer>;
  text: Uint8Array<ArrayBuffer>;
}

/**
 * One step of `copies(recipients)`: the copy, or why this recipient's values were refused. A
 * refused recipient does not end the run; `index` and `recipient` say whom it is about.
 */
export type Copy<R> =
  | ({ ok: true; index: number; recipient: R } & CopyBytes)
  | { ok: false; index: number; recipient: R; error: PersonalizeError };

export interface CopiesOptions<R, V> {
  /**
   * The merge-field values of one recipient, when a recipient is more than its values (an
   * address, an id, a CRM record). @default the recipient itself
   */
  values?: (recipient: R, index: number) => V;
}

function isIterable(value: unknown): value is Iterable<unknown> | AsyncIterable<unknown> {
  if (value === null || value === undefined || typeof value === 'string') return false;
  const v = value as { [Symbol.iterator]?: unknown; [Symbol.asyncIterator]?: unknown };
  return typeof v[Symbol.iterator] === 'function' || typeof v[Symbol.asyncIterator] === 'function';
}

/**
 * The copies of many recipients, one at a time: each is made when the loop asks for it and is
 * not kept, so memory stays flat however long the list (an array, a generator, a database
 * cursor, a stream of CSV rows). Values a recipient's record gets wrong yield `{ ok: false }`
 * with a `PersonalizeError` naming the recipient's position and the field; an error thrown by
 * the recipients' iterator or by the `values` function ends the loop, as any bug would.
 */
export function copiesOf<R, V>(
  recipients: Iterable<R> | AsyncIterable<R>,
  personalizeBytes: (values: V) => CopyBytes,
  options: CopiesOptions<R, V> = {},
): AsyncGenerator<Copy<R>, void, undefined> {
  if (!isIterable(recipients)) {
    throw new PersonalizeError('copies: recipients must be an iterable or async iterable (an array, a generator, a stream of records), e.g. copies([{ firstName: "Anna", … }])');
  }
  const values = options.values ?? ((recipient: R) => recipient as unknown as V);
  if (typeof values !== 'function') throw new PersonalizeError('copies: option "values" must be a function (recipient, index) => values');
  return (async function* run() {
    let index = 0;
    for await (const recipient of recipients) {
      const at = index++;
      let copy: CopyBytes;
      try {
        copy = personalizeBytes(values(recipient, at));
      } catch (error) {
        if (!(error instanceof PersonalizeError)) throw error;
        yield { ok: false, index: at, recipient, error: error.forRecipient(at) };
        continue;
      }
      yield { ok: true, index: at, recipient, html: copy.html, text: copy.text };
    }
  })();
}
