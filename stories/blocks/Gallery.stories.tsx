import type { Meta, StoryObj } from '@storybook/react-vite';
import { Fragment } from 'react';
import { blockExamples } from '../support/blockExamples';

/** Blocks that reach the column's edges: one at the top and one at the bottom of the gallery. */
const masthead = blockExamples.find((e) => e.block.definition.layout === 'band' && e.block.displayName === 'Masthead');
const footer = blockExamples.find((e) => e.block.definition.layout === 'band' && e.block.displayName === 'LegalFooter');
const between = blockExamples.filter((e) => e.block.definition.layout !== 'band');
const labels = blockExamples.map((e) => e.label);

interface GalleryProps {
  /** One example ("NewsItem (left)"); every block when left out. */
  example?: string;
}

/**
 * The examples of every block, each read from its folder's `examples.tsx` with the block's own
 * definition: a block added with its folder shows here without a story of its own.
 */
function BlockGallery({ example }: GalleryProps) {
  if (example !== undefined) {
    const one = blockExamples.find((e) => e.label === example);
    if (!one) throw new Error(`Block gallery: no example "${example}"; known: ${labels.join(', ')}`);
    return one.element();
  }
  return (
    <>
      {masthead?.element()}
      {between.map((e) => (
        <Fragment key={e.label}>{e.element()}</Fragment>
      ))}
      {footer?.element()}
    </>
  );
}

const meta = {
  title: 'Blocks/Gallery',
  component: BlockGallery,
  argTypes: { example: { control: 'select', options: labels } },
} satisfies Meta<typeof BlockGallery>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every block's examples in one email, in the toolbar's locale and theme. */
export const EveryBlock: Story = {};

/** One example, picked in Controls. */
export const OneBlock: Story = {
  args: { example: labels[0] },
};

/** Every block in English. */
export const EveryBlockEnglish: Story = {
  globals: { emailLocale: 'en' },
};

/** Every block at 320 px (the scheme toolbar shows it dark). */
export const EveryBlockNarrow: Story = {
  name: 'Every block, 320 px',
  globals: { emailWidth: '320px' },
};
