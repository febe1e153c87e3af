// Serves the built site (dist/) locally: `npm start` builds first, `npm run preview` does not.
import { builtSiteDir, serveDist } from './serve-dist.mjs';

const port = Number(process.env.PORT ?? 4321);
const base = process.env.BASE_PATH ?? '/';
const { url } = await serveDist({ base, port });
console.log(`Serving ${builtSiteDir}/ at ${url}  (Ctrl+C stops)`);
