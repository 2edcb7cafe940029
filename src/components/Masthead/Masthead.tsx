import { Heading } from '@react-email/heading';
import { Image } from '../../layout/Image';
import * as z from 'zod';
import { calendarDate } from '../../base/values/date';
import { image, nonEmpty } from '../../base/fields';
import { defineBlock } from '../../define/defineBlock';

import { byShape, record } from '../../base/values';
import { Block } from '../../layout/Block';
import { px, typography, typographyIn, usePaint } from '../../layout/css';
import { useNewsletter } from '../../context';
import { side, useSides } from '../../layout/direction';

export const mastheadSchema = record(
  {
    /** The newsletter's name, e.g. "Vitako-Branchenticker". The issue's only `<h1>`. */
    title: nonEmpty,
    /** Shown after the title: "Nr. 5" / "No. 5". */
    issueNumber: byShape(
      [z.number({ error: 'must be a positive whole number or a non-empty string' }).int({ error: 'must be a whole number' }).positive({ error: 'must be greater than 0' }), nonEmpty],
      (input) => (typeof input === 'number' ? 0 : typeof input === 'string' ? 1 : undefined),
      'a positive whole number or a non-empty string',
    ).optional(),
    /** Issue date: ISO `YYYY-MM-DD` or a `Date`. Rendered "8. Februar 2021" / "8 February 2021". */
    date: calendarDate,
    /** Where the issue comes from: "Berlin, den 8. Februar 2021". */
    place: nonEmpty.optional(),
    /**
     * Logo above the title, its width and height in px as displayed. Drawn on a light halo so
     * that a dark logo stays visible when a client inverts the email for dark mode. Its `alt`,
     * the organisation's name, is also written as text beside it: many clients block images and
     * some (Roundcube, Evolution) show no alt text in their place.
     */
    logo: image.omit({ credit: true }).optional(),
  },
  '{ title, date, issueNumber?, place?, logo? }',
);

export type MastheadProps = z.input<typeof mastheadSchema>;
export type MastheadLogo = NonNullable<MastheadProps['logo']>;

/** Title, issue number, place and date at the top of an issue. */
export const Masthead = defineBlock({ name: 'Masthead', schema: mastheadSchema, layout: 'band', render: Top });

/** `Masthead` for props its schema has already parsed (`Issue` validates the whole issue once). */
export const ParsedMasthead = Masthead.Parsed;

function Top({ title, issueNumber, date, place, logo }: z.output<typeof mastheadSchema>) {
  const { theme, labels, locale } = useNewsletter();
  const paint = usePaint();
  const { start, isolate, own } = useSides();
  const heading = paint({ fg: 'heading' }, { ...typography(theme, 'h1'), margin: 0 });
  const dateLine = paint({ fg: 'muted' }, { ...typographyIn(theme, 'small', 'small'), margin: `${theme.space.xs}px 0 0` });
  return (
    <Block paddingTop="xl" paddingBottom="md" text="small" border="accent" style={{ borderTop: `${theme.space.xs}px solid ${theme.colors.accent}` }}>
      {logo ? (
        <table role="presentation" cellPadding={0} cellSpacing={0} border={0} dir={own.dir} style={{ marginBottom: px(theme.space.md), ...own.style }}>
          <tr>
            <td {...paint({ bg: 'logoHalo' }, { padding: px(theme.space.sm), borderRadius: px(theme.radii.button) })}>
              {/* alt="": the name is the text beside it, so screen readers do not hear it twice. */}
              <Image src={logo.src} alt="" width={logo.width} height={logo.height} />
            </td>
            <td {...paint({ fg: 'heading' }, { ...typography(theme, 'body'), fontWeight: theme.fontWeights.bold, ...side('padding', start, px(theme.space.md)) })}>{isolate(logo.alt)}</td>
          </tr>
        </table>
      ) : null}
      <Heading as="h1" {...heading}>
        {isolate(title)}
        {issueNumber !== undefined ? ` ${labels.issueNumber(typeof issueNumber === 'string' ? isolate(issueNumber) : issueNumber)}` : null}
      </Heading>
      <p {...dateLine}>{labels.placeAndDate(place === undefined ? undefined : isolate(place), locale.dates.long(date))}</p>
    </Block>
  );
}
