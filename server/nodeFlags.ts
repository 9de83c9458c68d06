/**
 * The V8 flags the server runs with: `npm start` passes them (package.json) and the
 * benchmark starts every server it measures, the assistant and the echo baseline, with
 * them (a spec checks that the two lists agree).
 *
 * Semi-spaces of 16 MB, said rather than left to the Node version's default. Under full
 * load the assistant's turns allocate ~1.6 MB per conversation; with 8 MB semi-spaces its
 * scavenges paused the main thread twice as often and the throughput ratio against the echo
 * bot read 0.47-0.54 in paired runs, 0.56-0.57 with 16 MB. Once grown, the young generation
 * stays committed after a plain collection (+19 MB holding 10,000 conversations): the
 * server gives it back when a burst is over (`idleCollector.ts`), so the memory budget holds.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=16'];
