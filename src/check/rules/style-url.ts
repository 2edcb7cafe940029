import { shorten } from '../document';
import { defineRule } from '../rule';
import { onlyFontFaces } from './web-font';

export const styleUrl = defineRule({
  id: 'style-url',
  severity: 'error',
  description:
    'No `url()` in `<style>`, except in a `<style>` that holds only web fonts (`@font-face`, see `web-font`): Gmail drops that one and loses nothing else.',
  clients: 'Gmail drops the whole `<style>` block.',
  source: 'Gmail style-block behaviour from the project\'s client-safety research (2026-11); caniemail does not track it',
  check(doc, { report }) {
    return doc.styles.flatMap((style) => {
      if (onlyFontFaces(style.sheet)) return [];
      const withoutComments = style.css.replace(/\/\*[\s\S]*?\*\//g, '');
      const url = /url\s*\(/i.exec(withoutComments);
      return url ? [report('url() in <style>: Gmail drops the whole <style>', { excerpt: shorten(withoutComments.slice(url.index, url.index + 80)) })] : [];
    });
  },
});
