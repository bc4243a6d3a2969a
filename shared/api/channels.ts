// The Electron IPC channels, defined once for main and preload. This file imports nothing, so
// the preload (which bundles what it imports) stays a few hundred bytes of glue.
export const IPC_CHANNELS = {
  call: 'roundtable:call',
  event: 'roundtable:event',
  /** Asked once, synchronously, by the preload: the API's method names, from main's one definition. */
  methods: 'roundtable:methods',
} as const;
