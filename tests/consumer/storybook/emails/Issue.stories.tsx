// A whole issue: tagged as a document, so that the decorator does not wrap it in a Newsletter.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { Issue, type IssueData } from 'newsletter-kit';
import issue from '../issue.json';

const meta = {
  title: 'Email/Issue',
  component: Issue,
  // A literal: Storybook reads tags from the source, without running it.
  tags: ['email-document'],
  args: { data: issue as IssueData },
} satisfies Meta<typeof Issue>;

export default meta;
export const Branchenticker05: StoryObj<typeof meta> = {};
