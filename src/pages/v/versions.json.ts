import { versionsManifest } from '../../versions/manifest.ts';

export const GET = () => new Response(JSON.stringify(versionsManifest(process.cwd()), null, 2));
