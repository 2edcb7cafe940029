import type { ReactNode } from 'react';
import { z } from 'zod';
import { href, nonEmpty, validateProps } from '../../base/fields';
import { Block } from '../../layout/Block';
import { paint, typography } from '../../layout/css';
import { useNewsletter } from '../../base/context';
import { InlineLink } from '../InlineLink';

export interface Publisher {
  /** Full name as registered, e.g. "VITAKO - Bundes-Arbeitsgemeinschaft der kommunalen IT-Dienstleister e.V.". */
  name: string;
  /** Legal form when the name does not carry it, e.g. "eingetragener Verein", "GmbH". */
  legalForm?: string;
  /** Authorised representatives (§5 DDG): [{ role: "Geschäftsführer", name: "Dr. Ralf Resch" }]. */
  representatives: { role: string; name: string }[];
  /** Postal address for service of documents. */
  address: { street: string; postalCode: string; city: string; country?: string };
  /** Phone number as written, e.g. "030/2063 156 - 0". */
  phone?: string;
  /** Fast electronic contact; rendered as a mailto: link. */
  email: string;
  /** Web site, absolute URL. */
  website?: string;
  /** Register court and number, e.g. { court: "Amtsgericht Charlottenburg", number: "25326Nz" }. */
  register?: { court: string; number: string };
  /** VAT identification number under §27a UStG, e.g. "DE248301028". */
  vatId?: string;
}

export interface LegalFooterProps {
  /** The Impressum: rendered in full, not as a link. */
  publisher: Publisher;
  /** A heading line above the disclaimer, e.g. "Informationen zu Vitako – …:". */
  disclaimerTitle?: string;
  /** Disclaimer paragraphs. */
  disclaimer?: string[];
  /** One-click unsubscribe page (or ESP merge tag); a visible link is required by law and by Gmail/Yahoo. */
  unsubscribeUrl: string;
  /** §7 Abs. 3 UWG note that the reader may object at any time. @default labels.objectionNotice */
  objectionNotice?: string;
}

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;
/** German VAT IDs are DE + 9 digits; other countries' formats are only checked loosely. */
const VAT_ID = /^(DE\d{9}|ATU\d{8}|CHE-?\d{3}\.?\d{3}\.?\d{3}|(?!DE|AT|CH)[A-Z]{2}[0-9A-Z+*]{2,12})$/;

export const legalFooterSchema = z.object(
  {
    publisher: z.object(
      {
        name: nonEmpty,
        legalForm: nonEmpty.optional(),
        representatives: z
          .array(z.object({ role: nonEmpty, name: nonEmpty }), { error: 'must be an array of { role, name }' })
          .min(1, { error: 'must name at least one authorised representative (§5 DDG)' }),
        address: z.object(
          { street: nonEmpty, postalCode: nonEmpty, city: nonEmpty, country: nonEmpty.optional() },
          { error: 'must be { street, postalCode, city, country? }' },
        ),
        phone: nonEmpty.optional(),
        email: z
          .string({ error: 'is required: the Impressum needs an e-mail address' })
          .regex(EMAIL, { error: (i) => `must be an e-mail address, got ${JSON.stringify(i.input)}` }),
        website: href.optional(),
        register: z.object({ court: nonEmpty, number: nonEmpty }).optional(),
        vatId: z
          .string()
          .transform((v) => v.replace(/\s+/g, ''))
          .refine((v) => VAT_ID.test(v), { error: (i) => `must look like a VAT ID (e.g. DE + 9 digits), got ${JSON.stringify(i.input)}` })
          .optional(),
      },
      { error: 'is required: name, representatives, address and email of the publisher' },
    ),
    disclaimerTitle: nonEmpty.optional(),
    disclaimer: z.array(nonEmpty).optional(),
    unsubscribeUrl: href,
    objectionNotice: nonEmpty.optional(),
  },
  { error: 'is required: { publisher, unsubscribeUrl, disclaimer?, … }' },
);

/** Impressum, disclaimer, objection notice and a visible unsubscribe link. */
export function LegalFooter(props: LegalFooterProps) {
  const { publisher, disclaimerTitle, disclaimer, unsubscribeUrl, objectionNotice } = validateProps(
    'LegalFooter',
    legalFooterSchema,
    props,
  );
  const { theme, labels } = useNewsletter();
  const small = paint(theme, { fg: 'footerText' }, { ...typography(theme, 'footer'), margin: `0 0 ${theme.space.md}px` });
  const lines = (...items: ReactNode[]) => (
    <p {...small}>
      {items.filter((x) => x !== null && x !== undefined && x !== false).flatMap((item, i) => (i === 0 ? [item] : [<br key={i} />, item]))}
    </p>
  );
  const a = publisher.address;
  return (
    <Block background="footer" paddingTop="lg" paddingBottom="lg" section="footer">
      {lines(
        <strong key="name">{publisher.name}</strong>,
        publisher.legalForm,
        ...publisher.representatives.map((r) => `${r.role}: ${r.name}`),
        a.street,
        `${a.postalCode} ${a.city}`,
        a.country,
      )}
      {lines(
        publisher.phone ? `${labels.phone}: ${publisher.phone}` : null,
        <span key="email">
          {labels.email}:{' '}
          <InlineLink href={`mailto:${publisher.email}`} tone="footerText">
            {publisher.email}
          </InlineLink>
        </span>,
        publisher.website ? (
          <span key="web">
            {labels.website}:{' '}
            <InlineLink href={publisher.website} tone="footerText">
              {publisher.website}
            </InlineLink>
          </span>
        ) : null,
      )}
      {publisher.register || publisher.vatId
        ? lines(
            publisher.register
              ? `${labels.registerCourt}: ${publisher.register.court}, ${labels.registerNumber}: ${publisher.register.number}`
              : null,
            publisher.vatId ? `${labels.vatId}: ${publisher.vatId}` : null,
          )
        : null}
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
      <p {...paint(theme, { fg: 'footerText' }, { ...typography(theme, 'footer'), margin: 0 })}>
        {labels.unsubscribeSentence.before}
        <InlineLink href={unsubscribeUrl} tone="footerText">
          <strong>{labels.unsubscribe}</strong>
        </InlineLink>
        {labels.unsubscribeSentence.after}
      </p>
    </Block>
  );
}
