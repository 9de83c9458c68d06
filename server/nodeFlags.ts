/**
 * The V8 flags the server runs with: `npm start` passes them (package.json) and the
 * benchmark starts every server it measures, the assistant and the echo baseline, with
 * them (a spec checks that the two lists agree).
 *
 * A young generation of 8 MB semi-spaces instead of Node's 16: once grown, the semi-spaces
 * stay committed, and they were ~15 MB of the server's RSS at rest (`npm run bench`,
 * 10,000 conversations held: 200 → 192–194 MB after a full GC, the idle server 165 → 147
 * MB). More frequent but smaller scavenges cost a few percent of CPU under full load.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8'];
