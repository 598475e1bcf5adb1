/** Types of views.js (the states the studio previews), for the TypeScript tests. */
export interface View {
  title: string;
  instrument: 'feeling' | 'effort' | 'satisfaction';
  initial: Record<string, unknown>;
  focus?: boolean;
  privacy?: boolean;
}
export declare const VIEWS: Record<string, View>;
