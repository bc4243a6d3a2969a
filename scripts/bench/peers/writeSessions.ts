// Writes one benchmark session per note count into a data folder and prints their ids as JSON
// ({ "2000": "session:…", … }), for the peer harness's Roundtable adapter (roundtable.mjs).
// Usage: npx tsx scripts/bench/peers/writeSessions.ts <dataDir> 2000,5000,10000
import { writeSessionOfSize } from '../board/sessionOfSize';

const [dataDir, sizes] = process.argv.slice(2);
if (!dataDir || !sizes) throw new Error('Usage: writeSessions.ts <dataDir> <sizes, e.g. 2000,5000,10000>');
const ids: Record<string, string> = {};
for (const n of sizes.split(',').map(Number)) ids[n] = await writeSessionOfSize(dataDir, n);
console.log(JSON.stringify(ids));
