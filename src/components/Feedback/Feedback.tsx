import type * as z from 'zod';
import * as zod from 'zod';
import { href, nonEmpty } from '../../base/fields';
import { record } from '../../base/values';
import { useLink, useNewsletter } from '../../context';
import { defineBlock } from '../../define/defineBlock';
import { Block } from '../../layout/Block';
import { side, useSides } from '../../layout/direction';
import { px, typography, usePaint } from '../../layout/css';
import { ScreenReaderText } from '../../layout/ScreenReaderText';

const answer = record(
  {
    /** The answer as the reader clicks it: "Ja", "👍 Hilfreich". */
    label: nonEmpty,
    /** Where the click counts it, e.g. the survey tool's link for this answer (or an ESP merge tag). */
    href,
  },
  'an answer { label, href }',
);

export const feedbackSchema = record(
  {
    /** The question: "War diese Ausgabe hilfreich?". */
    question: nonEmpty,
    /** One link per answer, side by side: 2 to 5. */
    answers: zod
      .array(answer, { error: 'must be an array of answers { label, href }' })
      .min(2, { error: 'must offer at least two answers' })
      .max(5, { error: 'must offer at most five answers: more do not fit side by side on a phone' }),
  },
  'a feedback row { question, answers }',
);

export type FeedbackProps = z.input<typeof feedbackSchema>;

/**
 * A question and one link per answer ("Ja" / "Nein"): each click is the reader's answer. Screen
 * readers hear the question with each answer; the plain-text part lists each answer with its link.
 */
export const Feedback = defineBlock({
  name: 'Feedback',
  type: 'feedback',
  schema: feedbackSchema,
  render: Question,
  text: ({ question, answers }, _, link) => [question, ...answers.map((a) => `${a.label}: ${link(a.href)}`)],
});

function Question({ question, answers }: z.output<typeof feedbackSchema>) {
  const { theme } = useNewsletter();
  const paint = usePaint();
  const { end, own } = useSides();
  const link = useLink();
  const padY = theme.space.sm;
  const padX = theme.space.md;
  // Each answer is a framed cell: the frame and padding sit on the cell (Outlook for Windows
  // ignores padding on <a>), the link fills it for everyone else.
  return (
    <Block>
      <p {...paint({ fg: 'text' }, { fontWeight: theme.fontWeights.bold, margin: `0 0 ${theme.space.sm}px` })}>{question}</p>
      <table role="presentation" cellPadding={0} cellSpacing={0} border={0} dir={own.dir} style={own.style}>
        <tr>
          {answers.map((a, i) => (
            <td key={i} style={{ ...side('padding', end, px(i === answers.length - 1 ? 0 : theme.space.sm)), paddingBottom: px(theme.space.xs) }}>
              <table role="presentation" cellPadding={0} cellSpacing={0} border={0}>
                <tr>
                  <td {...paint({ bg: 'surface', border: 'accent' }, { border: `1px solid ${theme.colors.accent}`, borderRadius: px(theme.radii.button), msoPaddingAlt: `${px(padY)} ${px(padX)}` })}>
                    <a href={link(a.href)} {...paint({ fg: 'link' }, { ...typography(theme, 'body'), fontWeight: theme.fontWeights.bold, display: 'inline-block', padding: `${px(padY)} ${px(padX)}`, textDecoration: 'none' })}>
                      {a.label}
                      <ScreenReaderText tone="link">{question}</ScreenReaderText>
                    </a>
                  </td>
                </tr>
              </table>
            </td>
          ))}
        </tr>
      </table>
    </Block>
  );
}
