import { z } from 'astro/zod';
import { localized } from './localized.ts';

export const settings = ['interview', 'observation'] as const;

export const informantSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/).describe('Stable id used by quotes and in URLs'),
    label: localized.describe('How the thesis names the speaker'),
    municipality: z.string().min(1).describe('Pseudonymised municipality, e.g. GS-kommune'),
    role: localized.optional().describe('Role as the Metode chapter gives it'),
    authority: z.boolean().optional().describe('Works with myndighed (authority); absent when the text does not say'),
    setting: z.enum(settings).describe('Interviewed, or taking part in the observation study'),
    interviewMode: localized.optional().describe('How the interview took place, where the text says'),
    description: localized.optional().describe('The Metodeafsnit\'s own text on the participant, verbatim'),
    note: localized.optional().describe('What the Metodeafsnit does not say about the participant; shown as the editor\'s note'),
  })
  .strict();

export type Informant = z.infer<typeof informantSchema>;
