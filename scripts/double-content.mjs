// A copy of the project with twice the thesis: every chapter of both editions once more (its own
// slug, title and place after the last chapter), with its quote cards as new quotes of their own.
// The informant and form descriptions stay where they are: each is placed once. For the benchmark's
// "doubling the content at most doubles the build" (npm run bench -- --double).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from './copy-project.mjs';

const copyId = (id) => `${id}-2`;

/** Writes the doubled copy of the project at `from` into `to` (replaced), sharing its packages. */
export function doubleContent(from, to) {
  copyProject(from, to);
  let chapters = 0;
  for (const lang of ['da', 'en']) {
    const dir = join(to, 'content', lang);
    const originals = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
    const last = Math.max(...originals.map((f) => Number(readFileSync(join(dir, f), 'utf8').match(/^order: (\d+)/m)?.[1] ?? 0)));
    for (const file of originals) {
      const text = readFileSync(join(dir, file), 'utf8')
        .replace(/^order: (\d+)/m, (_, n) => `order: ${Number(n) + last}`)
        .replace(/^(title|short): "(.*)"$/gm, (_, key, title) => `${key}: "${title} (2)"`)
        .replace(/<Quote id="([^"]+)"/g, (_, id) => `<Quote id="${copyId(id)}"`)
        .replace(/^<(Informant|ParticipationForm) id="[^"]+" \/>$/gm, '');
      writeFileSync(join(dir, copyId(file.replace(/\.mdx$/, '')) + '.mdx'), text);
      chapters++;
    }
  }
  const quotes = join(to, 'content', 'quotes');
  for (const file of readdirSync(quotes)) {
    const text = readFileSync(join(quotes, file), 'utf8').replace(/^- id: (\S+)$/gm, (_, id) => `- id: ${copyId(id)}`);
    writeFileSync(join(quotes, copyId(file.replace(/\.yaml$/, '')) + '.yaml'), text);
  }
  return chapters;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const to = process.argv[2] ?? '/tmp/thesis-doubled';
  console.log(`${doubleContent('.', to)} chapters added in ${to}`);
}
