import type { Meta, StoryObj } from '@storybook/react-vite';
import { Block, InlineLink, Paragraph } from 'newsletter-kit';

/** "hier" as sighted readers see it; screen readers hear "hier (Aufzeichnung der Debatte)" (ScreenReaderText inside the link). */
function HiddenContext() {
  return (
    <Block paddingBottom="lg">
      <Paragraph spaceAfter={0}>
        Eine Aufzeichnung ist{' '}
        <InlineLink href="https://example.org/aufzeichnung" context="Aufzeichnung der Debatte">
          hier
        </InlineLink>{' '}
        zu finden.
      </Paragraph>
    </Block>
  );
}

const meta = { title: 'Layout/ScreenReaderText', component: HiddenContext } satisfies Meta<typeof HiddenContext>;

export default meta;
type Story = StoryObj<typeof meta>;

export const InALink: Story = {};
