import type { CSSProperties, ReactNode } from 'react';
import { useNewsletter } from '../base/context';
import { paint, px, type BackgroundRole, type BorderRole } from './css';

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
  style?: CSSProperties;
}

/** A full-width row of the 600 px column: a layout table whose cell carries the gutter. */
export function Block({ children, background = 'surface', paddingTop = 'lg', paddingBottom = 'none', border, section, style }: BlockProps) {
  const { theme } = useNewsletter();
  const space = (step: BlockProps['paddingTop']) => (step === 'none' || step === undefined ? 0 : theme.space[step]);
  const cell = paint(theme, { bg: background, border }, {
    padding: `${px(space(paddingTop))} ${px(theme.widths.gutter)} ${px(space(paddingBottom))}`,
    ...style,
  });
  return (
    <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} border={0} data-nk-section={section}>
      <tbody>
        <tr>
          <td {...cell}>{children}</td>
        </tr>
      </tbody>
    </table>
  );
}
