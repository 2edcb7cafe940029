import type * as z from 'zod';
import { href, nonEmpty } from '../../base/fields';
import { record } from '../../base/values';
import { useNewsletter } from '../../context';
import { defineBlock } from '../../define/defineBlock';
import { Block } from '../../layout/Block';
import { side, useSides } from '../../layout/direction';
import { px, typography, usePaint } from '../../layout/css';
import { ParsedInlineLink } from '../InlineLink/InlineLink';

export const quoteSchema = record(
  {
    /** What was said, without quotation marks: the locale sets them („…“ / “…”). */
    text: nonEmpty,
    /** Who said it: "Dr. Johann Bizer". */
    source: nonEmpty,
    /** Their role or where it was said: "Vorstand, Dataport". */
    role: nonEmpty.optional(),
    /** Where the quote comes from, linked from the source's name. */
    href: href.optional(),
  },
  'a quote { text, source, role?, href? }',
);

export type QuoteProps = z.input<typeof quoteSchema>;

/** A quotation set off by a rule in the accent colour, with its source below: "— Dr. Johann Bizer, Vorstand, Dataport". */
export const Quote = defineBlock({ name: 'Quote', type: 'quote', schema: quoteSchema, render: Quotation });

function Quotation({ text, source, role, href }: z.output<typeof quoteSchema>) {
  const { theme, labels } = useNewsletter();
  const paint = usePaint();
  const { start, isolate } = useSides();
  // The text sits in a nested table, whose cell Outlook for Windows does not let inherit the block's font.
  return (
    <Block text={null}>
      <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} border={0}>
        <tr>
          <td {...paint({ bg: 'surface', border: 'accent' }, { ...side('border', start, `${theme.space.xs}px solid ${theme.colors.accent}`), ...side('padding', start, px(theme.space.md)) })}>
            <p {...paint({ fg: 'heading' }, { ...typography(theme, 'h3'), fontStyle: 'italic', margin: `0 0 ${theme.space.sm}px` })}>
              {labels.quote.open}
              {isolate(text)}
              {labels.quote.close}
            </p>
            <p {...paint({ fg: 'muted' }, { ...typography(theme, 'small'), margin: 0 })}>
              —{' '}
              {href ? (
                <ParsedInlineLink href={href} tone="muted">
                  {isolate(source)}
                </ParsedInlineLink>
              ) : (
                isolate(source)
              )}
              {role ? `${labels.comma ?? ', '}${isolate(role)}` : null}
            </p>
          </td>
        </tr>
      </table>
    </Block>
  );
}
