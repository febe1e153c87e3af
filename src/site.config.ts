/**
 * Facts about the publication, in one place. Leave a fact empty when it is not known:
 * pages leave it out rather than guess.
 */
export const site = {
  /**
   * A working title drawn from the problem formulation: the thesis has no title page. Pages show it
   * as a working title; the English follows the glossary's terms.
   */
  title: {
    da: 'Borgerinddragelse i virksomhedsrettede indsatser for aktivitetsparate borgere',
    en: 'Citizen participation in employer-based interventions for activity-ready citizens',
  },
  /** The text calls itself a "speciale"; the degree and field of study are not stated. */
  subtitle: {
    da: 'Speciale',
    en: "Master's thesis",
  },
  /**
   * Authors' names do not appear in the extracted text. Write each as "Given Family", or as
   * "Family, Given" when the family name is not the last word (citations need to know).
   */
  authors: [] as string[],
  institution: '',
  /** The latest sources cited are from 2023; the submission year is not stated in the text. */
  year: '',
  /**
   * Licence the thesis is published under, e.g. { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }.
   * The thesis states none, so none is shown.
   */
  licence: { name: '', url: '' },
  /** Canonical origin, set by CI (SITE_URL) for the deployed site. */
  url: process.env.SITE_URL ?? '',
  /** Sub-path the site is served under, e.g. "/speciale" for a GitHub Pages project site. */
  base: process.env.BASE_PATH ?? '/',
  /** The tagged version this build is (set by `npm run build:versions`); citations name it. */
  version: process.env.SITE_VERSION ? { tag: process.env.SITE_VERSION, date: process.env.SITE_VERSION_DATE ?? '' } : undefined,
} as const;
