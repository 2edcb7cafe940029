import { Fragment, type ReactNode } from 'react';
import { px } from './css';
import { useSides } from './direction';
import { Mso } from './Mso';

export interface ColumnsProps {
  /** Each column's width in px where they stand side by side; together at most the column's inner width. */
  widths: readonly number[];
  /**
   * Each column's least width in px. With it the columns share a narrower width in the
   * proportions of `widths` (each at most its own width, at least this) and stack only where
   * these least widths no longer fit side by side; without it they stack wherever the full
   * `widths` do not fit, and a stacked column keeps its own width, e.g. a text column at 70 % of
   * a 500 px reading pane. Keep their sum under the narrowest column expected (272 px on a
   * 320 px phone with 24 px gutters, less in a webmail frame): a column is never narrower.
   */
  minWidths?: readonly number[];
  /** One child per column, in order. */
  children: ReactNode[];
  /**
   * Where the first column stands: `start`, where lines start (the left, the right in a
   * right-to-left issue), or `left` whatever the direction. @default 'start'
   */
  from?: 'start' | 'left';
}

/**
 * Columns side by side while they fit, stacked on a narrow screen, without media queries: each
 * is an inline-block as wide as it may be (MJML's hybrid columns). Outlook for Windows, which has
 * no inline-block, gets a table with these widths in a conditional comment. The wrapper's
 * `font-size: 0` drops the gap that white space would leave between the columns, so text in a
 * column writes its own size (`typography`), and in Outlook the columns are cells of a nested
 * table, which do not inherit the block's font.
 */
export function Columns({ widths, minWidths, children, from = 'start' }: ColumnsProps) {
  const { dir, align } = useSides();
  const cell = (width: number) => `<td width="${width}" valign="top">`;
  // In a right-to-left issue the first column stands at the right: inline blocks flow from the
  // start of the line, and Outlook's table takes its order from `dir`. Columns from the left in a
  // right-to-left issue flow left to right, and each column is right to left again inside.
  const physical = dir === 'rtl' && from === 'left';
  const msoDir = dir === 'rtl' && !physical ? ' dir="rtl"' : '';
  const row = physical ? { dir: 'ltr', style: { fontSize: 0, direction: 'ltr', textAlign: 'left' } as const } : { style: { fontSize: 0, textAlign: align } };
  const inside = physical ? { dir: 'rtl', style: { direction: 'rtl', textAlign: 'right' } as const } : { style: {} };
  const total = widths.reduce((sum, width) => sum + width, 0);
  // Shares rounded down to 0.01 %: rounded up, they could add up to more than the row and wrap.
  const share = (width: number) => `${Math.floor((width / total) * 10000) / 100}%`;
  const size = (width: number, i: number) =>
    minWidths === undefined ? { width: '100%', maxWidth: px(width) } : { width: share(width), maxWidth: px(width), minWidth: px(minWidths[i] ?? 0) };
  return (
    <div {...row}>
      {widths.map((width, i) => (
        <Fragment key={i}>
          <Mso html={i === 0 ? `<table role="presentation" width="100%"${msoDir} cellpadding="0" cellspacing="0" border="0"><tr>${cell(width)}` : `</td>${cell(width)}`} />
          <div dir={inside.dir} style={{ display: 'inline-block', ...size(width, i), verticalAlign: 'top', ...inside.style }}>
            {children[i]}
          </div>
        </Fragment>
      ))}
      <Mso html="</td></tr></table>" />
    </div>
  );
}
