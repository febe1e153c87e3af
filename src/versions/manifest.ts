import { langs, useTranslations, type Lang } from '../i18n/ui.ts';
import { sectionUrl, withBase } from '../routes.ts';
import { site } from '../site.config.ts';
import { dateIn } from './format.ts';
import { sentence } from '../i18n/sentence.ts';
import { versionHistory } from './history.ts';

/** What a version's banner says in one language; the script adds the link to the same page in the latest version. */
export interface BannerText {
  label: string;
  text: string;
  description: string;
  latest: string;
  changes: string;
  changesHref: string;
}

/**
 * What `npm run build:versions` needs from the latest build, in dist/v/versions.json: which
 * tags to build and, for each, its banner in every language, so that the banner's words come
 * from the UI strings even on versions whose code knows nothing of versions.
 */
export function versionsManifest(root: string) {
  const banner = (lang: Lang, tag: string, date: string, description: string): BannerText => {
    const t = useTranslations(lang);
    return {
      label: t('versions.title'),
      text: sentence(lang, 'versionBanner.text', { tag, date: dateIn(lang, date) }),
      description,
      latest: t('versionBanner.latest'),
      changes: t('versionBanner.changes'),
      changesHref: sectionUrl(lang, 'versions', tag),
    };
  };
  return {
    site: site.url,
    base: withBase(''),
    /** Paths under the base that only the latest site has: a version links there instead. */
    latestOnly: ['v/', ...langs.map((lang) => sectionUrl(lang, 'versions').slice(withBase('').length))],
    versions: versionHistory(root).versions.map(({ tag, commit, date, description }) => ({
      tag,
      commit,
      /** The tag's date (ISO), which its own build puts in its citations. */
      date,
      banner: Object.fromEntries(langs.map((lang) => [lang, banner(lang, tag, date, description)])) as Record<Lang, BannerText>,
    })),
  };
}
