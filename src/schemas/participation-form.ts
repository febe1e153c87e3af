import { z } from 'astro/zod';

export const participationFormSchema = z
  .object({
    title: z.string().min(1).describe("The form's name as the thesis spells it"),
    order: z.number().int().positive().describe('Order in which the theory chapter presents it'),
    summary: z.string().min(1).describe('One sentence describing the form, drawn from the theory chapter'),
  })
  .strict();

export type ParticipationForm = z.infer<typeof participationFormSchema>;
