import { walkStylesheet } from '../css';
import { shorten } from '../document';
import { defineRule } from '../rule';

export const styleNestedAtRule = defineRule({
  id: 'style-nested-at-rule',
  severity: 'error',
  description:
    'No at-rule inside another at-rule in `<style>` (e.g. `@media` inside `@supports`); one level of `@media` is fine.',
  clients: 'Gmail drops the whole `<style>` block.',
  source: 'Gmail style-block behaviour from the project\'s client-safety research (2026-11); caniemail does not track it',
  check(doc, { report }) {
    return doc.styles.flatMap((style) =>
      walkStylesheet(style.sheet).nested.map(({ outer, inner }) =>
        report(`${inner} inside ${outer}: Gmail drops the whole <style>`, { excerpt: shorten(`${outer} { ${inner} { … } }`) }),
      ),
    );
  },
});
