import type { ReactElement } from 'react';
import { blockExamples } from '../../stories/support/blockExamples';

/** One instance of every example of every block (each folder's examples.tsx), by "Block (example)". */
export const catalog: Record<string, () => ReactElement> = Object.fromEntries(blockExamples.map((example) => [example.label, example.element]));
