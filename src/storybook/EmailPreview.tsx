import { useEffect, useState, type CSSProperties, type ReactElement } from 'react';
import { renderAndCheck, type CheckedRender, type Finding, type RenderAndCheckOptions } from '../check/index';
import { applyView, type EmailView } from './view';

export const EmailWidth = { narrow: '320px', column: '600px', full: 'full' } as const;
export type EmailWidth = (typeof EmailWidth)[keyof typeof EmailWidth];

/** `summary`: one line with the counts, the list folded away; `list`: every finding shown. */
export type FindingsDisplay = 'summary' | 'list';

export interface EmailPreviewProps {
  /** A whole `Newsletter` document, exactly what an app passes to `renderEmail`. */
  email: ReactElement;
  /** Written on the preview (`data-story`) so that a test can tell one story's email from the next. */
  storyId: string;
  /** `component`: one block in a bare `Newsletter`, where the check's whole-issue rules cannot pass. */
  scope: 'component' | 'document';
  /** Names the iframe for screen readers. */
  title: string;
  /** The reader's client: colour scheme, images, `<style>`. */
  view: EmailView;
  /** `html`: the HTML part in an iframe; `text`: the plain-text part. */
  part: 'html' | 'text';
  width: EmailWidth;
  /** CSS height of the iframe: a sandboxed frame cannot report its content height. */
  height: string;
  /** @default 'summary' */
  findings?: FindingsDisplay;
  /** What `renderAndCheck` is called with (`inlineCss` for blocks with a `<style>`, `check` options, a `dialect`). */
  render?: Omit<RenderAndCheckOptions, 'level'>;
  /** Changes the HTML before it is shown, after the check: e.g. to point production image URLs at local files. */
  transformHtml?: (html: string) => string;
}

type State = { status: 'rendering' } | { status: 'ready'; result: CheckedRender } | { status: 'error'; error: Error };

const rendering: State = { status: 'rendering' };

/** Numbers each finished render: a new email gets a new iframe rather than a re-navigated old one. */
let renders = 0;

/**
 * Renders an email through `renderAndCheck` (the library's one render path and the email check)
 * and shows the result as the inbox gets it: the HTML in a sandboxed iframe (no scripts, no
 * access to the page around it), or the plain-text part, with the check's findings above it. A
 * render error is shown in place of the email and logged as a console error.
 */
export function EmailPreview({ email, storyId, scope, title, view, part, width, height, findings = 'summary', render, transformHtml }: EmailPreviewProps) {
  // The result belongs to the element it was rendered from: when the story, its args or the
  // toolbar change, the old email is not shown with the new settings while the new one renders.
  const [rendered, setRendered] = useState<{ email: ReactElement; state: State; serial: number }>({ email, state: rendering, serial: 0 });
  const state = rendered.email === email ? rendered.state : rendering;

  useEffect(() => {
    let current = true;
    renderAndCheck(email, { ...render, level: 'soft' }).then(
      (result) => {
        if (current) setRendered({ email, state: { status: 'ready', result }, serial: ++renders });
      },
      (reason: unknown) => {
        const error = reason instanceof Error ? reason : new Error(String(reason));
        console.error('renderEmail failed:', error);
        if (current) setRendered({ email, state: { status: 'error', error }, serial: ++renders });
      },
    );
    return () => {
      current = false;
    };
    // `render` is configuration, set once for the whole Storybook: a new email renders, a new object does not.
  }, [email]);

  // What is shown, for tests: which story, and how the toolbar shows it.
  const marks = { 'data-story': storyId, 'data-view': `${view.scheme} ${view.images} ${view.styles} ${part}` };

  if (state.status === 'rendering') {
    return (
      <p data-email-state="rendering" {...marks} style={styles.status}>
        Rendering…
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <div role="alert" data-email-state="error" {...marks} style={styles.error}>
        <strong>renderEmail failed</strong>
        <pre style={styles.errorText}>
          {state.error.name}: {state.error.message}
        </pre>
      </div>
    );
  }

  const { html, text } = state.result;
  let shown: string;
  try {
    shown = applyView(transformHtml ? transformHtml(html) : html, view);
  } catch (error) {
    console.error(error);
    return (
      <div role="alert" data-email-state="error" {...marks} style={styles.error}>
        <strong>Could not apply the toolbar's view</strong>
        <pre style={styles.errorText}>{String(error)}</pre>
      </div>
    );
  }
  const frameWidth = width === 'full' ? '100%' : width;
  const bytes = new TextEncoder().encode(html).length;
  return (
    <div data-email-state="ready" {...marks} style={styles.stack}>
      <CheckSummary findings={state.result.findings} bytes={bytes} scope={scope} open={findings === 'list'} />
      {part === 'text' ? (
        // Scrollable, so it must be reachable by keyboard.
        <pre data-email-text tabIndex={0} aria-label={`Plain-text part: ${title}`} style={{ ...styles.text, width: frameWidth }}>
          {text}
        </pre>
      ) : (
        <iframe
          key={rendered.serial}
          data-email-frame
          title={`Email: ${title}`}
          srcDoc={shown}
          sandbox=""
          style={{ ...styles.frame, width: frameWidth, height }}
        />
      )}
    </div>
  );
}

/** The email check's verdict on this very render: it is about the HTML, not part of it. */
function CheckSummary({ findings, bytes, scope, open }: { findings: Finding[]; bytes: number; scope: EmailPreviewProps['scope']; open: boolean }) {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  return (
    <details data-email-findings={findings.length} open={open} style={styles.findings}>
      <summary>
        Email check: {errors} {errors === 1 ? 'error' : 'errors'}, {warnings} {warnings === 1 ? 'warning' : 'warnings'} ·{' '}
        {(bytes / 1000).toFixed(1)} kB HTML
        {scope === 'component'
          ? ' · one component in a bare Newsletter: rules for a whole issue (one h1, unsubscribe link, Impressum) cannot pass here'
          : null}
      </summary>
      {findings.length ? (
        <ul style={styles.findingList}>
          {findings.map((f, i) => (
            <li key={i}>
              <strong>{f.severity}</strong> {f.rule}: {f.message}
              {f.excerpt ? (
                <>
                  <br />
                  <code>{f.excerpt}</code>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}

// The preview's chrome around the email, not part of it: plain values are fine here.
const font = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const styles = {
  stack: { display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 8 },
  status: { fontFamily: font, fontSize: 14, color: '#333' },
  findings: { fontFamily: font, fontSize: 13, color: '#222', alignSelf: 'stretch' },
  findingList: { margin: '4px 0 0', paddingLeft: 20, lineHeight: 1.5 },
  frame: { border: '1px solid #c8ccd0', background: '#ffffff', display: 'block', maxWidth: '100%' },
  text: {
    margin: 0,
    padding: 16,
    maxWidth: '100%',
    boxSizing: 'border-box',
    overflow: 'auto',
    border: '1px solid #c8ccd0',
    background: '#ffffff',
    color: '#111111',
    fontSize: 13,
    lineHeight: 1.45,
  },
  error: { fontFamily: font, color: '#8a1010', background: '#fdecec', border: '1px solid #e3a0a0', padding: 16 },
  errorText: { whiteSpace: 'pre-wrap', margin: '8px 0 0', fontSize: 13 },
} satisfies Record<string, CSSProperties>;
