/**
 * The seed issue as a React Email user writes it by hand: the `@react-email/components`
 * primitives, inline style objects, no juice, no plain-text design. The baseline every ratio is
 * measured against.
 */
import { Body, Button, Container, Head, Heading, Hr, Html, Img, Link, Preview, Section, Text } from '@react-email/components';
import type { CSSProperties } from 'react';
import { eventDate, issueTitle, labels, mastheadLine, runs, type Issue, type NewsData } from '../content';

const font = 'Arial, Helvetica, sans-serif';
const styles = {
  body: { margin: 0, padding: 0, backgroundColor: '#eef1f5', fontFamily: font },
  container: { maxWidth: '600px', margin: '0 auto', backgroundColor: '#ffffff' },
  browser: { fontSize: '14px', lineHeight: '20px', color: '#52606d', textAlign: 'center', margin: 0, padding: '16px 24px' },
  muted: { color: '#52606d' },
  masthead: { padding: '32px 24px 16px', borderTop: '4px solid #0b5cad' },
  h1: { fontSize: '28px', lineHeight: '34px', fontWeight: 700, margin: 0, color: '#0b3a66' },
  date: { fontSize: '14px', lineHeight: '20px', margin: '4px 0 0', color: '#52606d' },
  section: { padding: '16px 24px 0' },
  text: { fontSize: '16px', lineHeight: '24px', margin: '0 0 16px', color: '#1f2933' },
  signOff: { fontSize: '16px', lineHeight: '24px', margin: 0, fontWeight: 700, color: '#1f2933' },
  link: { color: '#0b5cad', textDecoration: 'underline' },
  hr: { borderColor: '#d9dee4', margin: '24px 24px 0', width: 'auto' },
  h2: { fontSize: '20px', lineHeight: '26px', fontWeight: 700, margin: '0 0 8px', color: '#0b3a66' },
  source: { color: '#0b5cad' },
  img: { display: 'block', width: '100%', maxWidth: '552px', height: 'auto', border: 0 },
  credit: { fontSize: '14px', lineHeight: '20px', margin: '4px 0 16px', color: '#52606d' },
  more: { color: '#0b5cad', fontWeight: 700, textDecoration: 'underline' },
  event: { fontSize: '16px', lineHeight: '24px', margin: '0 0 8px', color: '#1f2933' },
  button: { backgroundColor: '#0b5cad', color: '#ffffff', fontWeight: 700, fontSize: '16px', padding: '12px 24px', borderRadius: '4px', textDecoration: 'none' },
  footer: { backgroundColor: '#f5f7fa', padding: '24px' },
  small: { fontSize: '12px', lineHeight: '18px', margin: '0 0 12px', color: '#3e4c59' },
} satisfies Record<string, CSSProperties>;

function Paragraph({ text }: { text: Issue['intro']['paragraphs'][number] }) {
  return (
    <Text style={styles.text}>
      {runs(text).map((run, i) =>
        typeof run === 'string' ? (
          run
        ) : (
          <Link key={i} href={run.href} style={styles.link}>
            {run.text}
          </Link>
        ),
      )}
    </Text>
  );
}

function NewsItem({ item }: { item: NewsData }) {
  const source = 'source' in item ? item.source : undefined;
  const credit = 'credit' in item.image ? item.image.credit : undefined;
  const height = Math.round((552 * item.image.height) / item.image.width);
  return (
    <>
      <Hr style={styles.hr} />
      <Section style={{ ...styles.section, paddingTop: '24px' }}>
        <Heading as="h2" style={styles.h2}>
          {source ? <span style={styles.source}>{source}: </span> : null}
          {item.title}
        </Heading>
        <Img src={item.image.src} alt={item.image.alt} width={552} height={height} style={styles.img} />
        {credit ? <Text style={styles.credit}>{`${labels.photo}: ${credit}`}</Text> : null}
        {item.paragraphs.map((p, i) => (
          <Paragraph key={i} text={p} />
        ))}
        <Text style={styles.text}>
          <Link href={item.href} style={styles.more}>
            {labels.more}
          </Link>
        </Text>
      </Section>
    </>
  );
}

export function PlainTemplate({ issue }: { issue: Issue }) {
  const { calendar, footer } = issue;
  const p = footer.publisher;
  return (
    <Html lang="de">
      <Head>
        <title>{issueTitle(issue)}</title>
      </Head>
      <Preview>{issue.preview}</Preview>
      <Body style={styles.body}>
        <Text style={styles.browser}>
          {labels.viewInBrowserBefore}
          <Link href={issue.browserUrl} style={{ ...styles.muted, textDecoration: 'underline' }}>
            {labels.viewInBrowserLink}
          </Link>
          {labels.viewInBrowserAfter}
        </Text>
        <Container style={styles.container}>
          <Section style={styles.masthead}>
            <Heading as="h1" style={styles.h1}>
              {issueTitle(issue)}
            </Heading>
            <Text style={styles.date}>{mastheadLine(issue)}</Text>
          </Section>
          <Section style={styles.section}>
            <Text style={styles.text}>{issue.intro.greeting}</Text>
            {issue.intro.paragraphs.map((text, i) => (
              <Paragraph key={i} text={text} />
            ))}
            <Text style={styles.signOff}>
              {issue.intro.signOff[0]}
              <br />
              {issue.intro.signOff[1]}
            </Text>
          </Section>
          {issue.news.map((item, i) => (
            <NewsItem key={i} item={item} />
          ))}
          <Hr style={styles.hr} />
          <Section style={{ ...styles.section, paddingTop: '24px' }}>
            <Heading as="h2" style={styles.h2}>
              {calendar.title}
            </Heading>
            {calendar.events.map((e, i) => (
              <Text key={i} style={styles.event}>
                <strong>{eventDate(e)}</strong>, {'location' in e && e.location ? `${e.location}, ` : null}
                <Link href={e.href} style={styles.link}>
                  {e.title}
                </Link>
                {e.online ? ` (${labels.online})` : null}
              </Text>
            ))}
            <Text style={styles.text}>
              <Link href={calendar.allEvents.href} style={styles.more}>
                {calendar.allEvents.label}
              </Link>
            </Text>
          </Section>
          {issue.links.map((link, i) => (
            <Section key={i} style={{ ...styles.section, paddingBottom: '24px' }}>
              <Button href={link.href} style={styles.button}>
                {link.text}
              </Button>
            </Section>
          ))}
          <Section style={styles.footer}>
            <Text style={{ ...styles.small, fontWeight: 700 }}>{p.name}</Text>
            <Text style={styles.small}>
              {p.representatives.map((r) => `${r.role}: ${r.name}`).join(', ')}
              <br />
              {p.address.street}
              <br />
              {p.address.postalCode} {p.address.city}
              <br />
              {p.address.country}
            </Text>
            <Text style={styles.small}>
              {labels.phone}: {p.phone}
              <br />
              {labels.email}: <Link href={`mailto:${p.email}`} style={styles.link}>{p.email}</Link>
              <br />
              {labels.website}: <Link href={p.website} style={styles.link}>{p.website}</Link>
            </Text>
            <Text style={styles.small}>
              {labels.registerCourt}: {p.register.court}, {labels.registerNumber}: {p.register.number}
              <br />
              {labels.vatId}: {p.vatId}
            </Text>
            <Text style={{ ...styles.small, fontWeight: 700 }}>{footer.disclaimerTitle}</Text>
            {footer.disclaimer.map((d, i) => (
              <Text key={i} style={styles.small}>
                {d}
              </Text>
            ))}
            <Text style={styles.small}>{labels.objectionNotice}</Text>
            <Text style={styles.small}>
              {labels.unsubscribeBefore}
              <Link href={footer.unsubscribeUrl} style={styles.link}>
                {labels.unsubscribe}
              </Link>
              {labels.unsubscribeAfter}
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
