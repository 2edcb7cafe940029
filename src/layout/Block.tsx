import { createContext, useContext, type CSSProperties, type ReactNode } from 'react';
import { useNewsletter } from '../base/context';
import { cellTypography, margin, paint, typographyIn, type BackgroundRole, type BorderRole, type TextRole } from './css';

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

interface Cell {
  /** Inside `Rows`: a block is a row of that table rather than a table of its own. */
  rows: boolean;
  /** The text role whose font and size the enclosing block cell declares, if any. */
  text: TextRole | null;
}

const CellContext = createContext<Cell>({ rows: false, text: null });

/**
 * One layout table whose rows are the blocks inside it, inset by the gutter: a table per block
 * would repeat the table's attributes and wrappers for every block, and a rule between blocks
 * is then one cell's border (`Divider`). Only blocks may be its children; a block that paints
 * to the column's edges (a full-width background or border) stays outside.
 */
export function Rows({ children }: { children: ReactNode }) {
  const { theme } = useNewsletter();
  return (
    <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} border={0}>
      <tr>
        <td {...paint(theme, { bg: 'surface' }, { padding: margin(0, theme.widths.gutter) })}>
          <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} border={0}>
            <CellContext.Provider value={{ rows: true, text: null }}>{children}</CellContext.Provider>
          </table>
        </td>
      </tr>
    </table>
  );
}

/** Whether the enclosing block is a row of `Rows`, whose cell carries no gutter of its own. */
export function useInRows(): boolean {
  return useContext(CellContext).rows;
}

/** `typographyIn` the enclosing block's cell; for blocks' parts (`Paragraph`), which do not know it. */
export function useTypography(role: TextRole): CSSProperties {
  const { theme } = useNewsletter();
  return typographyIn(theme, role, useContext(CellContext).text);
}

/** A full-width row of the 600 px column: a cell that carries the gutter in a table of its own, or a row of `Rows`. */
export function Block({ children, background = 'surface', paddingTop = 'lg', paddingBottom = 'none', border, section, text = 'body', style }: BlockProps) {
  const { theme } = useNewsletter();
  const { rows } = useContext(CellContext);
  const space = (step: BlockProps['paddingTop']) => (step === 'none' || step === undefined ? 0 : theme.space[step]);
  const cell = paint(theme, { bg: background, border }, {
    ...(text === null ? {} : cellTypography(theme, text)),
    padding: margin(space(paddingTop), rows ? 0 : theme.widths.gutter, space(paddingBottom)),
    ...style,
  });
  const row = (
    <tr data-nk-section={rows ? section : undefined}>
      <td {...cell}>
        <CellContext.Provider value={{ rows: false, text }}>{children}</CellContext.Provider>
      </td>
    </tr>
  );
  if (rows) return row;
  return (
    <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} border={0} data-nk-section={section}>
      {row}
    </table>
  );
}
