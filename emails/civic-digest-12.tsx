import { createTheme, Issue, type IssueData } from '../src';
import { civicDigest12 } from './fixtures/civic-digest-12';

/** Civic Tech Exchange's house style: green, with serif headlines. */
export const civicTheme = createTheme({
  colors: {
    page: '#f1f4ef',
    heading: '#1d4d2b',
    link: '#1f6b3a',
    accent: '#1f6b3a',
    border: '#cfd8cc',
    placeholder: '#dfe7dc',
    footer: '#e8eee5',
    footerText: '#2f3d33',
  },
  darkColors: {
    page: '#0e1410',
    surface: '#18211b',
    heading: '#a8dcb5',
    link: '#93d3a6',
    accent: '#93d3a6',
    onAccent: '#0e1410',
    footer: '#121a14',
    placeholder: '#26332a',
  },
  fonts: { heading: 'Georgia, "Times New Roman", serif' },
});

export interface CivicDigest12Props {
  /** The issue's content. @default the Civic Digest No. 12 fixture */
  issue?: IssueData;
}

/** Civic Digest No. 12, the English example issue. */
export default function CivicDigest12({ issue = civicDigest12 }: CivicDigest12Props) {
  return <Issue data={issue} theme={civicTheme} />;
}

CivicDigest12.PreviewProps = { issue: civicDigest12 } satisfies CivicDigest12Props;
