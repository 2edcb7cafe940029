import type { ReactNode } from 'react';
import * as z from 'zod';
import { href, nonEmpty, oneOf } from '../../base/fields';
import { defineBlock } from '../../define/defineBlock';

import { emailAddress, expected, record } from '../../base/values';
import * as legal from '../../base/legal';
import { Block } from '../../layout/Block';
import { px, typography, typographyIn, usePaint } from '../../layout/css';
import { Columns } from '../../layout/Columns';
import { useNewsletter } from '../../context';
import { ParsedInlineLink } from '../InlineLink/InlineLink';

const mustMatch = (pattern: RegExp, error: string) => nonEmpty.refine((v) => pattern.test(v), { error: (i) => `${error}, got ${JSON.stringify(i.input)}` });

const publisher = record(
    {
      /** Full name as registered, e.g. "VITAKO - Bundes-Arbeitsgemeinschaft der kommunalen IT-Dienstleister e.V.". */
      name: nonEmpty,
      /** Legal form when the name does not carry it, e.g. "eingetragener Verein (e.V.)", "GmbH". */
      legalForm: nonEmpty.optional(),
      /** Authorised representatives (§5 DDG): [{ role: "Geschäftsführer", name: "Dr. Ralf Resch" }]. */
      representatives: z
        .array(
          record({
            role: mustMatch(legal.representativeRole, 'must name the role, e.g. "Geschäftsführer", "Vorstand", "Managing director", "CEO"'),
            name: nonEmpty,
          }, 'a representative { role, name }'),
          { error: 'must be an array of { role, name }' },
        )
        .min(1, { error: 'must name at least one authorised representative (§5 DDG)' }),
      /** Postal address for service of documents. */
      address: record(
        {
          street: nonEmpty.refine(legal.isStreet, {
            error: (i) => `must be a street and house number, e.g. "Charlottenstr. 65" or "10 Downing St", got ${JSON.stringify(i.input)}`,
          }),
          postalCode: nonEmpty.refine(legal.isPostalCode, {
            error: (i) => `must be a postal code, e.g. ${legal.postalCodeExamples.join(', ')}, got ${JSON.stringify(i.input)}`,
          }),
          city: mustMatch(legal.town, 'must be the town\'s name, capitalised, e.g. "Berlin"'),
          country: nonEmpty.optional(),
        },
        '{ street, postalCode, city, country? }',
      ),
      /** Phone number as written, e.g. "030/2063 156 - 0". */
      phone: nonEmpty.optional(),
      /** Fast electronic contact; rendered as a mailto: link. */
      email: emailAddress,
      /** Web site, absolute URL. */
      website: href.optional(),
      /** Register court and number, e.g. { court: "Amtsgericht Charlottenburg", number: "25326Nz" }. */
      register: record({ court: nonEmpty, number: nonEmpty }, '{ court, number }').optional(),
      /** VAT identification number, e.g. "DE248301028" (§27a UStG), "CHE-123.456.789", "GB123456789". */
      vatId: z
        .string({ error: expected('a VAT ID such as DE248301028') })
        .transform(legal.compactVatId)
        .refine(legal.isVatId, {
          error: (i) => `must look like a VAT ID (e.g. ${legal.vatIdExamples.slice(0, 4).join(', ')}), got ${JSON.stringify(i.input)}`,
        })
        .optional(),
    },
    'the publisher { name, representatives, address, email, … }',
  )
  .refine((p) => legal.legalForm.test(`${p.name} ${p.legalForm ?? ''}`), {
    error: 'must carry its legal form in "name" or "legalForm" (e.g. e.V., GmbH, AG, Ltd)',
    path: ['legalForm'],
  });

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

function Footer({ publisher, impressumLayout = 'stacked', disclaimerTitle, disclaimer, unsubscribeUrl, objectionNotice }: z.output<typeof legalFooterSchema>) {
  const { theme, labels } = useNewsletter();
  const paint = usePaint();
  const columns = impressumLayout === 'columns';
  // Name and address beside contact and register where the column is wide enough; stacked on narrow screens.
  const half = Math.floor((theme.widths.container - 2 * theme.widths.gutter) / 2);
  const footer = typographyIn(theme, 'footer', 'footer');
  const small = paint({ fg: 'footerText' }, { ...footer, margin: `0 0 ${theme.space.md}px` });
  // In Outlook for Windows the columns are cells of a nested table, which do not inherit the block's font.
  const inColumn = paint({ fg: 'footerText' }, { ...typography(theme, 'footer'), margin: `0 0 ${theme.space.md}px` });
  const lines = (...items: ReactNode[]) => (
    <p {...(columns ? inColumn : small)}>
      {items.filter((x) => x !== null && x !== undefined && x !== false).flatMap((item, i) => (i === 0 ? [item] : [<br key={i} />, item]))}
    </p>
  );
  const a = publisher.address;
  const address = lines(
    <strong key="name">{publisher.name}</strong>,
    publisher.legalForm,
    ...publisher.representatives.map((r) => `${r.role}: ${r.name}`),
    a.street,
    `${a.postalCode} ${a.city}`,
    a.country,
  );
  const contact = lines(
    publisher.phone ? `${labels.phone}: ${publisher.phone}` : null,
    <span key="email">
      {labels.email}:{' '}
      <ParsedInlineLink href={`mailto:${publisher.email}`} tone="footerText">
        {publisher.email}
      </ParsedInlineLink>
    </span>,
    publisher.website ? (
      <span key="web">
        {labels.website}:{' '}
        <ParsedInlineLink href={publisher.website} tone="footerText">
          {publisher.website}
        </ParsedInlineLink>
      </span>
    ) : null,
  );
  const register =
    publisher.register || publisher.vatId
      ? lines(
          publisher.register
            ? `${labels.registerCourt}: ${publisher.register.court}, ${labels.registerNumber}: ${publisher.register.number}`
            : null,
          publisher.vatId ? `${labels.vatId}: ${publisher.vatId}` : null,
        )
      : null;
  return (
    <Block background="footer" paddingTop="lg" paddingBottom="lg" section="footer" text="footer">
      {columns ? (
        <Columns widths={[half, half]}>
          <div style={{ paddingRight: px(theme.space.md) }}>{address}</div>
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
        <ParsedInlineLink href={unsubscribeUrl} tone="footerText">
          <strong>{labels.unsubscribe}</strong>
        </ParsedInlineLink>
        {labels.unsubscribeSentence.after}
      </p>
    </Block>
  );
}
