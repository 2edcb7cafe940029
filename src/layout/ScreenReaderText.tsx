import { skippedInText } from '../base/markup';
import { usePaint, type ColorRole } from './css';

/**
 * Words that screen readers read as part of a link while sighted readers see only its short
 * text ("Mehr…", "hier"). Content rather than `aria-label`, because GMX, WEB.DE, Yahoo and
 * Thunderbird strip `aria-label`; `font-size: 0` hides it in every client that keeps inline
 * styles (`mso-hide` in Outlook for Windows), and where a client drops those styles the words
 * show, which still reads well: "Mehr… (ITDZ: IT für die Impfzentren der Hauptstadt)".
 * The plain-text part skips it; its links carry their URLs.
 */
export function ScreenReaderText({ children, tone }: { children: string; tone: ColorRole }) {
  const hidden = usePaint()({ fg: tone }, { fontSize: 0, lineHeight: 0, msoHide: 'all' });
  return (
    <span {...hidden} {...skippedInText}>
      {` (${children})`}
    </span>
  );
}
