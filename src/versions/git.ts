import { execFileSync } from 'node:child_process';

/** A tagged version: an annotated git tag whose message is the version's description. */
export interface Version {
  tag: string;
  /** The tagged commit. */
  commit: string;
  /** When the tag was made (ISO 8601). */
  date: string;
  description: string;
}

/** A commit that changed content/ since the last version. */
export interface ContentCommit {
  commit: string;
  date: string;
  message: string;
}

const git = (cwd: string, args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * Whether the repository at `cwd` has its whole history: a checkout without git, or a shallow
 * clone (CI's default), cannot tell which commits changed content/.
 */
function hasHistory(cwd: string): boolean {
  try {
    return git(cwd, ['rev-parse', '--is-shallow-repository']).trim() === 'false';
  } catch {
    return false;
  }
}

const hasCommit = (cwd: string, commit: string) => {
  try {
    git(cwd, ['cat-file', '-e', `${commit}^{commit}`]);
    return true;
  } catch {
    return false;
  }
};

/**
 * Every annotated tag whose commit is here, newest first (a shallow clone has none, or only
 * some). Lightweight tags carry no description and are not versions.
 */
export function taggedVersions(cwd: string): Version[] {
  const format = ['%(refname:short)', '%(objecttype)', '%(*objectname)', '%(taggerdate:iso-strict)', '%(contents)'].join('%00');
  let refs: string;
  try {
    refs = git(cwd, ['for-each-ref', '--sort=-taggerdate', `--format=${format}%00%00`, 'refs/tags']);
  } catch {
    return []; // not a git checkout
  }
  return refs
    .split('\0\0\n')
    .map((record) => record.split('\0'))
    .filter(([tag, type]) => tag && type === 'tag')
    .map(([tag, , commit, date, message]) => ({ tag, commit, date, description: message.trim() }))
    .filter((version) => hasCommit(cwd, version.commit));
}

/** The commits that changed content/ after `since` (all of them when no version is tagged), newest first. */
export function contentCommitsSince(cwd: string, since: string | undefined): ContentCommit[] {
  if (!hasHistory(cwd)) return [];
  const range = since ? [`${since}..HEAD`] : ['HEAD'];
  return git(cwd, ['log', '--format=%H%x00%cI%x00%s', ...range, '--', 'content/'])
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [commit, date, message] = line.split('\0');
      return { commit, date, message };
    });
}

/** The files directly in `dir` at a tag, e.g. the chapters in content/da/; none when `dir` was not there yet. */
export function filesAt(cwd: string, ref: string, dir: string): string[] {
  try {
    return git(cwd, ['ls-tree', '--name-only', `${ref}:${dir}`]).split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

/** A file's text at a tag. */
export const fileAt = (cwd: string, ref: string, path: string) => git(cwd, ['show', `${ref}:${path}`]);
