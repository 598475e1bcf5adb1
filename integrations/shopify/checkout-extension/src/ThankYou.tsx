import '@shopify/ui-extensions/preact';
import type { Api } from '@shopify/ui-extensions/purchase.thank-you.block.render';
import { renderSurvey } from './Survey.tsx';

declare const shopify: Api;

/** The Thank you page: the order is placed, the journey's last step. */
export default async () =>
  renderSurvey('order_confirmed', shopify, () => shopify.orderConfirmation.value.order.id || undefined);
