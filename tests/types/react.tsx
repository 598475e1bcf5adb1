// feelback/react: the provider's props and the hooks' options (JSX through React's createElement).
/** @jsx createElement */
import { FeelbackProvider, FeelbackStep, useFeelback, useFeelbackStep } from 'feelback/react';
import { createElement } from 'react';

export function Checkout() {
  useFeelbackStep('checkout');
  useFeelbackStep('checkout', { closeOnLeave: true, context: { question: 'How was checkout?' } });
  const fb = useFeelback();
  fb?.close('checkout');
  // @ts-expect-error an option that does not exist
  useFeelbackStep('checkout', { closeOnLeaving: true });
  // @ts-expect-error a step name is text
  useFeelbackStep(1);
  return <FeelbackStep step="checkout" closeOnLeave />;
}

export const app = (
  <FeelbackProvider config={{ endpoint: '/answers', site: 'acme-shop' }}>
    <Checkout />
  </FeelbackProvider>
);

// @ts-expect-error the provider needs a config
export const noConfig = <FeelbackProvider />;
// @ts-expect-error a config with a misspelt option
export const misspelt = <FeelbackProvider config={{ endpoint: '/answers', site: 's', debgu: true }} />;
