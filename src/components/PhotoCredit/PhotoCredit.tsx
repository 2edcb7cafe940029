import { paint, typography } from '../../layout/css';
import { useNewsletter } from '../../base/context';

export interface PhotoCreditProps {
  /** Who holds the rights, e.g. "SenGPG/Nils Bornemann". Shown as "Foto: …" / "Photo: …". */
  credit: string;
}

/** The credit line under an image, in the locale's words. */
export function PhotoCredit({ credit }: PhotoCreditProps) {
  const { theme, labels } = useNewsletter();
  const p = paint(theme, { fg: 'muted' }, { ...typography(theme, 'small'), margin: `${theme.space.xs}px 0 0` });
  return (
    <p {...p}>
      {labels.photo}: {credit}
    </p>
  );
}
