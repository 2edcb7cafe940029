import type { Decorator } from '@storybook/react-vite';
import { Newsletter, type Locale } from '../../src';
import { EmailPreview, type EmailWidth } from './EmailPreview';
import { themes, type ThemeName } from './themes';
import type { EmailView } from './view';

/** The toolbar's globals (see .storybook/preview.tsx). */
export interface EmailGlobals {
  locale: Locale;
  theme: ThemeName;
  width: EmailWidth;
  scheme: EmailView['scheme'];
  images: EmailView['images'];
  styles: EmailView['styles'];
  part: 'html' | 'text';
}

/**
 * The tag of stories that render a whole document (`Newsletter`, `Issue`, an example issue),
 * which brings its own language. Single components are wrapped in a `Newsletter` from the
 * toolbar's locale and theme instead. A tag rather than a parameter because it reaches
 * index.json, where the browser test reads it (axe best-practice rules, screenshots).
 */
export const DOCUMENT_TAG = 'email-document';

/**
 * Every story goes through `renderEmail` and is shown as the inbox gets it. Single components
 * are wrapped in a `Newsletter`, which is how an app would send them.
 */
export const withEmail: Decorator = (Story, context) => {
  const globals = context.globals as EmailGlobals;
  const document = context.tags.includes(DOCUMENT_TAG);
  const story = Story();
  const name = `${context.title.split('/').pop()}: ${context.name}`;
  const email = document ? (
    story
  ) : (
    <Newsletter lang={globals.locale} theme={themes[globals.theme]} title={name} preview={name}>
      {story}
    </Newsletter>
  );
  // In docs every story gets a fixed box; on its own a story gets the whole canvas.
  const height = context.viewMode === 'docs' ? (document ? '640px' : '420px') : 'calc(100vh - 80px)';
  return (
    <EmailPreview
      email={email}
      storyId={context.id}
      scope={document ? 'document' : 'component'}
      title={name}
      view={{ scheme: globals.scheme, images: globals.images, styles: globals.styles }}
      part={globals.part}
      width={globals.width}
      height={height}
    />
  );
};
