import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from '../data/content-error.ts';
import type { Lang } from '../i18n/ui.ts';
import { chapterSource, type ChapterSource } from './blocks.ts';
import { chapterChange, type ChapterChange } from './changes.ts';
import { contentCommitsSince, fileAt, filesAt, taggedVersions, type ContentCommit, type Version } from './git.ts';

export interface VersionHistory {
  /** Tagged versions, newest first. */
  versions: Version[];
  /** Commits that changed content/ since the newest version, newest first. */
  unreleased: ContentCommit[];
}

const chapterFiles = (names: string[]) => names.filter((name) => name.endsWith('.mdx')).map((name) => name.replace(/\.mdx$/, ''));

/**
 * The versions of the thesis in the repository at `root`. A version built from its tag (the
 * build sets SITE_VERSION) has no history of its own: the latest site's versions pages hold it.
 */
export function versionHistory(root: string): VersionHistory {
  if (process.env.SITE_VERSION) return { versions: [], unreleased: [] };
  // Every chapter page asks: git is asked once per build; `astro dev` asks it per page, so that a new tag shows at once.
  if (!import.meta.env.PROD) return readHistory(root);
  let history = histories.get(root);
  if (!history) histories.set(root, (history = readHistory(root)));
  return history;
}

const histories = new Map<string, VersionHistory>();

function readHistory(root: string): VersionHistory {
  const versions = taggedVersions(root);
  const unfit = versions.find(({ tag }) => !/^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(tag));
  if (unfit) {
    throw new ContentError(
      { file: `git tag ${unfit.tag}` },
      `the version tag '${unfit.tag}' cannot be part of the version's address (/v/${unfit.tag}/)`,
      `Name a version with letters, digits, "-" and "." only: git tag -d '${unfit.tag}', then git tag -a <name> -m "<description>" on the same commit.`,
    );
  }
  // Changes are told against a version: before the first one, the history is that of the edition's
  // making, not of the thesis's text.
  return { versions, unreleased: versions.length ? contentCommitsSince(root, versions[0].tag) : [] };
}

async function sources(read: (slug: string) => string, slugs: string[], lang: Lang) {
  const entries = await Promise.all(slugs.map(async (slug) => [slug, await chapterSource(read(slug), lang, slug)] as const));
  return new Map<string, ChapterSource>(entries);
}

/**
 * What changed in an edition's chapters between a tag and the text being built, in thesis order
 * (removed chapters where they stood). Reads the tagged text with git only: no build of the tag.
 */
export function changesSince(root: string, tag: string, lang: Lang): Promise<ChapterChange[]> {
  const key = `${root}\0${tag}\0${lang}`;
  if (!computed.has(key)) computed.set(key, compare(root, tag, lang));
  return computed.get(key)!;
}

const computed = new Map<string, Promise<ChapterChange[]>>();

async function compare(root: string, tag: string, lang: Lang): Promise<ChapterChange[]> {
  const dir = `content/${lang}`;
  const before = await sources((slug) => fileAt(root, tag, `${dir}/${slug}.mdx`), chapterFiles(filesAt(root, tag, dir)), lang);
  const after = await sources((slug) => readFileSync(join(root, dir, `${slug}.mdx`), 'utf8'), chapterFiles(readdirSync(join(root, dir))), lang);
  const slugs = [...new Set([...after.keys(), ...before.keys()])];
  return slugs.map((slug) => chapterChange(slug, before.get(slug), after.get(slug))).sort((a, b) => a.order - b.order);
}
