import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Props types are z.input of the schemas: editors must still show each prop's JSDoc, which
// now lives on the schema field.
const root = resolve(import.meta.dirname, '../..');
const program = ts.createProgram([resolve(root, 'src/index.ts')], { strict: true, jsx: ts.JsxEmit.ReactJSX, moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, skipLibCheck: true, noEmit: true });
const checker = program.getTypeChecker();
const index = program.getSourceFile(resolve(root, 'src/index.ts'))!;
const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(index)!);

function propDoc(typeName: string, prop: string): string {
  const alias = exported.find((s) => s.name === typeName);
  if (!alias) throw new Error(`${typeName} is not exported`);
  const type = checker.getDeclaredTypeOfSymbol(checker.getAliasedSymbol(alias));
  const symbol = type.getProperty(prop);
  if (!symbol) throw new Error(`${typeName} has no prop ${prop}`);
  return ts.displayPartsToString(symbol.getDocumentationComment(checker));
}

describe('prop documentation on the schemas', () => {
  it.each([
    ['NewsItemProps', 'title', 'The headline, without the source.'],
    ['NewsItemProps', 'imagePosition', '`top`: full column width under the headline.'],
    ['NewsItemProps', 'children', 'The teaser'],
    ['NewsImage', 'alt', 'What the image shows'],
    ['MastheadProps', 'date', 'Issue date: ISO `YYYY-MM-DD` or a `Date`.'],
    ['EventCalendarProps', 'events', 'Events in the order they should appear.'],
    ['CalendarEvent', 'online', 'Held online'],
    ['NewsletterProps', 'lang', 'Language of the issue'],
    ['NewsletterProps', 'theme', 'Colours, fonts and sizes.'],
    ['LegalFooterProps', 'unsubscribeUrl', 'One-click unsubscribe page'],
    ['Publisher', 'vatId', 'VAT identification number'],
    ['CallToActionProps', 'context', 'for screen readers'],
    ['InlineLinkProps', 'tone', 'Colour role'],
    ['IntroProps', 'signOff', 'Closing lines in bold'],
    ['ParagraphProps', 'tone', '`body` for article text'],
    ['DividerProps', 'spaceAbove', 'Space above the rule.'],
    ['PhotoCreditProps', 'credit', 'Who holds the rights'],
    ['SectionHeadingProps', 'level', 'Heading level'],
  ])('%s.%s reads "%s…"', (typeName, prop, doc) => {
    expect(propDoc(typeName, prop)).toContain(doc);
  });
});
