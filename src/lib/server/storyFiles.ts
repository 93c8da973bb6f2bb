/**
 * Where the story's own start-up is built from and to: read by its build (`storyStart` in
 * vite.config.ts) and by the prerender that links it (./storyStart.ts). No imports, so that the
 * Vite config can load it.
 */

/** The start-up's module, relative to the project, as the build's manifest names it. */
export const STORY_START_MODULE = 'src/lib/story/start.svelte.ts';

/** Where Kit's client build writes (its `outDir` is `.svelte-kit`), and the story's beside it. */
export const CLIENT_OUT = '.svelte-kit/output/client';

/** The story build's manifest, in CLIENT_OUT. */
export const STORY_MANIFEST = '.vite/story-manifest.json';
