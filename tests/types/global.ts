// A script-tag site written in TypeScript: `window.feelback(...)` is checked like the npm API.
import type {} from 'feelback/global';

// The README's one-line stub, as sites paste it.
// biome-ignore format: kept on one line, as in the README
// biome-ignore lint: as in the README, in JavaScript any browser runs
window.feelback = typeof feelback === 'function' ? feelback : function () { (feelback.q = feelback.q || []).push(arguments) };

window.feelback('init', { endpoint: 'https://collect.example.com/answers', site: 'acme-shop' });
feelback('step', 'order_confirmed');
feelback('ask', 'checkout', { question: 'How was checkout?' });
feelback('close');
feelback('close', 'checkout');
feelback('consent', true);
feelback('on', 'answered', ({ rating }) => rating);
feelback('off', 'shown', () => {});
// Awaited: before the loader has run, the one-line stub returns nothing.
const flushed: Promise<void> | void = feelback('flush');
void flushed;

// @ts-expect-error site is required
feelback('init', { endpoint: '/answers' });
// @ts-expect-error a command that does not exist
feelback('explode');
// @ts-expect-error an event that does not exist
feelback('on', 'answer', () => {});
// @ts-expect-error step needs a step name
feelback('step');
// @ts-expect-error a theme token that does not exist
feelback('init', { endpoint: '/answers', site: 's', theme: { primary: '#000' } });
// @ts-expect-error the stub returns nothing until the loader has run: no .then on it
feelback('flush').then(() => {});
