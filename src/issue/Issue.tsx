import { Fragment, type ReactNode } from 'react';
import { ParsedCallToAction } from '../components/CallToAction';
import { ParsedDivider } from '../components/Divider';
import { ParsedEventCalendar } from '../components/EventCalendar';
import { InlineLink, ParsedInlineLink } from '../components/InlineLink';
import { ParsedIntro } from '../components/Intro';
import { ParsedLegalFooter } from '../components/LegalFooter';
import { ParsedMasthead } from '../components/Masthead';
import { ParsedNewsItem } from '../components/NewsItem';
import { ParsedNewsletter } from '../components/Newsletter';
import { Paragraph, ParsedParagraph, takesEnd } from '../components/Paragraph';
import { compactTheme, defaultTheme, type Theme } from '../theme/theme';
import { validateProps } from '../base/fields';
import { record } from '../base/values';
import { Rows } from '../layout/Block';
import { InlineMarkdown } from './InlineMarkdown';
import { issueSchema, richTextSchema, type IssueData, type ParsedRichText, type RichText } from './schema';
import { unsubscribeUrlOf } from './sending';

const richTextProps = record({ text: richTextSchema }, 'an object { text }');

export interface IssueProps {
  /** The issue's content. Validated as a whole: every problem is reported with its path. */
  data: IssueData;
  /** Presentation, kept apart from the content. @default defaultTheme */
  theme?: Theme;
}

/**
 * Lays out a whole issue from data: masthead, letter, news, calendar, links, legal footer.
 * The issue is validated once, here; the blocks get the parsed values and do not check again.
 */
export function Issue({ data, theme = defaultTheme }: IssueProps) {
  // subject, from and unsubscribe make the message (newsletter-kit/send); the page shows the unsubscribe URL in the footer.
  const { masthead, intro, news, calendar, links, footer, density, subject: _subject, from: _from, unsubscribe, ...document } = validateProps(
    'Issue',
    issueSchema,
    data,
  );
  const compact = density === 'compact';
  // Compact blocks sit closer to the rules between them: the rule, not the space, separates them.
  const gap = compact ? 'md' : 'lg';
  return (
    <ParsedNewsletter {...document} theme={compact ? compactTheme(theme) : theme}>
      {/* The masthead's accent border and the footer's background reach the column's edges. */}
      <ParsedMasthead {...masthead} />
      <Rows>
        {intro ? (
          <ParsedIntro {...intro}>
            {intro.paragraphs.map((p, i) => (
              <ParsedRichParagraph key={i} text={p} />
            ))}
          </ParsedIntro>
        ) : null}
        {news.map(({ paragraphs, ...item }, i) => (
          <Fragment key={i}>
            <ParsedDivider spaceAbove={gap} />
            <ParsedNewsItem {...item} spaceAbove={gap} {...(compact ? { imagePosition: 'thumbnail', morePlacement: 'end' } : {})}>
              {paragraphs.map((p, j) => (
                <ParsedRichParagraph key={j} text={p} />
              ))}
            </ParsedNewsItem>
          </Fragment>
        ))}
        {calendar ? (
          <>
            <ParsedDivider spaceAbove={gap} />
            <ParsedEventCalendar {...calendar} />
          </>
        ) : null}
        {links?.map(({ text, ...link }, i) => (
          <ParsedCallToAction key={i} {...link}>
            {text}
          </ParsedCallToAction>
        ))}
        <ParsedDivider spaceAbove={gap} />
      </Rows>
      <ParsedLegalFooter {...footer} {...(compact ? { impressumLayout: 'columns' } : {})} unsubscribeUrl={unsubscribeUrlOf({ footer, unsubscribe })} />
    </ParsedNewsletter>
  );
}

interface RichParagraphProps<T> {
  text: T;
  /** Space below in px. @default theme.space.md */
  spaceAfter?: number;
  /** Inline content after the text, e.g. a news item's "Mehr…" link. */
  end?: ReactNode;
}

/** A paragraph of rich text from issue data; its links are validated. */
export function RichParagraph({ text, spaceAfter, end }: RichParagraphProps<RichText>) {
  validateProps('RichParagraph', richTextProps, { text });
  return <Runs text={text} spaceAfter={spaceAfter} end={end} P={Paragraph} Link={InlineLink} />;
}

/** `RichParagraph` for text the issue schema has already parsed. */
function ParsedRichParagraph({ text, spaceAfter, end }: RichParagraphProps<ParsedRichText>) {
  return <Runs text={text} spaceAfter={spaceAfter} end={end} P={ParsedParagraph} Link={ParsedInlineLink} />;
}

takesEnd(RichParagraph, ParsedRichParagraph);

interface Parts {
  P: typeof Paragraph | typeof ParsedParagraph;
  Link: typeof InlineLink | typeof ParsedInlineLink;
}

/** A string is the inline format; an array of runs is taken literally. */
function Runs({ text, spaceAfter, end, P, Link }: RichParagraphProps<RichText> & Parts) {
  if (typeof text === 'string') {
    return (
      <P spaceAfter={spaceAfter} end={end}>
        <InlineMarkdown source={text} Link={Link} />
      </P>
    );
  }
  return (
    <P spaceAfter={spaceAfter} end={end}>
      {text.map((run, i) =>
        typeof run === 'string' ? (
          <Fragment key={i}>{run}</Fragment>
        ) : 'bold' in run ? (
          <strong key={i}>{run.bold}</strong>
        ) : (
          <Link key={i} href={run.href} context={run.context}>
            {run.text}
          </Link>
        ),
      )}
    </P>
  );
}
