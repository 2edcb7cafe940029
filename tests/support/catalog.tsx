import type { ReactElement } from 'react';
import {
  CallToAction,
  Divider,
  EventCalendar,
  InlineLink,
  Intro,
  LegalFooter,
  Masthead,
  NewsItem,
  Paragraph,
  PhotoCredit,
  SectionHeading,
} from '../../src';
import { branchenticker05 } from '../../emails/fixtures/branchenticker-05';

const image = { src: 'https://example.org/a.jpg', alt: 'Ein Bild', width: 1104, height: 552, credit: 'Example/Fotograf' };

/** One instance of every public block component, in its richest state. */
export const catalog: Record<string, () => ReactElement> = {
  Masthead: () => (
    <Masthead title="Ticker" issueNumber={5} date="2021-02-08" place="Berlin" logo={{ src: 'https://example.org/logo.png', alt: 'Example', width: 160, height: 40 }} />
  ),
  Intro: () => (
    <Intro greeting="Liebe Leserinnen und Leser," signOff={['Bleiben Sie gesund,', 'Ihr Team']}>
      <Paragraph>
        Ein Absatz mit <InlineLink href="https://example.org/x">einem Link</InlineLink>.
      </Paragraph>
    </Intro>
  ),
  'NewsItem (top)': () => (
    <NewsItem source="ITDZ" title="Registermodernisierungsgesetz tritt in Kraft" image={image} href="https://example.org/n">
      Text.
    </NewsItem>
  ),
  'NewsItem (left)': () => (
    <NewsItem title="Links" image={{ ...image, width: 360, height: 360 }} imagePosition="left" href="https://example.org/l">
      Text.
    </NewsItem>
  ),
  'NewsItem (thumbnail, Mehr at the end)': () => (
    <NewsItem source="ITDZ" title="Registermodernisierungsgesetz tritt in Kraft" image={image} imagePosition="thumbnail" morePlacement="end" href="https://example.org/t">
      Text.
    </NewsItem>
  ),
  EventCalendar: () => <EventCalendar {...branchenticker05.calendar} />,
  CallToAction: () => <CallToAction href="https://example.org/jobs">Stellenmarkt</CallToAction>,
  LegalFooter: () => <LegalFooter {...branchenticker05.footer} />,
  'LegalFooter (columns)': () => <LegalFooter {...branchenticker05.footer} impressumLayout="columns" />,
  Divider: () => <Divider />,
  Paragraph: () => <Paragraph tone="muted">Leiser Text.</Paragraph>,
  PhotoCredit: () => <PhotoCredit credit="Example/Fotograf" />,
  SectionHeading: () => <SectionHeading>Überschrift</SectionHeading>,
};
