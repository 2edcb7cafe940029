import type { ReactNode } from 'react';
import * as z from 'zod';
import { choices, href, nonEmpty, oneOf } from '../../base/fields';
import { defineBlock } from '../../define/defineBlock';
import { emailAddress, expected, record } from '../../base/values';
import * as legal from '../../base/legal';
import { markup } from '../../base/markup';
import { Block } from '../../layout/Block';
import { px, typography, typographyIn, usePaint } from '../../layout/css';
import { Columns } from '../../layout/Columns';
import { side, useSides } from '../../layout/direction';
import { useNewsletter } from '../../context';
import { ParsedInlineLink } from '../InlineLink/InlineLink';

/**
 * The publisher as the Impressum names it. Every part is free text as the body writes it: the
 * component refuses only what is missing, empty or unsafe. Whether a legal form, a role or an
 * address looks plausible for the jurisdiction is the email check's `impressum` rule.
 */
const publisher = record(
    {
      /** Full name as registered, e.g. "VITAKO - Bundes-Arbeitsgemeinschaft der kommunalen IT-Dienstleister e.V.", "Stadt Mannheim". */
      name: nonEmpty,
      /** Legal form when the name does not carry it, as the body writes it: "Anstalt des öffentlichen Rechts", "Zweckverband", "e.K.", "Sp. z o.o.". */
      legalForm: nonEmpty.optional(),
      /** Authorised representatives (§5 DDG), roles as written: [{ role: "Verbandsvorsteher", name: "Landrat Dr. Axel Lehmann" }]. */
      representatives: z
        .array(record({ role: nonEmpty, name: nonEmpty }, 'a representative { role, name }, e.g. { role: "Geschäftsführer", name: "Dr. Ralf Resch" }'), {
          error: 'must be an array of { role, name }, e.g. [{ role: "Vorstand", name: "Dr. Ralf Resch" }]',
        })
        .min(1, { error: 'must name at least one authorised representative (§5 DDG), e.g. [{ role: "Oberbürgermeister", name: "Christian Specht" }]' }),
      /**
       * Postal address for service of documents, as written where the publisher sits: the street
       * ("Straße des 17. Juni 135", "Q 5, 22"), the postal code ("10117", "1012 AB", "00-950", "DC 20500")
       * and the town ("Winsen (Luhe)", "'s-Hertogenbosch"); `country` also tells the check which rules apply.
       */
      address: record(
        {
          street: nonEmpty,
          postalCode: nonEmpty,
          city: nonEmpty,
          country: nonEmpty.optional(),
        },
        '{ street, postalCode, city, country? }, e.g. { street: "Charlottenstr. 65", postalCode: "10117", city: "Berlin" }',
      ),
      /** Phone number as written, e.g. "030/2063 156 - 0". */
      phone: nonEmpty.optional(),
      /** Fast electronic contact; rendered as a mailto: link. */
      email: emailAddress,
      /** Web site, absolute URL. */
      website: href.optional(),
      /** Register court and number, e.g. { court: "Amtsgericht Charlottenburg", number: "25326Nz" }. */
      register: record({ court: nonEmpty, number: nonEmpty }, '{ court, number }, e.g. { court: "Amtsgericht Charlottenburg", number: "VR 25326 Nz" }').optional(),
      /** VAT identification number as written, e.g. "DE248301028" (§27a UStG), "CHE-123.456.789 MWST", "GB 980 7806 84"; the check tests its checksum. */
      vatId: nonEmpty.optional(),
      /**
       * A public-law body's supervisory authority (Aufsichtsbehörde), named in place of a
       * commercial register, e.g. "Bezirksregierung Detmold", "Bundesanstalt für Finanzdienstleistungsaufsicht (BaFin)".
       */
      supervisoryAuthority: nonEmpty.optional(),
    },
    'the publisher { name, representatives, address, email, … }',
  );

const acceptedFinding = record(
  {
    /** The id of the check's finding, e.g. "impressum/street". */
    finding: z.enum(legal.impressumFindingIds, {
      error: (i) => `must be the id of a finding of the impressum check: ${choices(legal.impressumFindingIds)}; got ${JSON.stringify(i.input)}`,
    }),
    /** Why the exception is legitimate, for the next reader of the issue. */
    reason: nonEmpty,
  },
  '{ finding, reason }, e.g. { finding: "impressum/street", reason: "the Rathaus has no house number" }',
);

/** How the Impressum's lines are set. */
export const ImpressumLayout = { stacked: 'stacked', columns: 'columns' } as const;
export type ImpressumLayout = (typeof ImpressumLayout)[keyof typeof ImpressumLayout];

export const legalFooterSchema = record(
  {
    /** The Impressum: rendered in full, not as a link. */
    publisher,
    /**
     * `stacked`: name and address, contact, register one under the other. `columns`: name and
     * address beside contact and register where the column is wide enough; they stack on
     * narrow screens, without media queries.
     * @default 'stacked'
     */
    impressumLayout: oneOf(ImpressumLayout).optional(),
    /** A heading line above the disclaimer, e.g. "Informationen zu Vitako – …:". */
    disclaimerTitle: nonEmpty.optional(),
    /** Disclaimer paragraphs. */
    disclaimer: z.array(nonEmpty, { error: expected('an array of paragraphs') }).optional(),
    /** One-click unsubscribe page (or ESP merge tag); a visible link is required by law and by Gmail/Yahoo. */
    unsubscribeUrl: href,
    /** §7 Abs. 3 UWG note that the reader may object at any time. @default labels.objectionNotice */
    objectionNotice: nonEmpty.optional(),
    /**
     * Findings of the email check's `impressum` rule that are legitimate exceptions for this
     * publisher, each with its reason: `[{ finding: "impressum/street", reason: "the Rathaus has no house number" }]`.
     * The check then leaves them out.
     */
    accept: z.array(acceptedFinding, { error: 'must be an array of { finding, reason }' }).optional(),
  },
  '{ publisher, unsubscribeUrl, impressumLayout?, disclaimer?, … }',
);

export type LegalFooterProps = z.input<typeof legalFooterSchema>;
export type Publisher = LegalFooterProps['publisher'];

/** Impressum, disclaimer, objection notice and a visible unsubscribe link. */
export const LegalFooter = defineBlock({
  name: 'LegalFooter',
  schema: legalFooterSchema,
  layout: 'band',
  // Two columns halve the Impressum's height in a long issue.
  compact: { impressumLayout: 'columns' },
  render: Footer,
});

/** `LegalFooter` for props its schema has already parsed (`Issue` validates the whole issue once). */
export const ParsedLegalFooter = LegalFooter.Parsed;

function Footer({ publisher, impressumLayout = 'stacked', disclaimerTitle, disclaimer, unsubscribeUrl, objectionNotice, accept }: z.output<typeof legalFooterSchema>) {
  const { theme, labels } = useNewsletter();
  const paint = usePaint();
  const { end, isolate } = useSides();
  const comma = labels.comma ?? ', ';
  const columns = impressumLayout === 'columns';
  // Name and address beside contact and register where the column is wide enough; stacked on narrow screens.
  const half = Math.floor((theme.widths.container - 2 * theme.widths.gutter) / 2);
  const footer = typographyIn(theme, 'footer', 'footer');
  const small = paint({ fg: 'footerText' }, { ...footer, margin: `0 0 ${theme.space.md}px` });
  // In Outlook for Windows the columns are cells of a nested table, which do not inherit the block's font.
  const inColumn = paint({ fg: 'footerText' }, { ...typography(theme, 'footer'), margin: `0 0 ${theme.space.md}px` });
  const lines = (items: ReactNode[], attributes: Record<string, string> = {}) => (
    <p {...(columns ? inColumn : small)} {...attributes}>
      {items.filter((x) => x !== null && x !== undefined && x !== false).flatMap((item, i) => (i === 0 ? [item] : [<br key={i} />, item]))}
    </p>
  );
  const a = publisher.address;
  const jurisdiction = (a.country && legal.jurisdictionOfCountry(a.country)) || 'DE';
  const accepted: Record<string, string> = accept?.length ? { [markup.accept]: [...new Set(accept.map((x) => x.finding))].join(' ') } : {};
  const address = lines(
    [
      <strong key="name">{isolate(publisher.name)}</strong>,
      publisher.legalForm === undefined ? undefined : isolate(publisher.legalForm),
      ...publisher.representatives.map((r) => `${isolate(r.role)}: ${isolate(r.name)}`),
      isolate(a.street),
      isolate(legal.postalLine(a.postalCode, a.city, jurisdiction)),
      a.country === undefined ? undefined : isolate(a.country),
    ],
    accepted,
  );
  const contact = lines([
    publisher.phone ? `${labels.phone}: ${isolate(publisher.phone)}` : null,
    <span key="email">
      {labels.email}:{' '}
      <ParsedInlineLink href={`mailto:${publisher.email}`} tone="footerText">
        {isolate(publisher.email)}
      </ParsedInlineLink>
    </span>,
    publisher.website ? (
      <span key="web">
        {labels.website}:{' '}
        {/* The Impressum names the publisher's site as its address, shown as typed: legal information, not a campaign's landing page. */}
        <ParsedInlineLink href={publisher.website} tone="footerText" linkTags={false}>
          {isolate(publisher.website)}
        </ParsedInlineLink>
      </span>
    ) : null,
  ]);
  const register =
    publisher.register || publisher.vatId || publisher.supervisoryAuthority
      ? lines([
          publisher.register
            ? `${labels.registerCourt}: ${isolate(publisher.register.court)}${comma}${labels.registerNumber}: ${isolate(publisher.register.number)}`
            : null,
          publisher.vatId ? `${labels.vatId}: ${isolate(publisher.vatId)}` : null,
          publisher.supervisoryAuthority ? `${labels.supervisoryAuthority}: ${isolate(publisher.supervisoryAuthority)}` : null,
        ])
      : null;
  return (
    <Block background="footer" paddingTop="lg" paddingBottom="lg" section="footer" text="footer">
      {columns ? (
        <Columns widths={[half, half]}>
          <div style={{ ...side('padding', end, px(theme.space.md)) }}>{address}</div>
          <>
            {contact}
            {register}
          </>
        </Columns>
      ) : (
        <>
          {address}
          {contact}
          {register}
        </>
      )}
      {disclaimerTitle ? (
        <p {...small}>
          <strong>{disclaimerTitle}</strong>
        </p>
      ) : null}
      {disclaimer?.map((text, i) => (
        <p key={i} {...small}>
          {text}
        </p>
      ))}
      <p {...small}>{objectionNotice ?? labels.objectionNotice}</p>
      <p {...paint({ fg: 'footerText' }, { ...footer, margin: 0 })}>
        {labels.unsubscribeSentence.before}
        {/* Never tagged: the link is the reader's way out, often the mail service's own, not a campaign's landing page. */}
        <ParsedInlineLink href={unsubscribeUrl} tone="footerText" linkTags={false}>
          <strong>{labels.unsubscribe}</strong>
        </ParsedInlineLink>
        {labels.unsubscribeSentence.after}
      </p>
    </Block>
  );
}
