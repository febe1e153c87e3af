import { z } from 'astro/zod';
import { localized } from './localized.ts';
import { settings } from './informant.ts';
import { langs } from '../i18n/languages.ts';

export const turnSchema = z
  .object({
    speaker: z.string().describe('Informant id of who speaks this turn'),
    intro: localized.optional().describe("The authors' words between turns, e.g. “Hvorpå frontlinjemedarbejderen svarer:”"),
    lang: z.enum(langs).optional().describe('Language spoken, when not Danish'),
    text: localized.describe('What was said, with [...], … and [stage directions] as printed'),
  })
  .strict();

/** How the analysis relates a quote to a participation form. */
export const relations = ['supports', 'hinders'] as const;
export type Relation = (typeof relations)[number];

export const codingSchema = z
  .object(
    {
      form: z.string().describe('Id of the participation form (a file in content/forms/da/)'),
      relation: z
        .enum(relations, { error: "write 'supports' (the analysis shows the form) or 'hinders' (the analysis says the form was hindered, challenged or negatively affected)" })
        .describe('supports: the analysis shows the form; hinders: it says the form was hindered, challenged, negatively affected or absent'),
      basis: z.string({ error: 'quote the analysis sentence that names the form for this quote' }).min(1).describe('The analysis sentence that names the form for this quote, verbatim'),
    },
    { error: 'write each coding as { form: …, relation: supports | hinders, basis: "…" }' },
  )
  .strict();
export type Coding = z.infer<typeof codingSchema>;

export const quoteSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens').describe('Stable id; the anchor of the card'),
    setting: z.enum(settings),
    attribution: z.string().min(1).describe('The attribution exactly as the thesis prints it'),
    question: localized
      .optional()
      .describe('What the informant was asked, as the thesis reports it just before the quote: the words after “spurgte (hende)”, “Adspurgt”, verbatim'),
    forms: z.array(codingSchema).default([]).describe('The participation forms the analysis names for this quote, each with its relation and basis'),
    note: localized.optional().describe('Editorial note: an observation note, or an inconsistency in the source'),
    turns: z.array(turnSchema).min(1),
  })
  .strict();

export type Quote = z.infer<typeof quoteSchema>;
export type Turn = z.infer<typeof turnSchema>;
