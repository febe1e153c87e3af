import { z } from 'astro/zod';
import { knownList } from '../data/content-error.ts';

/** The item types of CSL 1.0.2 (https://docs.citationstyles.org/en/stable/specification.html#appendix-iii-types). */
export const cslItemTypes = [
  'article', 'article-journal', 'article-magazine', 'article-newspaper', 'bill', 'book', 'broadcast', 'chapter',
  'classic', 'collection', 'dataset', 'document', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'event',
  'figure', 'graphic', 'hearing', 'interview', 'legal_case', 'legislation', 'manuscript', 'map', 'motion_picture',
  'musical_score', 'pamphlet', 'paper-conference', 'patent', 'performance', 'periodical', 'personal_communication',
  'post', 'post-weblog', 'regulation', 'report', 'review', 'review-book', 'software', 'song', 'speech', 'standard',
  'thesis', 'treaty', 'webpage',
] as const;

/** A CSL item type; an unknown one would be rendered as a generic work without a word. */
export const cslItemType = z.string().superRefine((type, ctx) => {
  if ((cslItemTypes as readonly string[]).includes(type)) return;
  ctx.addIssue({
    code: 'custom',
    message: `'${type}' is not a CSL item type`,
    params: { fix: `Use a CSL type, e.g. ${knownList(type, cslItemTypes).split(', ').slice(0, 5).join(', ')}; all of them are listed in docs/authoring.md#references.` },
  });
});

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * One CSL date: [year], [year, month] or [year, month, day], as numbers (citeproc also reads
 * numeric strings). "2020x" or month 13 would otherwise print as given or as nothing.
 */
export const cslDateParts = z.array(z.union([z.number(), z.string()])).superRefine((parts, ctx) => {
  const numbers = parts.map(Number);
  const fail = (message: string, fix: string, index: number) => ctx.addIssue({ code: 'custom', message, path: [index], params: { fix } });
  const wrong = numbers.findIndex((n) => !Number.isInteger(n));
  if (parts.length < 1 || parts.length > 3) return fail(`a date has a year, a month and a day at most, not ${parts.length} parts`, 'Write the date as [year], [year, month] or [year, month, day], e.g. [[2021, 12, 14]].', 0);
  if (wrong >= 0) return fail(`'${parts[wrong]}' is not a whole number`, `Write ${['the year', 'the month', 'the day'][wrong]} in digits only, e.g. ${[2020, 12, 14][wrong]}; a letter the thesis prints after the year (2022b) goes in the citation key.`, wrong);
  const [year, month, day] = numbers;
  if (month !== undefined && (month < 1 || month > 12)) return fail(`month ${month} does not exist`, 'Give the month as 1 to 12 (the second number), or leave it out.', 1);
  if (day !== undefined && (day < 1 || day > daysIn(year, month))) return fail(`day ${day} does not exist in ${year}-${String(month).padStart(2, '0')}`, `Give a day from 1 to ${daysIn(year, month)} (the third number), or leave it out.`, 2);
});
