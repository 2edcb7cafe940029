/**
 * The byte path: a rendered part kept as UTF-8 chunks, encoded once, with the per-recipient
 * values between them. A copy is one allocation of exactly its length and one copy of each
 * chunk into it, so what a sender writes to a socket, a file or a request body costs little
 * more than copying the bytes of one finished copy.
 */

const encoder = new TextEncoder();

/** UTF-8 bytes of a string (the rendered parts hold no lone surrogates: values and issue text refuse them). */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

/**
 * What the bytes of a part are: `utf8`, the part itself; `json`, the part as a JSON string
 * literal, quotes included, ready to stand as a value in an ESP's JSON request body
 * (`"HtmlBody": <bytes>`). JSON escapes character by character, so the pieces of a part can be
 * escaped apart and joined: the result equals `JSON.stringify(part)`.
 */
export type ByteFormat = 'utf8' | 'json';

/** A piece of a part (no quotes) in a format. */
export function encodePiece(text: string, format: ByteFormat): Uint8Array<ArrayBuffer> {
  return utf8(format === 'json' ? JSON.stringify(text).slice(1, -1) : text);
}

/** `chunks[0] slot[0] chunks[1] slot[1] … chunks[n]`; a slot is an index into the values of one copy. */
export interface ByteTemplate {
  chunks: readonly Uint8Array[];
  slots: readonly number[];
  /** The chunks' total length. */
  fixed: number;
}

/** Encodes the static parts of a template once; in `json`, the first and last chunk carry the quotes. */
export function byteTemplate(parts: readonly string[], slots: readonly number[], format: ByteFormat): ByteTemplate {
  if (parts.length !== slots.length + 1) throw new Error('byteTemplate: one more part than slots expected');
  const json = format === 'json';
  const chunks = parts.map((part, i) => utf8(`${json && i === 0 ? '"' : ''}${json ? JSON.stringify(part).slice(1, -1) : part}${json && i === parts.length - 1 ? '"' : ''}`));
  return { chunks, slots, fixed: chunks.reduce((n, c) => n + c.length, 0) };
}

/** One copy: the chunks with `values[slot]` between them, in a new array of exactly the copy's length. */
export function fillBytes(template: ByteTemplate, values: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const { chunks, slots } = template;
  let length = template.fixed;
  for (let i = 0; i < slots.length; i++) length += values[slots[i]!]!.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (let i = 0; i < slots.length; i++) {
    const chunk = chunks[i]!;
    out.set(chunk, at);
    at += chunk.length;
    const value = values[slots[i]!]!;
    out.set(value, at);
    at += value.length;
  }
  out.set(chunks[slots.length]!, at);
  return out;
}
