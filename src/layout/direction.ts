import type { CSSProperties } from 'react';
import { isolate, type Direction } from '../base/bidi';
import { useNewsletter } from '../context';

/** A physical side, as React's style names spell it (`paddingLeft`). */
export type Side = 'Left' | 'Right';

export interface Sides {
  dir: Direction;
  /** Where a line starts: left, or right in a right-to-left issue. */
  start: Side;
  /** Where a line ends. */
  end: Side;
  /** `text-align` and `align` for the start of a line: `left`, or `right`. */
  align: 'left' | 'right';
  /** A value set inside the locale's text, isolated so that it keeps its own direction (`base/bidi.ts`). */
  isolate: (value: string) => string;
  /**
   * Attributes for a table or cell that lays out text or cells side by side: in a right-to-left
   * issue `dir="rtl"` with `direction:rtl` inline (which GMX and WEB.DE keep when they strip
   * `dir`). Outlook for Windows lays each table out by its own `dir` and aligns a cell's text by
   * the cell, not by the wrapper around the column. Empty in a left-to-right issue.
   */
  own: { dir?: 'rtl'; style: CSSProperties };
}

/**
 * The sides a block lays its pieces out by, from the locale's direction: a thumbnail's gap, a
 * quote's rule and a column's inset face the start of the line, which in Arabic is the right.
 * Physical sides rather than `padding-inline-start`: caniemail 2.0.2 has the logical properties
 * unsupported in Gmail, Outlook, Yahoo, GMX and WEB.DE.
 */
export function useSides(): Sides {
  const { dir } = useNewsletter();
  return sidesOf(dir);
}

export function sidesOf(dir: Direction): Sides {
  const rtl = dir === 'rtl';
  return {
    dir,
    start: rtl ? 'Right' : 'Left',
    end: rtl ? 'Left' : 'Right',
    align: rtl ? 'right' : 'left',
    isolate: (value) => isolate(value, dir),
    own: rtl ? { dir: 'rtl', style: { direction: 'rtl' } } : { style: {} },
  };
}

/** One side of a box property: `side('padding', start, '16px')` is `{ paddingLeft: '16px' }` in a left-to-right issue. */
export function side(property: 'padding' | 'margin' | 'border', at: Side, value: string | number): CSSProperties {
  return { [`${property}${at}`]: value } as CSSProperties;
}
