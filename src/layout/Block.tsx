import type { CSSProperties, ReactNode } from 'react';
import { markup } from '../base/markup';
import { CellScope, useCell, useNewsletter, useTextHint } from '../context';
import { cellTypography, margin, typographyIn, usePaint, type BackgroundRole, type BorderRole, type TextRole } from './css';
import { useSides } from './direction';

export interface BlockProps {
  children: ReactNode;
  /** Background of the whole row. @default 'surface' */
  background?: BackgroundRole;
  /** Space above and below, in theme spacing steps. */
  paddingTop?: 'none' | 'sm' | 'md' | 'lg' | 'xl';
  paddingBottom?: 'none' | 'sm' | 'md' | 'lg' | 'xl';
  /** Tags the cell's border colour for the dark-mode rules. */
  border?: BorderRole;
  /** Marks a region for the email check (e.g. the legal footer's font-size minimum). */
  section?: string;
  /**
   * The text role of most of the block's text: the cell declares its font, size and line
   * height once, and text in that role inherits them. `null` for a block whose text sits in
   * nested tables or that has none (a rule). @default 'body'
   */
  text?: TextRole | null;
  style?: CSSProperties;
}

/**
 * One layout table whose rows are the blocks inside it, inset by the gutter: a table per block
 * would repeat the table's attributes and wrappers for every block, and a rule between blocks
 * is then one cell's border (`Divider`). Only blocks may be its children; a block that paints
 * to the column's edges (a full-width background or border) stays outside.
 */
export function Rows({ children }: { children: ReactNode }) {
  const { theme } = useNewsletter();
  const paint = usePaint();
  return (
    <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} border={0}>
      <tr>
        <td {...paint({ bg: 'surface' }, { padding: margin(0, theme.widths.gutter) })}>
          <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} border={0}>
            <CellScope value={{ rows: true, text: null }}>{children}</CellScope>
          </table>
        </td>
      </tr>
    </table>
  );
}

/** Whether the enclosing block is a row of `Rows`, whose cell carries no gutter of its own. */
export function useInRows(): boolean {
  return useCell().rows;
}

/**
 * Font, size and line height for text of `role` inside the enclosing block's cell: only what the
 * cell does not already declare (see `typographyIn`). For a block's parts (`Paragraph`).
 */
export function useTypography(role: TextRole): CSSProperties {
  const { theme } = useNewsletter();
  return typographyIn(theme, role, useCell().text);
}

/**
 * The text hint of the enclosing block (`defineBlock`'s `text`), for the first row it renders:
 * that row then reads as the hint in the plain-text part. Later rows get none.
 */
function useRowTextHint(): string | undefined {
  const hint = useTextHint();
  if (!hint || hint.text === undefined) return undefined;
  const { text } = hint;
  hint.text = undefined;
  return text;
}

/**
 * A full-width row of the 600 px column: a cell that carries the gutter in a table of its own, or
 * a row of `Rows`. Every block is made of these: the row paints its background (with its colour
 * role for dark mode), insets the content by the gutter and declares the type of its text.
 */
export function Block({ children, background = 'surface', paddingTop = 'lg', paddingBottom = 'none', border, section, text = 'body', style }: BlockProps) {
  const { theme } = useNewsletter();
  const paint = usePaint();
  const { rows } = useCell();
  const { own } = useSides();
  const hint = useRowTextHint();
  const space = (step: BlockProps['paddingTop']) => (step === 'none' || step === undefined ? 0 : theme.space[step]);
  const cell = paint({ bg: background, border }, {
    ...(text === null ? {} : cellTypography(theme, text)),
    padding: margin(space(paddingTop), rows ? 0 : theme.widths.gutter, space(paddingBottom)),
    // Right to left: each block's cell says so itself (Outlook for Windows does not take it from the wrapper).
    ...(own.dir ? { ...own.style, textAlign: 'right' } : {}),
    ...style,
  });
  const hinted = hint === undefined ? {} : { [markup.text]: hint };
  const row = (
    <tr {...{ [markup.section]: rows ? section : undefined }} {...(rows ? hinted : {})}>
      <td dir={own.dir} {...cell}>
        <CellScope value={{ rows: false, text }}>{children}</CellScope>
      </td>
    </tr>
  );
  if (rows) return row;
  return (
    <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} border={0} {...{ [markup.section]: section }} {...hinted}>
      {row}
    </table>
  );
}
