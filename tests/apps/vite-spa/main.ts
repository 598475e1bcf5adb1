import { createFeelback } from 'feelback';

const feelback = createFeelback({ endpoint: '/answers', site: 'acme-shop' });

// The widget's code is fetched only now, on the first step: the page's first load stays small.
document.querySelector('#pay')?.addEventListener('click', () => {
  feelback.step('checkout');
});
