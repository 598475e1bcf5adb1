// The npm API: what type-checks, and what must not.
import { createFeelback, type Feelback, type FeelbackConfig, type FeelbackEvents } from 'feelback';

const config: FeelbackConfig = {
  endpoint: '/answers',
  site: 'acme-shop',
  steps: { checkout: { sample: 0.5, instrument: 'effort', question: { de: 'Wie war es?' } } },
  theme: { brand: '#be123c', radius: '8px' },
  strings: { de: { thanks: 'Danke!' } },
  triggers: [
    { step: 'confirmed', on: { url: '/order/*/confirmed' } },
    { step: 'help', on: { exitIntent: true } },
  ],
  etiquette: { promptsPerPage: 2 },
  delivery: { batchSize: 50, headers: { 'x-api-key': 'k' } },
  placement: { inline: '#survey' },
  page: (path) => path.replace(/\d+/g, ':id'),
};
const fb: Feelback = createFeelback(config);
createFeelback();
fb.init(config);
fb.step('checkout', { question: 'How was checkout?' });
fb.ask('checkout');
fb.close();
fb.close('checkout');
fb.consent(false);
const flushed: Promise<void> = fb.flush();
const retried: Promise<void> = fb.retryRejected();
const off: () => void = fb.on('answered', ({ id, step, rating, event, stored }) => {
  const source: string = event.source;
  const kept: boolean = stored;
  return [id, step, rating, source, kept];
});
off();
fb.on('dismissed', ({ reason }) => {
  const why: 'close' | 'escape' | 'dont-ask' | 'idle' | 'site' = reason;
  return why;
});
fb.on('error', ({ code, ids }) => [code, ids?.length]);
const shown: FeelbackEvents['shown'] = { step: 'checkout' };
fb.off('shown', () => shown);
fb.destroy();
void [flushed, retried];

// @ts-expect-error endpoint is required
createFeelback({ site: 'acme-shop' });
// @ts-expect-error a misspelt required option
createFeelback({ endpont: '/answers', site: 'acme-shop' });
// @ts-expect-error a misspelt step rule
createFeelback({ ...config, steps: { checkout: { sampel: 0.5 } } });
// @ts-expect-error a theme token that does not exist
createFeelback({ ...config, theme: { primary: '#000' } });
// @ts-expect-error a theme value that is not text
createFeelback({ ...config, theme: { brand: 1 } });
// @ts-expect-error a language the widget does not ship
createFeelback({ ...config, strings: { xx: { thanks: 'x' } } });
// @ts-expect-error a trigger condition that does not exist
createFeelback({ ...config, triggers: [{ step: 'x', on: { hover: '#buy' } }] });
// @ts-expect-error an instrument that does not exist
createFeelback({ ...config, steps: { checkout: { instrument: 'stars' } } });
// @ts-expect-error an unknown delivery option
createFeelback({ ...config, delivery: { batchsize: 10 } });
// @ts-expect-error a placement that does not exist
createFeelback({ ...config, placement: 'top' });
// @ts-expect-error init needs a config
fb.init();
// @ts-expect-error an event that does not exist
fb.on('answer', () => {});
// @ts-expect-error a payload field that does not exist
fb.on('shown', ({ rating }) => rating);
// @ts-expect-error a context field that does not exist
fb.step('checkout', { qestion: 'x' });
// @ts-expect-error a step name is text
fb.step(42);
// @ts-expect-error consent is true or false
fb.consent('yes');
// @ts-expect-error the widget's internals (its environment) are not part of the API
createFeelback(config, () => undefined);
