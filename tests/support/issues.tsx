import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createElement, type ComponentType, type ReactElement } from 'react';

export interface ExampleIssue {
  name: string;
  element: () => ReactElement;
}

const emailsDir = join(import.meta.dirname, '..', '..', 'emails');

/** Every example issue in emails/, as `npm run render` sees them. */
export async function exampleIssues(): Promise<ExampleIssue[]> {
  const files = readdirSync(emailsDir).filter((f) => f.endsWith('.tsx')).sort();
  return Promise.all(
    files.map(async (file) => {
      const mod = (await import(join(emailsDir, file))) as { default: ComponentType<object> & { PreviewProps: object } };
      return { name: basename(file, '.tsx'), element: () => createElement(mod.default, mod.default.PreviewProps) };
    }),
  );
}
