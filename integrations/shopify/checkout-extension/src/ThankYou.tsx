/** @jsxRuntime automatic */
/** @jsxImportSource preact */
import '@shopify/ui-extensions/preact';
import type { Api } from '@shopify/ui-extensions/purchase.thank-you.block.render';
import { render } from 'preact';
import { Survey } from './Survey.tsx';

declare const shopify: Api;

/** The Thank you page: the order is placed, the journey's last step. */
export default async () => {
  render(
    <Survey
      step="order_confirmed"
      api={shopify}
      sender={{ fetch: (...args) => fetch(...args), uuid: () => crypto.randomUUID(), now: Date.now }}
    />,
    document.body,
  );
};
