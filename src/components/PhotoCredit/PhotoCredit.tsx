import * as z from 'zod';
import { nonEmpty } from '../../base/fields';
import { defineBlock } from '../../define/defineBlock';

import { record } from '../../base/values';
import { useTypography } from '../../layout/Block';
import { usePaint } from '../../layout/css';
import { useNewsletter } from '../../context';
import { useSides } from '../../layout/direction';

export const photoCreditSchema = record({
  /** Who holds the rights, e.g. "SenGPG/Nils Bornemann". Shown as "Foto: …" / "Photo: …". */
  credit: nonEmpty,
}, 'an object { credit }');

export type PhotoCreditProps = z.input<typeof photoCreditSchema>;

/** The credit line under an image, in the locale's words. */
export const PhotoCredit = defineBlock({ name: 'PhotoCredit', schema: photoCreditSchema, layout: 'part', render: PhotoCreditLine });

/** `PhotoCredit` for a credit already parsed (a news item's image). */
export const ParsedPhotoCredit = PhotoCredit.Parsed;

function PhotoCreditLine({ credit }: z.output<typeof photoCreditSchema>) {
  const { theme, labels } = useNewsletter();
  const paint = usePaint();
  const { isolate } = useSides();
  const p = paint({ fg: 'muted' }, { ...useTypography('small'), margin: `${theme.space.xs}px 0 0` });
  return (
    <p {...p}>
      {labels.photo}: {isolate(credit)}
    </p>
  );
}
