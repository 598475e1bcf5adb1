/** Types of snippet.js (what the studio exports), for the TypeScript tests. */
import type { Keep, StudioState } from './state.js';

export type SiteDefaults = { scriptUrl: string; endpoint: string; site: string };
export declare function configFor(state: StudioState, site: SiteDefaults, keep?: Keep): Record<string, unknown>;
export declare function snippetFor(state: StudioState, site: SiteDefaults, keep?: Keep): string;
export declare function npmFor(state: StudioState, site: SiteDefaults, keep?: Keep): string;
export declare function snippetIntro(state: StudioState): string;
