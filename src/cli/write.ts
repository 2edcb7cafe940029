import { randomBytes } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { link, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface OutputFile {
  path: string;
  content: string;
}

/** One file of a set being written: its temporary copy, and the earlier file it replaces, kept until the set is in place. */
interface Step {
  temp: string;
  target: string;
  /** A hard link to the file that was at `target` before, if there was one. */
  backup?: string;
  /** Whether `temp` has been renamed onto `target`. */
  placed: boolean;
}

/** Sets being written right now: what a signal handler must undo. */
const inFlight = new Set<Step[]>();

const sibling = (path: string, kind: 'tmp' | 'bak') => join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.${kind}`);

/** Puts every target back as it was and removes every temporary file; synchronous, so that a signal handler can run it. */
function undoSync(steps: Step[]): void {
  for (const step of [...steps].reverse()) {
    try {
      if (step.placed) {
        if (step.backup) renameSync(step.backup, step.target);
        else rmSync(step.target, { force: true });
        step.placed = false;
        step.backup = undefined;
      }
    } catch {
      // keep undoing the others; what is left is named by the error the caller reports
    }
    rmSync(step.temp, { force: true });
    if (step.backup) rmSync(step.backup, { force: true });
  }
}

/**
 * SIGINT and SIGTERM while a set is being written: undo it, then let the signal end the process
 * as it would have (our handler removed first, the signal raised again).
 */
function onSignal(signal: NodeJS.Signals): void {
  for (const steps of inFlight) undoSync(steps);
  inFlight.clear();
  process.removeListener('SIGINT', onSignal);
  process.removeListener('SIGTERM', onSignal);
  process.kill(process.pid, signal);
}

function track(steps: Step[]): void {
  if (inFlight.size === 0) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  inFlight.add(steps);
}

function untrack(steps: Step[]): void {
  inFlight.delete(steps);
  if (inFlight.size === 0) {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

/**
 * Writes a set of files all or nothing: each goes to a temporary file beside its target first;
 * only when every one is complete on disk are they renamed into place (a rename within a folder
 * is atomic), each earlier file kept as a hard link until the whole set stands. When a write or
 * a rename fails — a full disk, a folder where a file should go — or SIGINT/SIGTERM arrives, every
 * target is put back as it was and no temporary file is left.
 */
export async function writeTogether(files: OutputFile[]): Promise<void> {
  const steps: Step[] = [];
  track(steps);
  try {
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true });
      const step: Step = { temp: sibling(file.path, 'tmp'), target: file.path, placed: false };
      steps.push(step);
      await writeFile(step.temp, file.content);
    }
    for (const step of steps) {
      const backup = sibling(step.target, 'bak');
      try {
        await link(step.target, backup);
        step.backup = backup;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      await rename(step.temp, step.target);
      step.placed = true;
    }
  } catch (error) {
    undoSync(steps);
    untrack(steps);
    throw error;
  }
  untrack(steps);
  await Promise.all(steps.map((step) => (step.backup ? rm(step.backup, { force: true }) : undefined)));
}
