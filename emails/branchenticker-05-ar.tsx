import { Issue, type IssueData } from '../src';
import { branchenticker05Ar } from './fixtures/branchenticker-05-ar';

export interface Branchenticker05ArProps {
  /** The issue's content. @default the Arabic edition of Branchenticker Nr. 5 */
  issue?: IssueData;
}

/** Vitako-Branchenticker Nr. 5 in Arabic: the right-to-left example issue. */
export default function Branchenticker05Ar({ issue = branchenticker05Ar }: Branchenticker05ArProps) {
  return <Issue data={issue} />;
}

Branchenticker05Ar.PreviewProps = { issue: branchenticker05Ar } satisfies Branchenticker05ArProps;
