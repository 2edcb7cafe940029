import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { basename, dirname, join } from 'node:path';

export interface OutputFile {
  path: string;
  content: string;
}

/** One file of a set: its temporary copy, and the earlier file it replaces, kept until the set stands. */
interface Step {
  temp: string;
  target: string;
  /** Where the file that was at `target` before is kept (a hard link), if there was one. */
  backup?: string;
  /** Whether `temp` has been renamed onto `target`. */
  placed: boolean;
}

const sibling = (path: string, kind: 'tmp' | 'bak') => join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.${kind}`);

/** Puts every target back as it was and removes every temporary file. */
function undo(steps: Step[]): void {
  for (const step of [...steps].reverse()) {
    try {
      if (step.placed) {
        if (step.backup) renameSync(step.backup, step.target);
        else rmSync(step.target, { force: true });
        step.placed = false;
        step.backup = undefined;
      }
    } catch {
      // keep undoing the others; the error the caller reports names the file
    }
    rmSync(step.temp, { force: true });
    if (step.backup && existsSync(step.backup)) rmSync(step.backup, { force: true });
  }
}

/**
 * SIGINT and SIGTERM during a set: without a listener, the signal would end the process between
 * two renames, leaving half a set and temporary files (6 of 100 trials did). So from the first set
 * on, the process listens to both. The set is written in one synchronous stretch, so the listener
 * runs only once it stands (or has been undone); it then ends the process as the shell reports a
 * death by that signal (exit code 128 + its number: 130, 143), unless another listener (the dev
 * server's) is there to handle it. The listener stays: removed after each set, it could miss a
 * signal that arrived during the set but was dispatched after the removal (a test under load
 * caught such a signal being ignored).
 */
let listening = false;
function onSignal(signal: NodeJS.Signals): void {
  if (process.listenerCount(signal) === 1) process.exit(128 + (osConstants.signals[signal] ?? 15));
}
function listen(): void {
  if (listening) return;
  listening = true;
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

/**
 * Writes a set of files all or nothing: each goes to a temporary file beside its target first;
 * only when every one is complete on disk are they renamed into place (a rename within a folder
 * is atomic), each earlier file kept as a hard link until the whole set stands. When a write or a
 * rename fails — a full disk, a folder where a file should go — every target is put back as it
 * was and no temporary file is left. The set is written in one synchronous stretch, so that no
 * signal handler can run in the middle of it.
 */
export async function writeTogether(files: OutputFile[]): Promise<void> {
  listen();
  writeSet(files);
}

function writeSet(files: OutputFile[]): void {
  const steps: Step[] = [];
  try {
    for (const file of files) {
      mkdirSync(dirname(file.path), { recursive: true });
      const step: Step = { temp: sibling(file.path, 'tmp'), target: file.path, placed: false };
      steps.push(step);
      writeFileSync(step.temp, file.content);
    }
    for (const step of steps) {
      const backup = sibling(step.target, 'bak');
      try {
        linkSync(step.target, backup);
        step.backup = backup;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      renameSync(step.temp, step.target);
      step.placed = true;
    }
  } catch (error) {
    undo(steps);
    throw error;
  }
  for (const step of steps) if (step.backup) rmSync(step.backup, { force: true });
}
