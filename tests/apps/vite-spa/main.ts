import { createFeelback } from 'feelback';

const feelback = createFeelback({ endpoint: '/answers', site: 'acme-shop' });

// The widget's code is fetched only now, on the first step: the page's first load stays small.
document.querySelector('#pay')?.addEventListener('click', () => {
  feelback.step('checkout');
});

// on() returns its unsubscribe: thank the shopper once, then stop listening.
const stop = feelback.on('answered', ({ rating }) => {
  const status = document.querySelector('#status');
  if (status) status.textContent = `Thanks for your ${rating} out of 5.`;
  stop();
});
