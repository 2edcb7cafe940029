import { Heading } from '@react-email/components';
import type { ReactNode } from 'react';
import { paint, typography } from '../../layout/css';
import { useNewsletter } from '../../base/context';

export interface SectionHeadingProps {
  children: ReactNode;
  /** Heading level; the masthead holds the only `h1`. @default 2 */
  level?: 2 | 3;
}

/** A headline inside the column: news titles, the calendar title. */
export function SectionHeading({ children, level = 2 }: SectionHeadingProps) {
  const { theme } = useNewsletter();
  const h = paint(theme, { fg: 'heading' }, { ...typography(theme, level === 2 ? 'h2' : 'h3'), margin: `0 0 ${theme.space.sm}px` });
  return (
    <Heading as={level === 2 ? 'h2' : 'h3'} {...h}>
      {children}
    </Heading>
  );
}
