// Run by embedder.test.ts in a child process with every host name lookup refused
// (tests/electron/noNetwork.mjs) and fetch removed: loads the model and embeds three notes.
import { createEmbedder, EMBEDDING_DIMENSIONS } from '../../../electron/themes/embedder';

globalThis.fetch = () => Promise.reject(new Error('fetch is disabled for this test'));
const embedder = await createEmbedder();
const [staff, staffing, parking] = await embedder.embed([
  'Not enough staff',
  'Staffing shortages on nights',
  'Car park charges',
]);
const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, x, k) => sum + x * b[k], 0);
console.log(
  JSON.stringify({
    dimensions: staff.length === EMBEDDING_DIMENSIONS,
    length: Math.hypot(...staff),
    alike: dot(staff, staffing),
    unlike: dot(staff, parking),
    modelBytes: embedder.modelBytes,
  }),
);
