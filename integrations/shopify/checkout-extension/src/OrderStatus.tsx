/** @jsxRuntime automatic */
/** @jsxImportSource preact */
import '@shopify/ui-extensions/preact';
import type { Api } from '@shopify/ui-extensions/customer-account.order-status.block.render';
import { render } from 'preact';
import { Survey } from './Survey.tsx';

declare const shopify: Api;

/** The Order status page in the customer's account: the same question, about the order they look at. */
export default async () => {
  render(
    <Survey
      step="order_status"
      api={shopify}
      sender={{ fetch: (...args) => fetch(...args), uuid: () => crypto.randomUUID(), now: Date.now }}
    />,
    document.body,
  );
};
