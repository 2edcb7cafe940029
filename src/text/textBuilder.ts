/**
 * Builds plain text from blocks and inline runs the way html-to-text's block builder does with
 * `wordwrap: false`: whitespace in text collapses to one space, a block is set apart from its
 * neighbours by the larger of their line-break wishes, and an empty block still asks for its
 * breaks (the caller collapses three or more newlines into two).
 */

/** A run of what the plain-text part treats as white space (html-to-text's set); a no-break space is not in it. */
export const TEXT_WHITESPACE = /[ \t\r\n\f\u200b]+/;
const ONLY_SPACE = /^[ \t\r\n\f\u200b]*$/;

/**
 * The lines in progress: completed lines (each ended by a newline) and the current one. Words
 * are joined as they come, so nothing is kept word by word.
 */
class Inline {
  done = '';
  lineCount = 0;
  line = '';
  hasWords = false;
  stashedSpace = false;

  push(word: string): void {
    this.line = this.hasWords ? this.line + ' ' + word : word;
    this.hasWords = true;
  }

  /** Joins the word to the last one, without a space. */
  concat(word: string): void {
    this.line = this.hasWords ? this.line + word : word;
    this.hasWords = true;
  }

  newLine(count = 1): void {
    this.done += this.line + '\n'.repeat(count);
    this.lineCount += count;
    this.line = '';
    this.hasWords = false;
  }

  isEmpty(): boolean {
    return this.lineCount === 0 && !this.hasWords;
  }

  clear(): void {
    this.done = '';
    this.lineCount = 0;
    this.line = '';
    this.hasWords = false;
  }

  toString(): string {
    return this.done + this.line;
  }
}

/** Pieces a block gathers before it joins them into one chunk. */
const CHUNK = 256;

/**
 * A block's finished text is kept as chunks and pieces, and joined once, at the end. Built by
 * string concatenation, an issue of a thousand items became a rope of millions of parts whose
 * joining and garbage took most of the conversion's time (×19 for ten times the items); kept as
 * loose pieces, a hundred thousand small strings lived to the end. Every `CHUNK` pieces are
 * joined into one string, so that each character is copied about twice.
 */
export class Block {
  readonly inline = new Inline();
  /** The finished text: joined chunks, then the pieces since the last chunk; and its length. */
  chunks: string[] = [];
  pieces: string[] = [];
  length = 0;
  stashedLineBreaks = 0;
  isPre: boolean;
  constructor(
    public leadingLineBreaks: number,
    parent?: Block,
  ) {
    this.isPre = parent?.isPre ?? false;
  }

  appendRaw(text: string): void {
    this.pieces.push(text);
    this.length += text.length;
    if (this.pieces.length >= CHUNK) {
      this.chunks.push(this.pieces.join(''));
      this.pieces = [];
    }
  }

  text(): string {
    const raw = this.chunks.join('') + this.pieces.join('');
    return this.inline.isEmpty() ? raw : raw + this.inline.toString();
  }

  /** Appends a finished child's text, set apart by the larger of the two blocks' line breaks. */
  add(child: Block | string, leadingLineBreaks: number, trailingLineBreaks: number): void {
    if (!this.inline.isEmpty()) this.appendRaw(this.inline.toString());
    const breaks = Math.max(this.stashedLineBreaks, leadingLineBreaks);
    this.inline.clear();
    if (this.length > 0) this.appendRaw('\n'.repeat(breaks));
    else {
      this.chunks = [];
      this.pieces = [];
      this.leadingLineBreaks = breaks;
    }
    if (typeof child === 'string') this.appendRaw(child);
    else {
      if (!child.inline.isEmpty()) child.appendRaw(child.inline.toString());
      if (child.chunks.length) {
        if (this.pieces.length) this.chunks.push(this.pieces.join(''));
        for (const chunk of child.chunks) this.chunks.push(chunk);
        this.pieces = [];
      }
      for (const piece of child.pieces) this.pieces.push(piece);
      this.length += child.length;
      if (this.pieces.length >= CHUNK) {
        this.chunks.push(this.pieces.join(''));
        this.pieces = [];
      }
    }
    this.stashedLineBreaks = trailingLineBreaks;
  }
}

export type WordTransform = (word: string) => string;

export class TextBuilder {
  block = new Block(1);
  readonly #blocks: Block[] = [];
  readonly #transforms: WordTransform[] = [];

  pushTransform(transform: WordTransform): void {
    this.#transforms.push(transform);
  }

  popTransform(): void {
    this.#transforms.pop();
  }

  #transform(word: string): string {
    for (let i = this.#transforms.length - 1; i >= 0; i--) word = this.#transforms[i]!(word);
    return word;
  }

  openBlock(leadingLineBreaks: number, pre = false): void {
    this.#blocks.push(this.block);
    this.block = new Block(leadingLineBreaks, this.block);
    if (pre) this.block.isPre = true;
  }

  /** Closes the current block and returns it (its text goes to the parent unless `detach`). */
  closeBlock(trailingLineBreaks: number, transform?: (text: string) => string, detach = false): Block {
    const block = this.block;
    this.block = this.#blocks.pop()!;
    if (!detach) this.block.add(transform ? transform(block.text()) : block, block.leadingLineBreaks, Math.max(block.stashedLineBreaks, trailingLineBreaks));
    return block;
  }

  lineBreak(): void {
    if (this.block.isPre) this.block.appendRaw('\n');
    else this.block.inline.newLine();
  }

  /** Adds text as inline content: white space collapses, words go through the transforms unless `raw`. */
  addInline(text: string, raw = false): void {
    const block = this.block;
    if (block.isPre) {
      block.appendRaw(text);
      return;
    }
    if (text.length === 0 || (block.stashedLineBreaks && ONLY_SPACE.test(text))) return;
    const inline = block.inline;
    if (block.stashedLineBreaks) inline.newLine(block.stashedLineBreaks);
    const parts = text.split(TEXT_WHITESPACE);
    const last = parts.length - 1;
    const from = last > 0 && parts[0] === '' ? 1 : 0;
    const to = last > 0 && parts[last] === '' ? last : parts.length;
    const stashed = inline.stashedSpace;
    if (from < to) {
      const transform = !raw && this.#transforms.length > 0;
      const first = transform ? this.#transform(parts[from]!) : parts[from]!;
      if (stashed || from === 1) inline.push(first);
      else inline.concat(first);
      for (let i = from + 1; i < to; i++) inline.push(transform ? this.#transform(parts[i]!) : parts[i]!);
    }
    inline.stashedSpace = (stashed && from >= to) || to === last;
    block.stashedLineBreaks = 0;
  }

  /** The whole text; every block is closed by then (the reader closes what the markup left open). */
  toString(): string {
    return (this.#blocks[0] ?? this.block).text();
  }
}
