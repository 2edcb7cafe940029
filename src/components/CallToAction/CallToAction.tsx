import type { ReactNode } from 'react';
import * as z from 'zod';
import { href as hrefField, nonEmpty, oneOf } from '../../base/fields';
import { defineBlock } from '../../define/defineBlock';

import { readsAs } from '../../base/markup';
import { record } from '../../base/values';
import { Block } from '../../layout/Block';
import { px, typography, usePaint } from '../../layout/css';
import { ScreenReaderText } from '../../layout/ScreenReaderText';
import { useLink, useNewsletter } from '../../context';
import { useSides } from '../../layout/direction';

/** Where the button sits in the column: `start` is the left, or the right in a right-to-left issue. */
export const CallToActionAlign = { start: 'start', left: 'left', center: 'center', right: 'right' } as const;
export type CallToActionAlign = (typeof CallToActionAlign)[keyof typeof CallToActionAlign];

export const callToActionSchema = record({
  /** Where the button goes. */
  href: hrefField,
  /** Where the button goes, for screen readers, when the text alone does not say it. */
  context: nonEmpty.optional(),
  /**
   * `start`: where lines start (the left, the right in a right-to-left issue); `left`, `right`:
   * that side whatever the language; `center`. @default 'start'
   */
  align: oneOf(CallToActionAlign).optional(),
}, 'an object { href, context?, align? }');

interface ButtonText {
  /** Button text; it should say where it goes ("Vitako Stellenmarkt", not "hier"). */
  children: ReactNode;
}

export type CallToActionProps = z.input<typeof callToActionSchema> & ButtonText;

/**
 * A button link. The colour and padding sit on a table cell: Outlook for Windows ignores padding
 * on `<a>` and reads `mso-padding-alt` on the cell instead, so the button keeps its size there.
 */
export const CallToAction = defineBlock({
  name: 'CallToAction',
  type: 'button',
  schema: callToActionSchema,
  data: {
    fields: {
      /** The button's text; it should say where it goes ("Vitako Stellenmarkt", not "hier"). */
      text: nonEmpty,
    },
    props: ({ text }) => ({ children: text }),
  },
  render: Button,
});

/** `CallToAction` for props its schema has already parsed (`Issue` validates the whole issue once). */
export const ParsedCallToAction = CallToAction.Parsed;

function Button({ href, children, context, align = 'start' }: z.output<typeof callToActionSchema> & ButtonText) {
  const { theme } = useNewsletter();
  const paint = usePaint();
  // A table without `align` stands at the start of the line, in either direction.
  const { align: startSide } = useSides();
  const tableAlign = align === 'start' || align === startSide ? undefined : align;
  const padY = theme.space.md - theme.space.xs;
  const padX = theme.space.lg;
  const cell = paint({ bg: 'accent' }, {
    borderRadius: px(theme.radii.button),
    msoPaddingAlt: `${px(padY)} ${px(padX)}`,
  });
  // The whole typography on the link: it sits in a nested table, which Outlook for Windows does
  // not let inherit the block's font.
  const link = paint({ fg: 'onAccent' }, {
    ...typography(theme, 'body'),
    fontWeight: theme.fontWeights.bold,
    display: 'inline-block',
    padding: `${px(padY)} ${px(padX)}`,
    textDecoration: 'none',
    borderRadius: px(theme.radii.button),
  });
  const text = typeof children === 'string' ? children : context;
  const target = useLink()(href);
  return (
    <Block text={null}>
      <table role="presentation" cellPadding={0} cellSpacing={0} border={0} align={tableAlign}>
        <tr>
          {/* bgcolor: Outlook for Windows paints table cells more reliably from the attribute. */}
          <td {...cell} {...{ bgcolor: theme.colors.accent }}>
            <a href={target} {...readsAs(text ? `${text}: ${target}` : undefined)} {...link}>
              {children}
              {context ? <ScreenReaderText tone="onAccent">{context}</ScreenReaderText> : null}
            </a>
          </td>
        </tr>
      </table>
    </Block>
  );
}
