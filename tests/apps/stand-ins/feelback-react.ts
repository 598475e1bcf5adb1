// An empty stand-in for feelback/react (see feelback.ts beside it).
import type { ReactNode } from 'react';

export const FeelbackProvider = ({ children }: { children?: ReactNode }) => children;
export const useFeelbackStep = (_step: string, _options?: object) => {};
