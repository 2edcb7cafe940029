import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { ParsedParagraph } from './Paragraph';

/**
 * Children as paragraphs: each plain string becomes a `Paragraph`; elements pass through.
 * `spaceAfterLast` goes to the last one (a block's own padding follows it): to a string's
 * `Paragraph`, or as the `spaceAfter` prop of a component element (`Paragraph`, `RichParagraph`)
 * that does not set its own.
 */
export function asParagraphs(children: ReactNode, spaceAfterLast?: number): ReactNode[] {
  const items = Children.toArray(children);
  return items.map((child, i) => {
    const spaceAfter = i === items.length - 1 ? spaceAfterLast : undefined;
    if (typeof child === 'string' || typeof child === 'number') {
      return (
        <ParsedParagraph key={i} spaceAfter={spaceAfter}>
          {child}
        </ParsedParagraph>
      );
    }
    if (!isValidElement(child)) return null;
    const props = child.props as { spaceAfter?: number };
    if (spaceAfter === undefined || typeof child.type === 'string' || props.spaceAfter !== undefined) return child;
    return cloneElement(child as ReactElement<{ spaceAfter?: number }>, { spaceAfter });
  });
}
