import { access } from 'node:fs/promises';
import { Exit } from './report';
import { starterIssue } from './starter';
import { writeTogether } from './write';

export async function init(file: string, force: boolean): Promise<Exit> {
  const exists = await access(file).then(
    () => true,
    () => false,
  );
  if (exists && !force) {
    console.error(`${file}: exists already; pass --force to overwrite it`);
    return Exit.invalid;
  }
  await writeTogether([{ path: file, content: starterIssue }]);
  console.log(`${file}: written. Render it with:\n  npx newsletter-kit render ${file} --out out --format html,txt,eml,ics,web`);
  return Exit.ok;
}
