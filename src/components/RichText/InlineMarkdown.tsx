import { Fragment } from 'react';
import { ParsedInlineLink } from '../InlineLink/InlineLink';
import { parseInline, type InlineNode } from './inline';

/** A paragraph string in the inline format, as the runs a run array would give. Its links are parsed already. */
export function InlineMarkdown({ source }: { source: string }) {
  return <Nodes nodes={parseInline(source)} />;
}

function Nodes({ nodes }: { nodes: InlineNode[] }) {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return <Fragment key={i}>{node.text}</Fragment>;
      case 'strong':
        return (
          <strong key={i}>
            <Nodes nodes={node.children} />
          </strong>
        );
      case 'em':
        return (
          <em key={i}>
            <Nodes nodes={node.children} />
          </em>
        );
      case 'link':
        return (
          <ParsedInlineLink key={i} href={node.href} context={node.context}>
            <Nodes nodes={node.children} />
          </ParsedInlineLink>
        );
    }
  });
}
