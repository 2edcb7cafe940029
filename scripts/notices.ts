/**
 * Writes `dist/THIRD-PARTY-NOTICES.md`: the name, version, licence and licence text of every
 * package that the build bundled into `dist/` (read from the inputs the build recorded).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = 'dist';
const recorded = readdirSync(dist).filter((f) => f.startsWith('.inputs-'));
if (!recorded.length) throw new Error('notices: the build recorded no inputs (dist/.inputs-*.json); run tsup first');

const packageDirs = new Set<string>();
for (const file of recorded) {
  for (const input of JSON.parse(readFileSync(join(dist, file), 'utf8')) as string[]) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m?.[1]) packageDirs.add(m[1]);
  }
  rmSync(join(dist, file));
}

const sections = [...packageDirs]
  .map((dir) => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
    const licenseFile = readdirSync(dir).find((f) => /^(licen[sc]e|copying)(\.|$)/i.test(f));
    const text = licenseFile ? readFileSync(join(dir, licenseFile), 'utf8').trim() : `(no licence file; package.json says ${pkg.license ?? 'nothing'})`;
    return { name: pkg.name, body: `## ${pkg.name} ${pkg.version} (${pkg.license ?? 'unknown'})\n\n\`\`\`\n${text}\n\`\`\`\n` };
  })
  .sort((a, b) => a.name.localeCompare(b.name));

writeFileSync(
  join(dist, 'THIRD-PARTY-NOTICES.md'),
  `# Third-party notices\n\nnewsletter-kit bundles the following packages into \`dist/\`.\n\n${sections.map((s) => s.body).join('\n')}`,
);
console.log(`notices: ${sections.length} bundled packages listed in dist/THIRD-PARTY-NOTICES.md`);
