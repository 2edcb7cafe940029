import { Issue, type IssueData } from '../src';
import { branchenticker05 } from './fixtures/branchenticker-05';

/** Vitako-Branchenticker Nr. 5, the German model issue. */
export default function Branchenticker05(props: IssueData) {
  return <Issue data={props} />;
}

Branchenticker05.PreviewProps = branchenticker05 satisfies IssueData;
