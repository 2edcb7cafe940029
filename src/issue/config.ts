import { describeInput, NewsletterPropError, unknownKeysMessage } from '../base/values';
import { isBlock, type AnyBlock } from '../define/defineBlock';
import type { Theme } from '../theme/schema';
import { assertTheme } from '../theme/validate';
import { schemaAndRegistry } from './schema';

/**
 * A project's `newsletter-kit.config.ts` (or `.mts`, `.js`, `.mjs`): what the CLI needs to
 * render the project's issue data that the library alone does not know.
 */
export interface NewsletterKitConfig<B extends AnyBlock = AnyBlock> {
  /** The project's own blocks (`defineBlock`), which its issue data lists by their type. */
  blocks?: readonly B[];
  /** The theme for issue data (`.yaml`, `.json`); an email module brings its own. @default defaultTheme */
  theme?: Theme;
}

const KEYS = ['blocks', 'theme'];

/**
 * Checks a project configuration and returns it: `export default defineConfig({ blocks: [JobListing] })`.
 * An unknown key, a block not made with `defineBlock`, two blocks of one type or a bad theme is a
 * `NewsletterPropError` naming the field.
 */
export function defineConfig<const B extends AnyBlock = never>(config: NewsletterKitConfig<B>): NewsletterKitConfig<B> {
  const fail = (prop: string, message: string): never => {
    throw new NewsletterPropError('newsletter-kit.config', [{ prop, message }]);
  };
  if (typeof config !== 'object' || config === null || Array.isArray(config)) fail('', `must export an object { blocks?, theme? } as default, got ${describeInput(config)}`);
  const unknown = Object.keys(config).filter((key) => !KEYS.includes(key));
  if (unknown.length) fail('', unknownKeysMessage(unknown, KEYS));
  const { blocks, theme } = config;
  if (blocks !== undefined) {
    if (!Array.isArray(blocks)) fail('blocks', `must be an array of blocks made with defineBlock, got ${describeInput(blocks)}`);
    blocks.forEach((block, i) => {
      if (!isBlock(block)) fail(`blocks.${i}`, `must be a block made with defineBlock, got ${describeInput(block)}`);
    });
    try {
      schemaAndRegistry(blocks);
    } catch (error) {
      fail('blocks', (error as Error).message.replace(/^createIssueSchema: /, ''));
    }
  }
  if (theme !== undefined) assertTheme(theme, 'newsletter-kit.config', 'theme');
  return config;
}
