/** `npm run serve [dir] [--port N]`: serves the production build as a plain static host would. */
import { startStaticServer } from './static-server';

const args = process.argv.slice(2);
const portFlag = args.indexOf('--port');
const port = portFlag >= 0 ? Number(args[portFlag + 1]) : Number(process.env.PORT ?? 4173);
const root = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--port') ?? 'dist';

const server = await startStaticServer(root, port);
console.log(`Talkshelf: serving ${root} at ${server.url}/`);
