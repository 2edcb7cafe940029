import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface OutputFile {
  path: string;
  content: string;
}

/**
 * Writes a set of files so that none is ever truncated and they land together: each goes to a
 * temporary file beside its target first, and only when every one of them is complete on disk
 * are they renamed into place (a rename within a folder is atomic). When any write fails — a
 * full disk, a missing permission — the temporary files are removed and no target is touched.
 */
export async function writeTogether(files: OutputFile[]): Promise<void> {
  const staged: { temp: string; target: string }[] = [];
  try {
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true });
      const temp = join(dirname(file.path), `.${basename(file.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      staged.push({ temp, target: file.path });
      await writeFile(temp, file.content);
    }
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
  for (const { temp, target } of staged) await rename(temp, target);
}
