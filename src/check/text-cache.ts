/**
 * What the check worked out from a text (a stylesheet, a `style` attribute, a selector), by that
 * text, so that the rules of one check and the next email with the same text reuse it. Bounded by
 * the characters of the texts kept, not by their number: a parsed megabyte of CSS holds some
 * 70 MB, and a server that checks one hostile email after another must not keep hundreds of them.
 * When a new text would pass the bound, the cache starts again; the newest text is always kept,
 * however long.
 */
export class TextCache<V> {
  readonly #values = new Map<string, V>();
  #size = 0;
  constructor(private readonly maxCharacters: number) {}

  get(text: string): V | undefined {
    return this.#values.get(text);
  }

  /** Whether a value is kept for `text` (the value may be `undefined`). */
  has(text: string): boolean {
    return this.#values.has(text);
  }

  set(text: string, value: V): void {
    if (this.#size + text.length > this.maxCharacters) {
      this.#values.clear();
      this.#size = 0;
    }
    this.#values.set(text, value);
    this.#size += text.length;
  }
}

