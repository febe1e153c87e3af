import { versionsManifest } from '../../versions/manifest';

export const GET = () => new Response(JSON.stringify(versionsManifest(process.cwd()), null, 2));
