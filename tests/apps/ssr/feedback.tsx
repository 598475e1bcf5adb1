'use client';
// The client boundary of a server-rendered React app (the Next.js app router recipe): the
// provider and the step hook run in the browser; the server renders the children as they are.
import { FeelbackProvider, useFeelbackStep } from 'feelback/react';
import type { ReactNode } from 'react';

export function Feedback({ children }: { children: ReactNode }) {
  return <FeelbackProvider config={{ endpoint: '/answers', site: 'acme-shop' }}>{children}</FeelbackProvider>;
}

export function FeedbackStep({ step }: { step: string }) {
  useFeelbackStep(step);
  return null;
}
