import { shorten, titleOf } from '../document';
import { allowlistHint, excused } from '../exceptions';
import { defineRule } from '../rule';

/** At most this share of a subject's cased letters may be capitals (jsx-email canispam's limit). */
const MAX_CAPITALS = 0.7;
/** Below this many cased letters the share says nothing ("OZG-Bilanz" is 40 % capitals). */
const MIN_CASED_LETTERS = 10;

/**
 * Urgency and giveaway words, English and German, as whole words (German adjectives with their
 * endings: "dringende", "kostenlosen"). English from jsx-email canispam's urgency pattern,
 * SpamAssassin's URG_BIZ, ACT_NOW_CAPS and __FRAUD_VQE and Gmail's examples of deceptive sender
 * names ("URGENT REQUEST", "Last Chance"); German equivalents added, since those lists are English
 * only. Words that ordinary newsletters use ("ab sofort", "Deadline", "Frist", "free") are left out.
 */
const urgencyPhrases = [
  'urgent(?:ly)?',
  'act now',
  'action required',
  'immediate action',
  'respond immediately',
  'limited time',
  'last chance',
  'final notice',
  'expires today',
  'for free',
  '100 ?% free',
  'risk-free',
  'verify your account',
  'account suspended',
  'dringend(?:e[mnrs]?)?',
  'eilt',
  'jetzt handeln',
  'handeln sie jetzt',
  'sofort handeln',
  'nur (?:noch )?heute',
  'letzte chance',
  'läuft heute ab',
  'kostenlos(?:e[mnrs]?)?',
  'gratis',
  'umsonst',
  'konto gesperrt',
  'konto bestätigen',
];
// Each phrase between non-letters: one pass over the subject, no nested repetition (linear time).
const urgency = new RegExp(`(?<![\\p{L}\\p{N}])(?:${urgencyPhrases.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
/**
 * A subject line is at most 998 characters (RFC 5322 §2.1.1) and inboxes show far fewer; a longer
 * `<title>` is judged on its start, so that the rule's work stays bounded.
 */
const MAX_SUBJECT = 998;
/** Reply and forward prefixes, which say nothing about the subject itself (SpamAssassin strips them too). */
const replyPrefix = /^(?:(?:re|fwd?|aw|wg|antwort):\s*)+/i;

export interface SubjectShouting {
  /** Share of capitals among the cased letters, when that says something. */
  capitals?: number;
  /** Consecutive words in capitals, e.g. "JETZT ANMELDEN". */
  capitalWords?: string;
  phrase?: string;
  /** The piled-up punctuation, as shown in the message: `"!!"` or `3 × "!"`. */
  punctuation?: string;
}

/** A run of this many capital letters in two or more consecutive all-capital words shouts, whatever the rest. */
const MIN_CAPITAL_RUN = 10;

/** The first run of consecutive all-capital words ("JETZT ANMELDEN") with enough letters to shout; acronyms ("OZG", "ITDZ, KDO") stay below it. */
function capitalRun(text: string): string | undefined {
  let run: string[] = [];
  let letters = 0;
  const flush = (): string | undefined => {
    if (run.length < 2 || letters < MIN_CAPITAL_RUN) return undefined;
    const words = run.join(' ');
    let end = words.length;
    while (end > 0 && !/[\p{L}\p{N}]/u.test(words[end - 1]!)) end--; // "ANMELDEN:" → "ANMELDEN"
    return words.slice(0, end);
  };
  for (const word of text.split(/\s+/)) {
    let cased = 0;
    let lower = false;
    for (const char of word) {
      if (char.toLowerCase() === char.toUpperCase()) continue;
      cased++;
      if (char !== char.toUpperCase()) lower = true;
    }
    if (cased >= 2 && !lower) {
      run.push(word);
      letters += cased;
      continue;
    }
    const found = flush();
    if (found) return found;
    run = [];
    letters = 0;
  }
  return flush();
}

/** Why a subject line shouts, if it does: mostly capitals, an urgency word, piled-up "!" and "?". */
export function shoutingOf(subject: string): SubjectShouting | undefined {
  const text = subject.replace(replyPrefix, '');
  const result: SubjectShouting = {};
  let cased = 0;
  let upper = 0;
  for (const char of text) {
    const lower = char.toLowerCase();
    const capital = char.toUpperCase();
    if (lower === capital) continue; // digits, punctuation, letters without case (ß counts as lower case)
    cased++;
    if (char === capital) upper++;
  }
  if (cased >= MIN_CASED_LETTERS && /\s/.test(text.trim()) && upper / cased > MAX_CAPITALS) result.capitals = upper / cased;
  else {
    const run = capitalRun(text);
    if (run) result.capitalWords = run;
  }
  const phrase = urgency.exec(text)?.[0];
  if (phrase) result.phrase = phrase;
  let exclamations = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '!') exclamations++;
    const next = text[i + 1];
    if (result.punctuation === undefined && (char === '!' || char === '?') && (next === '!' || next === '?') && (char === '!' || next === '!')) {
      result.punctuation = `"${char}${next}"`;
    }
  }
  if (result.punctuation === undefined && exclamations >= 3) result.punctuation = `${exclamations} × "!"`;
  return Object.keys(result).length > 0 ? result : undefined;
}

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export const subjectShouting = defineRule({
  id: 'subject-shouting',
  severity: 'warning',
  description:
    'The subject line — `CheckOptions.subject`, else the `<title>` (newsletter-kit writes the issue title there; the issue\'s `subject` defaults to it, and the CLI passes `subject` when the data sets one) — does not shout: at most 70 % of its cased letters are capitals (from 10 cased letters and two words; "Re:"/"AW:" prefixes ignored), no urgency or giveaway word ("urgent", "act now", "last chance", "for free"; "dringend", "jetzt handeln", "letzte Chance", "kostenlos", "gratis", …; the list is in the rule\'s file), no "!!", "?!" or three "!". Intended ones: an allowlist entry `{ rule: \'subject-shouting\', matching: /^Kostenlos/, reason }` (matched against the subject).',
  clients: 'Spam filters score capitals and urgency words in the subject; Gmail names them as deceptive; readers skip them. A warning: the email itself is fine.',
  source:
    'SpamAssassin SUBJ_ALL_CAPS (20_head_tests.cf), URG_BIZ, ACT_NOW_CAPS; jsx-email canispam subject-all-caps, subject-urgency, subject-punctuation; Gmail sender guidelines (2025: no all caps, "URGENT REQUEST", "Last Chance" in sender names; subject lines must not mislead)',
  check(doc, { options, report }) {
    const fromOption = options.subject !== undefined;
    const subject = (options.subject ?? titleOf(doc)).slice(0, MAX_SUBJECT * 2).replace(/\s+/g, ' ').trim().slice(0, MAX_SUBJECT);
    if (!subject) return [];
    const shouting = shoutingOf(subject);
    if (!shouting || excused(options, 'subject-shouting', subject)) return [];
    const reasons = [
      shouting.capitals === undefined ? undefined : `${Math.round(shouting.capitals * 100)} % of its letters are capitals (at most ${MAX_CAPITALS * 100} %)`,
      shouting.capitalWords === undefined ? undefined : `"${shouting.capitalWords}" is written in capitals`,
      shouting.phrase === undefined ? undefined : `"${shouting.phrase}" is what spam says`,
      shouting.punctuation === undefined ? undefined : `${shouting.punctuation} piles up punctuation`,
    ].filter(Boolean);
    const source = fromOption ? 'subject' : 'subject (the <title>)';
    return [
      report(
        `${source} "${shorten(subject, 100)}" shouts: ${reasons.join('; ')}. Say plainly what the issue holds, in sentence case. ${allowlistHint('subject-shouting', `/^${escapeForPattern(shorten(subject, 24).replace(/…$/, ''))}/`)}`,
      ),
    ];
  },
});
