/**
 * The section of BENCHMARKS.md that `bench/hostile-check.bench.ts --write` writes. `npm run bench`
 * rewrites the rest of the file and keeps this section as it finds it.
 */
export const HOSTILE_HEADING = '## Hostile input: checkEmail on 1 MB per shape';

/** The hostile-check section of a BENCHMARKS.md text, from its heading to the end, or ''. */
export function hostileSection(markdown: string): string {
  const at = markdown.indexOf(`\n${HOSTILE_HEADING}\n`);
  return at === -1 ? '' : markdown.slice(at + 1);
}

/** `markdown` with its hostile-check section replaced by `section` (or appended). */
export function withHostileSection(markdown: string, section: string): string {
  const at = markdown.indexOf(`\n${HOSTILE_HEADING}\n`);
  const before = (at === -1 ? markdown : markdown.slice(0, at + 1)).trimEnd();
  return section ? `${before}\n\n${section.trimEnd()}\n` : `${before}\n`;
}
