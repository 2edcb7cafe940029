import { Heading } from '@react-email/components';
import { Image } from '../../layout/Image';
import { z } from 'zod';
import { formatLongDate, toCalendarDay } from '../../i18n/dates';
import { calendarDate, image, nonEmpty, validateProps } from '../../base/fields';
import { Block } from '../../layout/Block';
import { paint, px, typography } from '../../layout/css';
import { useNewsletter } from '../../base/context';

export interface MastheadLogo {
  /** Absolute https URL of the logo. */
  src: string;
  /** The organisation's name, as the logo shows it. */
  alt: string;
  /** Width in px as displayed. */
  width: number;
  /** Height in px as displayed. */
  height: number;
}

export interface MastheadProps {
  /** The newsletter's name, e.g. "Vitako-Branchenticker". The issue's only `<h1>`. */
  title: string;
  /** Shown after the title: "Nr. 5" / "No. 5". */
  issueNumber?: number | string;
  /** Issue date: ISO `YYYY-MM-DD` or a `Date`. Rendered "8. Februar 2021" / "8 February 2021". */
  date: string | Date;
  /** Where the issue comes from: "Berlin, den 8. Februar 2021". */
  place?: string;
  /**
   * Logo above the title. Drawn on a light halo so that a dark logo stays visible when a client
   * inverts the email for dark mode.
   */
  logo?: MastheadLogo;
}

export const mastheadSchema = z.object(
  {
    title: nonEmpty,
    issueNumber: z
      .union([z.number().int().positive(), nonEmpty], { error: 'must be a positive whole number or a non-empty string' })
      .optional(),
    date: calendarDate,
    place: nonEmpty.optional(),
    logo: image.omit({ credit: true }).optional(),
  },
  { error: 'is required: { title, date, issueNumber?, place?, logo? }' },
);

/** Title, issue number, place and date at the top of an issue. */
export function Masthead(props: MastheadProps) {
  const { title, issueNumber, date, place, logo } = validateProps('Masthead', mastheadSchema, props);
  const { theme, labels, lang } = useNewsletter();
  const day = toCalendarDay(date)!;
  const heading = paint(theme, { fg: 'heading' }, { ...typography(theme, 'h1'), margin: 0 });
  const dateLine = paint(theme, { fg: 'muted' }, { ...typography(theme, 'small'), margin: `${theme.space.xs}px 0 0` });
  const halo = paint(theme, { bg: 'logoHalo' }, { padding: px(theme.space.sm), borderRadius: px(theme.radii.button) });
  return (
    <Block paddingTop="xl" paddingBottom="md" border="accent" style={{ borderTop: `${theme.space.xs}px solid ${theme.colors.accent}` }}>
      {logo ? (
        <table role="presentation" cellPadding={0} cellSpacing={0} border={0} style={{ marginBottom: px(theme.space.md) }}>
          <tbody>
            <tr>
              <td {...halo}>
                {/* The halo stays light in dark mode, so the alt text (images blocked) keeps the light palette's colour. */}
                <Image
                  src={logo.src}
                  alt={logo.alt}
                  width={logo.width}
                  height={logo.height}
                  style={{ ...typography(theme, 'small'), color: theme.colors.text }}
                />
              </td>
            </tr>
          </tbody>
        </table>
      ) : null}
      <Heading as="h1" {...heading}>
        {title}
        {issueNumber !== undefined ? ` ${labels.issueNumber(issueNumber)}` : null}
      </Heading>
      <p {...dateLine}>{labels.placeAndDate(place, formatLongDate(day, lang))}</p>
    </Block>
  );
}
