import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { ParsedParagraph } from './Paragraph';
import { canEndLast } from './paragraphEnd';

/**
 * Children as paragraphs: each plain string becomes a `Paragraph`; elements pass through.
 * `spaceAfterLast` goes to the last one (a block's own padding follows it): to a string's
 * `Paragraph`, or as the `spaceAfter` prop of a component element (`Paragraph`, `RichParagraph`)
 * that does not set its own. `end` closes the last paragraph where `canEndLast` allows it; the
 * caller checks that first and shows it elsewhere otherwise.
 */
export function asParagraphs(children: ReactNode, spaceAfterLast?: number, end?: ReactNode): ReactNode[] {
  const items = Children.toArray(children);
  const placeEnd = end !== undefined && canEndLast(children);
  return items.map((child, i) => {
    const last = i === items.length - 1;
    const spaceAfter = last ? spaceAfterLast : undefined;
    const ending = last && placeEnd ? end : undefined;
    if (typeof child === 'string' || typeof child === 'number') {
      return (
        <ParsedParagraph key={i} spaceAfter={spaceAfter} end={ending}>
          {child}
        </ParsedParagraph>
      );
    }
    if (!isValidElement(child)) return null;
    const props = child.props as { spaceAfter?: number };
    const extra: { spaceAfter?: number; end?: ReactNode } = {};
    if (spaceAfter !== undefined && typeof child.type !== 'string' && props.spaceAfter === undefined) extra.spaceAfter = spaceAfter;
    if (ending !== undefined) extra.end = ending;
    return Object.keys(extra).length ? cloneElement(child as ReactElement<typeof extra>, extra) : child;
  });
}
