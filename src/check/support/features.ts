import { caniemailData, type FeatureData } from './data';

/**
 * caniemail's data indexed once per process. caniemail 2.0.2 itself rebuilds its title lists
 * and re-reads the support of every feature for every occurrence; here each (feature, client)
 * verdict is computed once and kept.
 */
const byTitle = new Map<string, FeatureData>();
const titlesByCategory = new Map<string, string[]>();
for (const feature of caniemailData.data) {
  byTitle.set(feature.title, feature);
  const titles = titlesByCategory.get(feature.category) ?? [];
  titles.push(feature.title);
  titlesByCategory.set(feature.category, titles);
}

/** Feature titles of one caniemail category (`css`, `html`, `image`, `others`), in data order. */
export function featureTitles(category: string): readonly string[] {
  return [...new Set(titlesByCategory.get(category) ?? [])];
}

export function hasFeature(title: string): boolean {
  return byTitle.has(title);
}

/** `none`: the client's latest tested version does not support the feature; `unknown`: no data for that client. */
export type Support = 'full' | 'partial' | 'none' | 'unknown';

/** caniemail's reading of a client's stats: the last version in string order decides; `y…` full, `n…` none, else partial. */
function latestSupport(versions: Readonly<Record<string, string>>): Support {
  const keys = Object.keys(versions).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const latest = keys[keys.length - 1];
  const status = latest === undefined ? undefined : versions[latest];
  if (status === undefined) return 'unknown';
  if (status.startsWith('y')) return 'full';
  if (status.startsWith('n')) return 'none';
  return 'partial';
}

const supportCache = new Map<string, Support>();

export function supportOf(title: string, client: string): Support {
  const key = `${title}\u0000${client}`;
  const cached = supportCache.get(key);
  if (cached !== undefined) return cached;
  const feature = byTitle.get(title);
  const dot = client.indexOf('.');
  const versions = feature && dot > 0 ? feature.stats[client.slice(0, dot)]?.[client.slice(dot + 1)] : undefined;
  const support = versions === undefined || typeof versions !== 'object' ? 'unknown' : latestSupport(versions);
  supportCache.set(key, support);
  return support;
}
