import { branchenticker05 } from '../../../emails/fixtures/branchenticker-05';
import { EventCalendar, type EventCalendarProps } from '../../index';

/** Examples of the block for Storybook's block gallery and the conformance sweep (not part of the package). */
export const block = EventCalendar;
export const examples: Record<string, EventCalendarProps> = {
  'Vitako ITKalender': branchenticker05.calendar!,
};
