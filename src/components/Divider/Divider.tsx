import * as z from 'zod';
import { oneOf } from '../../base/fields';
import { defineBlock } from '../../define/defineBlock';

import { readsAs } from '../../base/markup';
import { record } from '../../base/values';
import { useNewsletter } from '../../context';
import { Block, useInRows } from '../../layout/Block';
import { px, usePaint } from '../../layout/css';

/** How the rule reads in the plain-text part. */
const TEXT_RULE = '―'.repeat(40);

/** Space above the rule, in theme spacing steps. */
export const DividerSpace = { none: 'none', sm: 'sm', md: 'md', lg: 'lg' } as const;
export type DividerSpace = (typeof DividerSpace)[keyof typeof DividerSpace];

export const dividerSchema = record({
  /** Space above the rule. @default 'lg' */
  spaceAbove: oneOf(DividerSpace).optional(),
}, 'an object { spaceAbove? }');

export type DividerProps = z.input<typeof dividerSchema>;

/**
 * A 1 px rule between blocks. Drawn as a table cell border rather than `<hr>`, whose margins
 * and bevel differ between Outlook, Gmail and Apple Mail.
 */
export const Divider = defineBlock({ name: 'Divider', type: 'divider', schema: dividerSchema, compact: { spaceAbove: 'md' }, render: Rule });

/** `Divider` for props already parsed (`Issue` sets them itself). */
export const ParsedDivider = Divider.Parsed;

function Rule({ spaceAbove = 'lg' }: z.output<typeof dividerSchema>) {
  const { theme } = useNewsletter();
  const paint = usePaint();
  const rule = { fontSize: px(1), lineHeight: px(1), msoLineHeightRule: 'exactly' } as const;
  if (useInRows()) {
    // Between rows that `Rows` insets, the rule is the bottom border of a spacer cell.
    const space = spaceAbove === 'none' ? 0 : theme.space[spaceAbove];
    return (
      <tr>
        <td {...paint({ bg: 'surface', border: 'border' }, { paddingTop: px(space), borderBottom: `1px solid ${theme.colors.border}`, ...rule })} {...readsAs(TEXT_RULE)}>
          &nbsp;
        </td>
      </tr>
    );
  }
  return (
    <Block paddingTop={spaceAbove} paddingBottom="none" text={null}>
      <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} border={0} {...readsAs(TEXT_RULE)}>
        <tr>
          {/* No background of its own: the block's cell behind it has one. */}
          <td {...paint({ border: 'border' }, { borderTop: `1px solid ${theme.colors.border}`, ...rule })}>&nbsp;</td>
        </tr>
      </table>
    </Block>
  );
}
