import { Children, isValidElement, type ReactNode } from 'react';

/** Components that render their `end` prop at the end of their one paragraph. */
const endTakers = new WeakSet<object>();

/** Registers components whose `end` prop closes their one paragraph (`Paragraph`, `RichParagraph`). */
export function takesEnd(...components: object[]): void {
  for (const component of components) endTakers.add(component);
}

/**
 * Whether the last of `children` is a paragraph that can take inline content at its end: a
 * string, or a registered component (`takesEnd`) without an `end` of its own. Any other element
 * might drop it or show it twice.
 */
export function canEndLast(children: ReactNode): boolean {
  const last = Children.toArray(children).at(-1);
  if (typeof last === 'string' || typeof last === 'number') return true;
  return isValidElement(last) && endTakers.has(last.type as object) && (last.props as { end?: ReactNode }).end === undefined;
}
