/** Types of state.js (the studio's state), for the TypeScript tests: what they use of it. */
export interface StudioState {
  theme: Record<string, string>;
  dark: Record<string, string>;
  colorScheme: 'auto' | 'light' | 'dark';
  system: 'auto' | 'light' | 'dark';
  pageLook: 'light dark' | 'light';
  placement: 'bottom-right' | 'bottom-left' | 'sheet' | 'inline';
  locale: string;
  pinLocale: boolean;
  viewport: number;
  zoom: number;
  pageLight: string;
  pageDark: string;
  scriptUrl: string;
  endpoint: string;
  site: string;
  privacyUrl: string;
  step: string;
  call: 'step' | 'ask';
}
export type Keep = (token: string, value: string) => boolean;
export declare const DEFAULT_STATE: StudioState;
export declare const SLOT_SELECTOR: string;
export declare function pagesUnder(
  state: StudioState,
  scheme: 'light' | 'dark',
  defaults: { light: string; dark: string },
  keep: Keep,
): { look: 'light' | 'dark'; colour: string }[];
export declare function previewOf(state: StudioState, keep: Keep): StudioState;
