import { useNewsletter } from '../../base/context';
import { Block } from '../../layout/Block';
import { paint, px } from '../../layout/css';

/** How the rule reads in the plain-text part. */
const TEXT_RULE = '―'.repeat(40);

export interface DividerProps {
  /** Space above the rule. @default 'lg' */
  spaceAbove?: 'none' | 'sm' | 'md' | 'lg';
}

/**
 * A 1 px rule between blocks. Drawn as a table cell border rather than `<hr>`, whose margins
 * and bevel differ between Outlook, Gmail and Apple Mail.
 */
export function Divider({ spaceAbove = 'lg' }: DividerProps) {
  const { theme } = useNewsletter();
  return (
    <Block paddingTop={spaceAbove} paddingBottom="none">
      <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} border={0} data-nk-text={TEXT_RULE}>
        <tbody>
          <tr>
            <td
              {...paint(theme, { bg: 'surface', border: 'border' }, {
                borderTop: `1px solid ${theme.colors.border}`,
                fontSize: px(1),
                lineHeight: px(1),
                msoLineHeightRule: 'exactly',
              })}
            >
              &nbsp;
            </td>
          </tr>
        </tbody>
      </table>
    </Block>
  );
}
