import { resolveDialect, type Dialect, type DialectName } from './dialects';
import { dialectText } from './template';

/**
 * A string outside the rendered issue (a subject line, a header) with its placeholders swapped
 * for the mail service's merge tags: `swapPlaceholders(\`News für ${placeholder.firstName()}\`, 'mailchimp')`.
 */
export function swapPlaceholders(text: string, dialect: DialectName | Dialect, options: { lang?: string } = {}): string {
  return dialectText(text, resolveDialect(dialect), options.lang ?? 'de');
}
