// A revision as an author makes one, for the benchmark (npm run bench -- --revision) and the build
// test: a sentence more at the end of the first paragraph of the Konklusion chapter (or another) in each
// language the project has, in our layout (content/<lang>/) or Starlight's (src/content/docs/<lang>/).
// Each revision's sentence is new, so that no cache holds its work from an earlier one.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The chapter files a revision touches: one per language folder, the named chapter where there is one. */
function chapterFiles(dir, chapter) {
  const roots = [join(dir, 'content'), join(dir, 'src', 'content', 'docs')].filter(existsSync);
  return roots.flatMap((root) =>
    readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && /^[a-z]{2}(-[A-Z]{2})?$/.test(entry.name))
      .map((lang) => {
        const files = readdirSync(join(root, lang.name)).filter((f) => /\.mdx?$/.test(f)).sort();
        const file = files.find((f) => f.startsWith(chapter)) ?? files[0];
        return file && join(root, lang.name, file);
      })
      .filter(Boolean),
  );
}

let revisions = 0;

/** Revises the project in `dir` (Konklusion, or the chapter named); returns what undoes it. */
export function reviseContent(dir, chapter = 'konklusion') {
  const sentence = ` Revision ${process.pid}-${++revisions}.`;
  const originals = chapterFiles(dir, chapter).map((file) => [file, readFileSync(file, 'utf8')]);
  if (!originals.length) throw new Error(`revision: no chapter found under ${dir}/content or ${dir}/src/content/docs`);
  for (const [file, text] of originals) {
    const body = text.indexOf('\n---', 3) + 4;
    const paragraph = /^(?!import |export )\p{L}.*$/mu.exec(text.slice(body));
    if (!paragraph) throw new Error(`revision: no paragraph in ${file}`);
    const end = body + paragraph.index + paragraph[0].length;
    writeFileSync(file, `${text.slice(0, end)}${sentence}${text.slice(end)}`);
  }
  return () => {
    for (const [file, text] of originals) writeFileSync(file, text);
  };
}
