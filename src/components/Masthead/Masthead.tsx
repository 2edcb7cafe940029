import { Heading } from '@react-email/heading';
import { Image } from '../../layout/Image';
import * as z from 'zod';
import { calendarDate } from '../../base/values/date';
import { image, nonEmpty } from '../../base/fields';
import { defineBlock } from '../../define/defineBlock';

import { byShape, record } from '../../base/values';
import { Block } from '../../layout/Block';
import { Mso } from '../../layout/Mso';
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
  const { end, isolate, own } = useSides();
  const heading = paint({ fg: 'heading' }, { ...typography(theme, 'h1'), margin: 0 });
  const dateLine = paint({ fg: 'muted' }, { ...typographyIn(theme, 'small', 'small'), margin: `${theme.space.xs}px 0 0` });
  return (
    <Block paddingTop="xl" paddingBottom="md" text="small" border="accent" style={{ borderTop: `${theme.space.xs}px solid ${theme.colors.accent}` }}>
      {logo ? (
        // The name beside the logo while both fit, under it where they do not: in a table row a
        // narrow screen left the name a few px and Roundcube broke it mid-word ("Exchan / ge" at
        // 320 px). Inline-blocks without white space between them (`font-size: 0`); Outlook for
        // Windows, which has no inline-block, gets the row as a table.
        <div dir={own.dir} style={{ fontSize: 0, marginBottom: px(theme.space.md), ...own.style }}>
          <Mso html={`<table role="presentation" cellpadding="0" cellspacing="0" border="0"${own.dir ? ` dir="${own.dir}"` : ''}><tr><td valign="middle">`} />
          <div {...paint({ bg: 'logoHalo' }, { display: 'inline-block', verticalAlign: 'middle', padding: px(theme.space.sm), borderRadius: px(theme.radii.button), ...side('margin', end, px(theme.space.md)) })}>
            {/* alt="": the name is the text beside it, so screen readers do not hear it twice. */}
            <Image src={logo.src} alt="" width={logo.width} height={logo.height} />
          </div>
          <Mso html={'</td><td valign="middle">'} />
          <div {...paint({ fg: 'heading' }, { display: 'inline-block', verticalAlign: 'middle', ...typography(theme, 'body'), fontWeight: theme.fontWeights.bold, padding: `${px(theme.space.xs)} 0` })}>{isolate(logo.alt)}</div>
          <Mso html="</td></tr></table>" />
        </div>
      ) : null}
      <Heading as="h1" {...heading}>
        {isolate(title)}
        {issueNumber !== undefined ? ` ${labels.issueNumber(typeof issueNumber === 'string' ? isolate(issueNumber) : issueNumber)}` : null}
      </Heading>
      <p {...dateLine}>{labels.placeAndDate(place === undefined ? undefined : isolate(place), locale.dates.long(date))}</p>
    </Block>
  );
}
