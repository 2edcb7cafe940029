import caniemailJson from 'caniemail/caniemail.json' with { type: 'json' };

/** One feature of caniemail's data: per client family and platform, the support per tested version. */
export interface FeatureData {
  readonly title: string;
  readonly category: string;
  readonly stats: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, string>>>>>>;
}

interface CaniemailData {
  readonly last_update_date: string;
  readonly nicenames: { readonly family: Readonly<Record<string, string>>; readonly platform: Readonly<Record<string, string>> };
  readonly data: readonly FeatureData[];
}

/**
 * caniemail's data, imported as JSON so that bundlers inline it: the check reads no file at run
 * time (caniemail's own entry loads it with `createRequire`, which a single-file bundle cannot).
 */
export const caniemailData = caniemailJson as unknown as CaniemailData;
