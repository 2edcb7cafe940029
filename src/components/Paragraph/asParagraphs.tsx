import { Children, isValidElement, type ReactNode } from 'react';
import { Paragraph } from './Paragraph';

/** Children as paragraphs: each plain string becomes a `Paragraph`; elements pass through. */
export function asParagraphs(children: ReactNode, spaceAfterLast?: number): ReactNode[] {
  const items = Children.toArray(children);
  return items.map((child, i) => {
    const last = i === items.length - 1;
    if (typeof child === 'string' || typeof child === 'number') {
      return (
        <Paragraph key={i} spaceAfter={last ? spaceAfterLast : undefined}>
          {child}
        </Paragraph>
      );
    }
    return isValidElement(child) ? child : null;
  });
}
