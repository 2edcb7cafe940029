import { Issue, type IssueData } from '../src';
import { branchenticker05 } from './fixtures/branchenticker-05';

export interface Branchenticker05Props {
  /** The issue's content. @default the Branchenticker Nr. 5 fixture */
  issue?: IssueData;
}

/** Vitako-Branchenticker Nr. 5, the German model issue. */
export default function Branchenticker05({ issue = branchenticker05 }: Branchenticker05Props) {
  return <Issue data={issue} />;
}

Branchenticker05.PreviewProps = { issue: branchenticker05 } satisfies Branchenticker05Props;
