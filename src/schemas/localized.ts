import { z } from 'astro/zod';

/** Text per edition. Danish is the original; English may still be empty until translated. */
export const localized = z.object({ da: z.string().min(1), en: z.string().default('') }).strict();
export type Localized = z.infer<typeof localized>;
