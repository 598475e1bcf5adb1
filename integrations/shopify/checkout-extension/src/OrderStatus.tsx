import '@shopify/ui-extensions/preact';
import type { Api } from '@shopify/ui-extensions/customer-account.order-status.block.render';
import { renderSurvey } from './Survey.tsx';

declare const shopify: Api;

/** The Order status page in the customer's account: the same question, about the order they look at. */
export default async () => renderSurvey('order_status', shopify, () => shopify.order.value?.id);
