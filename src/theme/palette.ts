import * as z from 'zod';
import { color, record } from '../base/values';

/**
 * The palette: every colour a theme names, once. The light palette is inlined; the dark one
 * drives the dark-mode rules. `Palette`, the theme's validation and the colour roles below all
 * read their keys from this schema.
 */
export const paletteSchema = record(
  {
    /** Outside the 600 px column. */
    page: color,
    /** The content column. */
    surface: color,
    /** Body text. */
    text: color,
    /** Secondary text: dates, photo credits, the view-in-browser line. */
    muted: color,
    /** Headlines. */
    heading: color,
    /** Inline links and "Mehr…" links. */
    link: color,
    /** Button background and the masthead rule. */
    accent: color,
    /** Text on the accent colour. */
    onAccent: color,
    /** Dividers and the image placeholder border. */
    border: color,
    /** Behind images while they load or when images are blocked (alt text shows here). */
    placeholder: color,
    /** The legal footer band. */
    footer: color,
    /** Text in the legal footer band. */
    footerText: color,
    /** The light halo behind a logo, so that a dark logo stays visible when a client inverts. */
    logoHalo: color,
  },
  'a palette of colours { page, surface, text, … }',
);

/** One palette: the light one is inlined, the dark one drives the dark-mode `<style>` rules. */
export type Palette = z.output<typeof paletteSchema>;

/**
 * The palette colours each kind of paint may use, in the order the dark-mode rules list them:
 * the one list that `paint` types its roles by and the dark-mode rules swap, so that every role
 * painted is a role swapped. A new colour role is a palette entry above and a name here.
 */
export const colorRoles = {
  bg: ['page', 'surface', 'footer', 'placeholder', 'accent', 'logoHalo'],
  fg: ['text', 'muted', 'heading', 'link', 'onAccent', 'footerText', 'accent', 'border'],
  /** Borders keep their inline colour; the tag lets the dark-mode rules swap it. */
  border: ['border', 'accent'],
} as const satisfies Record<string, readonly (keyof Palette)[]>;

/** A text colour role: `paint({ fg })`. */
export type ColorRole = (typeof colorRoles.fg)[number];
/** A border colour role: `paint({ border })`. */
export type BorderRole = (typeof colorRoles.border)[number];
/** A background colour role: `paint({ bg })`. */
export type BackgroundRole = (typeof colorRoles.bg)[number];
