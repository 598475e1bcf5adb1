// An empty stand-in for feelback/vue (see feelback.ts beside it).
export const feelback = (_config: object) => ({ install: () => {} });
export const useFeelbackStep = (_step: string, _options?: object) => {};
