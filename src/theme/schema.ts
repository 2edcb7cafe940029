import * as z from 'zod';
import { fontStack, fontWeight, length, record } from '../base/values';
import { paletteSchema } from './palette';
import { webFontsSchema } from './webFonts';

/**
 * What a theme may hold: only values that cannot break out of a CSS declaration (colours, px
 * lengths, font stacks). The `Theme` type is read from this schema.
 */

const textSizes = (what: string) =>
  record(
    {
      h1: length,
      h2: length,
      h3: length,
      body: length,
      small: length,
      footer: length,
    },
    what,
  );

export const themeSchema = record(
  {
    colors: paletteSchema,
    /** Applied by clients that honour `prefers-color-scheme: dark` (Apple Mail, Outlook.com, …). */
    darkColors: paletteSchema,
    /** Font stacks; a stack may start with a family of `webFonts`, followed by fonts every client has and a generic family. */
    fonts: record({ body: fontStack, heading: fontStack }, '{ body, heading } font stacks'),
    /**
     * Web fonts by family name, e.g. `{ Inter: [{ url: 'https://…/inter-400.woff2' }, { url: '…/inter-700.woff2', weight: 700 }] }`.
     * Loaded by Apple Mail, iOS Mail, Thunderbird, Samsung Email and the GMX and WEB.DE apps; every
     * other client shows the stack's fallback.
     * @default {}
     */
    webFonts: webFontsSchema.optional(),
    /** Font sizes in px. Body text ≥ 14 px and footer ≥ 12 px keep small screens legible. */
    fontSizes: textSizes('font sizes in px { h1, h2, h3, body, small, footer }'),
    /** Line heights in px (Outlook needs px with `mso-line-height-rule: exactly`). */
    lineHeights: textSizes('line heights in px { h1, h2, h3, body, small, footer }'),
    fontWeights: record({ normal: fontWeight, bold: fontWeight }, '{ normal, bold } font weights'),
    /** Spacing scale in px. */
    space: record({ xs: length, sm: length, md: length, lg: length, xl: length }, 'spacing in px { xs, sm, md, lg, xl }'),
    widths: record(
      {
        /** The content column; the classic 600 px that every client lays out safely. */
        container: length,
        /** Inner padding left and right of the column. */
        gutter: length,
        /** Thumbnail column of a news item with `imagePosition: 'left'`; the image of one with `imagePosition: 'thumbnail'`. */
        thumbnail: length,
      },
      'widths in px { container, gutter, thumbnail }',
    ),
    radii: record({ button: length }, '{ button } radius in px'),
  },
  'a theme',
);

export type Theme = z.output<typeof themeSchema>;

/** A role of text in the type scale: its size and line height come from the theme. */
export type TextRole = keyof Theme['fontSizes'];
