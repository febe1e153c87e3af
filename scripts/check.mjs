// The bibliography report for the authors: incomplete entries, works never cited, and the
// source's own inconsistencies. Runs the project's TypeScript through Vite.
import { runnerImport } from 'vite';

const { module } = await runnerImport('./src/reports/bibliography-report.ts');
console.log(module.bibliographyReport('content').join('\n'));
