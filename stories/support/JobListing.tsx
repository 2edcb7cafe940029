import type { z } from 'zod';
import { Block, Columns, defineBlock, fields, Image, InlineLink, SectionHeading, useNewsletter, usePaint, useTypography } from '../../src';

/**
 * A block as an app writes one (docs/blocks.md): made of the library's layout pieces, so that
 * its colours swap in dark mode, its columns hold in Outlook and its text part reads well.
 */
const schema = fields.record(
  {
    title: fields.text,
    employer: fields.text,
    href: fields.href,
    logo: fields.image.optional(),
  },
  'a job { title, employer, href, logo? }',
);

export const JobListing = defineBlock({
  name: 'JobListing',
  type: 'jobListing',
  schema,
  render: Job,
  text: ({ title, employer, href }) => [title, employer, href],
});

function Job({ title, employer, href, logo }: z.output<typeof schema>) {
  const { theme } = useNewsletter();
  const paint = usePaint();
  const inner = theme.widths.container - 2 * theme.widths.gutter;
  const text = (
    <>
      <SectionHeading level={2} spaceAfter="xs">
        {title}
      </SectionHeading>
      <p {...paint({ fg: 'muted' }, { ...useTypography('small'), margin: `0 0 ${theme.space.sm}px` })}>{employer}</p>
      <p {...paint({ fg: 'text' }, { ...useTypography('body'), margin: 0 })}>
        <InlineLink href={href} context={title}>
          Zur Stellenanzeige
        </InlineLink>
      </p>
    </>
  );
  return (
    <Block background="placeholder" style={{ padding: `${theme.space.md}px` }}>
      {logo ? (
        <Columns widths={[96, inner - 96]}>
          <div style={{ paddingRight: `${theme.space.md}px` }}>
            <Image src={logo.src} alt={logo.alt} width={80} height={Math.round((logo.height * 80) / logo.width)} />
          </div>
          {text}
        </Columns>
      ) : (
        text
      )}
    </Block>
  );
}
