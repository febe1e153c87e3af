import type { AstroIntegration } from 'astro';
import { buildCacheUsage } from '../data/build-cache.ts';

/**
 * Says at the end of a build what it took from the last build and what it worked out afresh
 * (chapters compiled, citations formatted, pages indexed): why a build took the time it took.
 */
export function buildCacheReport(): AstroIntegration {
  return {
    name: 'thesis-build-cache',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const usage = buildCacheUsage();
        if (usage.length) logger.info(usage.join('; '));
      },
    },
  };
}
