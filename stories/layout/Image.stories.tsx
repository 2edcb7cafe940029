import type { Meta, StoryObj } from '@storybook/react-vite';
import { Block, Image, Paragraph } from 'newsletter-kit';
import { german, pick } from '../support/fixtures';

const picture = pick(german.news, 0).image!;

/** An image with numeric width and height (Outlook sizes by them), in a row of its own. */
function ImageInABlock() {
  return (
    <Block paddingBottom="lg">
      <Image src={picture.src} alt={picture.alt} width={552} height={276} style={{ width: '100%', maxWidth: '552px', height: 'auto' }} />
      <Paragraph tone="muted" spaceAfter={0}>
        {picture.alt}
      </Paragraph>
    </Block>
  );
}

const meta = { title: 'Layout/Image', component: ImageInABlock } satisfies Meta<typeof ImageInABlock>;

export default meta;
type Story = StoryObj<typeof meta>;

export const FullWidth: Story = {};
