// Runs dist/server.js in several processes behind one port with node:cluster, as a process
// manager's cluster mode does (pm2 -i 2): `node bench/cluster-primary.mjs 2`, with the server's
// variables in the environment. PORT=0 gives all workers the same free port.
import cluster from 'node:cluster';
import { fileURLToPath } from 'node:url';

const processes = Number(process.argv[2] ?? 2);
cluster.setupPrimary({ exec: fileURLToPath(new URL('../dist/server.js', import.meta.url)) });
let listening = 0;
cluster.on('listening', (_worker, address) => {
  listening += 1;
  if (listening === processes) console.log(`cluster of ${processes} processes listening on http://127.0.0.1:${address.port}`);
});
let stopping = false;
cluster.on('exit', (worker, code) => {
  if (!stopping) console.error(`worker ${worker.process.pid} exited with ${code}`);
  if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(stopping ? 0 : 1);
});
process.once('SIGTERM', () => {
  stopping = true;
  for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
});
for (let i = 0; i < processes; i++) cluster.fork();
