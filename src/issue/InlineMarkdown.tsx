import { Fragment } from 'react';
import type { InlineLink, ParsedInlineLink } from '../components/InlineLink';
import { parseInline, type InlineNode } from './inline';

/** A paragraph string in the inline format, as the runs a run array would give. */
export function InlineMarkdown({ source, Link }: { source: string; Link: typeof InlineLink | typeof ParsedInlineLink }) {
  return <Nodes nodes={parseInline(source)} Link={Link} />;
}

function Nodes({ nodes, Link }: { nodes: InlineNode[]; Link: typeof InlineLink | typeof ParsedInlineLink }) {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return <Fragment key={i}>{node.text}</Fragment>;
      case 'strong':
        return (
          <strong key={i}>
            <Nodes nodes={node.children} Link={Link} />
          </strong>
        );
      case 'em':
        return (
          <em key={i}>
            <Nodes nodes={node.children} Link={Link} />
          </em>
        );
      case 'link':
        return (
          <Link key={i} href={node.href} context={node.context}>
            <Nodes nodes={node.children} Link={Link} />
          </Link>
        );
    }
  });
}
