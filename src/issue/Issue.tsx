import { Fragment } from 'react';
import { CallToAction } from '../components/CallToAction';
import { Divider } from '../components/Divider';
import { EventCalendar } from '../components/EventCalendar';
import { InlineLink } from '../components/InlineLink';
import { Intro } from '../components/Intro';
import { LegalFooter } from '../components/LegalFooter';
import { Masthead } from '../components/Masthead';
import { NewsItem } from '../components/NewsItem';
import { Newsletter } from '../components/Newsletter';
import { Paragraph } from '../components/Paragraph';
import type { Theme } from '../theme/theme';
import { validateProps } from '../base/fields';
import { issueSchema, type IssueData, type RichText } from './schema';

export interface IssueProps {
  /** The issue's content. Validated as a whole: every problem is reported with its path. */
  data: IssueData;
  /** Presentation, kept apart from the content. @default defaultTheme */
  theme?: Theme;
}

/** Lays out a whole issue from data: masthead, letter, news, calendar, links, legal footer. */
export function Issue({ data, theme }: IssueProps) {
  const issue = validateProps('Issue', issueSchema, data);
  return (
    <Newsletter lang={issue.lang} title={issue.title} preview={issue.preview} browserUrl={issue.browserUrl} theme={theme}>
      <Masthead {...issue.masthead} />
      {issue.intro ? (
        <Intro greeting={issue.intro.greeting} signOff={issue.intro.signOff}>
          {issue.intro.paragraphs.map((p, i) => (
            <RichParagraph key={i} text={p} />
          ))}
        </Intro>
      ) : null}
      {issue.news.map(({ paragraphs, ...item }, i) => (
        <Fragment key={i}>
          <Divider />
          <NewsItem {...item}>
            {paragraphs.map((p, j) => (
              <RichParagraph key={j} text={p} />
            ))}
          </NewsItem>
        </Fragment>
      ))}
      {issue.calendar ? (
        <>
          <Divider />
          <EventCalendar {...issue.calendar} />
        </>
      ) : null}
      {issue.links?.map((link, i) => (
        <CallToAction key={i} href={link.href} context={link.context}>
          {link.text}
        </CallToAction>
      ))}
      <Divider spaceAbove="lg" />
      <LegalFooter {...issue.footer} />
    </Newsletter>
  );
}

/** A paragraph of rich text from issue data. */
export function RichParagraph({ text, spaceAfter }: { text: RichText; /** Space below in px. @default theme.space.md */ spaceAfter?: number }) {
  const runs = typeof text === 'string' ? [text] : text;
  return (
    <Paragraph spaceAfter={spaceAfter}>
      {runs.map((run, i) =>
        typeof run === 'string' ? (
          <Fragment key={i}>{run}</Fragment>
        ) : 'bold' in run ? (
          <strong key={i}>{run.bold}</strong>
        ) : (
          <InlineLink key={i} href={run.href} context={run.context}>
            {run.text}
          </InlineLink>
        ),
      )}
    </Paragraph>
  );
}
