import type { ReactNode } from 'react';
import * as z from 'zod';
import { nonEmpty } from '../../base/fields';
import { defineBlock } from '../../define/defineBlock';
import { paragraphs, richParagraphs } from '../RichText/RichText';

import { byShape, record } from '../../base/values';
import { Block } from '../../layout/Block';
import { asParagraphs } from '../Paragraph/asParagraphs';
import { ParsedParagraph } from '../Paragraph/Paragraph';

export const introSchema = record(
  {
    /** Salutation on its own line, e.g. "Liebe Leserinnen und Leser,". */
    greeting: nonEmpty.optional(),
    /** Closing lines in bold, e.g. ["Bleiben Sie gesund,", "Ihr Vitako-Team"]. */
    signOff: byShape(
      [nonEmpty, z.array(nonEmpty).min(1, { error: 'must have at least one line' })],
      (input) => (typeof input === 'string' ? 0 : Array.isArray(input) ? 1 : undefined),
      'a line or an array of lines',
    ).optional(),
  },
  'an object { greeting?, signOff? }',
);

interface LetterText {
  /** The letter: strings become paragraphs; `Paragraph` elements with `InlineLink`s pass through. */
  children: ReactNode;
}

export type IntroProps = z.input<typeof introSchema> & LetterText;

/** The editor's letter that opens an issue. */
export const Intro = defineBlock({
  name: 'Intro',
  type: 'intro',
  schema: introSchema,
  data: { fields: { paragraphs }, props: ({ paragraphs: items }) => ({ children: richParagraphs(items) }) },
  render: Letter,
});

/** `Intro` for props its schema has already parsed (`Issue` validates the whole issue once). */
export const ParsedIntro = Intro.Parsed;

function Letter({ greeting, children, signOff }: z.output<typeof introSchema> & LetterText) {
  const lines = signOff === undefined ? [] : Array.isArray(signOff) ? signOff : [signOff];
  return (
    <Block paddingTop="md">
      {greeting ? <ParsedParagraph>{greeting}</ParsedParagraph> : null}
      {asParagraphs(children, lines.length ? undefined : 0)}
      {lines.length ? (
        <ParsedParagraph bold spaceAfter={0}>
          {lines.flatMap((line, i) => (i === 0 ? [line] : [<br key={i} />, line]))}
        </ParsedParagraph>
      ) : null}
    </Block>
  );
}
