import { Fragment, type ReactNode } from 'react';
import { px } from './css';
import { useSides } from './direction';
import { Mso } from './Mso';

export interface ColumnsProps {
  /** Each column's width in px where they stand side by side; together at most the column's inner width. */
  widths: readonly number[];
  /** One child per column, in order. */
  children: ReactNode[];
}

/**
 * Columns side by side while they fit, stacked on a narrow screen, without media queries: each
 * is an inline-block as wide as it may be (MJML's hybrid columns). Outlook for Windows, which has
 * no inline-block, gets a table with these widths in a conditional comment. The wrapper's
 * `font-size: 0` drops the gap that white space would leave between the columns, so text in a
 * column writes its own size (`typography`), and in Outlook the columns are cells of a nested
 * table, which do not inherit the block's font.
 */
export function Columns({ widths, children }: ColumnsProps) {
  const { dir, align } = useSides();
  const cell = (width: number) => `<td width="${width}" valign="top">`;
  // In a right-to-left issue the first column stands at the right: inline blocks flow from the
  // start of the line, and Outlook's table takes its order from `dir`.
  const msoDir = dir === 'rtl' ? ' dir="rtl"' : '';
  return (
    <div style={{ fontSize: 0, textAlign: align }}>
      {widths.map((width, i) => (
        <Fragment key={i}>
          <Mso html={i === 0 ? `<table role="presentation" width="100%"${msoDir} cellpadding="0" cellspacing="0" border="0"><tr>${cell(width)}` : `</td>${cell(width)}`} />
          <div style={{ display: 'inline-block', width: '100%', maxWidth: px(width), verticalAlign: 'top' }}>{children[i]}</div>
        </Fragment>
      ))}
      <Mso html="</td></tr></table>" />
    </div>
  );
}
