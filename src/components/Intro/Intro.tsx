import type { ReactNode } from 'react';
import { z } from 'zod';
import { nonEmpty, validateProps } from '../../base/fields';
import { Block } from '../../layout/Block';
import { asParagraphs, Paragraph } from '../Paragraph';

export interface IntroProps {
  /** Salutation on its own line, e.g. "Liebe Leserinnen und Leser,". */
  greeting?: string;
  /** The letter: strings become paragraphs; `Paragraph` elements with `InlineLink`s pass through. */
  children: ReactNode;
  /** Closing lines in bold, e.g. ["Bleiben Sie gesund,", "Ihr Vitako-Team"]. */
  signOff?: string | string[];
}

export const introSchema = z.object(
  {
    greeting: nonEmpty.optional(),
    signOff: z.union([nonEmpty, z.array(nonEmpty).min(1, { error: 'must have at least one line' })]).optional(),
  },
  { error: 'must be an object { greeting?, signOff? }' },
);

/** The editor's letter that opens an issue. */
export function Intro({ greeting, children, signOff }: IntroProps) {
  validateProps('Intro', introSchema, { greeting, signOff });
  const lines = signOff === undefined ? [] : Array.isArray(signOff) ? signOff : [signOff];
  return (
    <Block paddingTop="md">
      {greeting ? <Paragraph>{greeting}</Paragraph> : null}
      {asParagraphs(children, lines.length ? undefined : 0)}
      {lines.length ? (
        <Paragraph bold spaceAfter={0}>
          {lines.flatMap((line, i) => (i === 0 ? [line] : [<br key={i} />, line]))}
        </Paragraph>
      ) : null}
    </Block>
  );
}
