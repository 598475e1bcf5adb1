import { describe, expect, it } from 'vitest';
import { uuid } from '../support/fixtures.ts';
import { click, collectorForThisFile, memoryStorage, sentIds, shopifyApi, show, until } from './checkout-fixture.ts';

// The survey remembers, per order and step, in the extension's own storage (Shopify's), what the
// buyer did: a reload of the Thank you page, or each later visit of the Order status page, must not
// count them again.

const collector = collectorForThisFile();

describe('the checkout extension survey, per order', () => {
  it('asks no more about an order once answered: not after a reload, nor on the next visit', async () => {
    const api = shopifyApi({ endpoint: collector().endpoint, site: 'acme-shop' });
    let root = await show(api, { step: 'order_status' });
    await click('Zufrieden');
    await click('Senden');
    await until(() => root.querySelector('s-banner')?.getAttribute('tone') === 'success');
    root = await show(api, { step: 'order_status' });
    expect(root.innerHTML).toBe('');
    expect(collector().received).toHaveLength(1);
    // Another order, or another step of the same order, is asked about.
    root = await show(api, { step: 'order_status', order: 'gid://shopify/Order/1002' });
    expect(root.querySelector('s-heading')).not.toBeNull();
    root = await show(api, { step: 'order_confirmed' });
    expect(root.querySelector('s-heading')).not.toBeNull();
  });

  it('sends an answer that failed, after a reload, under the same id: the endpoint keeps one', async () => {
    collector().queueModes([{ status: 500 }]);
    const api = shopifyApi({ endpoint: collector().endpoint, site: 'acme-shop' });
    let root = await show(api);
    await click('Zufrieden');
    await click('Senden');
    await until(() => !!root.querySelector('s-banner'));
    root = await show(api);
    await click('Sehr zufrieden');
    await click('Senden');
    await until(() => root.querySelector('s-banner')?.getAttribute('tone') === 'success');
    expect(sentIds(collector())).toEqual([uuid(1), uuid(1)]);
    expect(collector().received).toMatchObject([{ id: uuid(1), data: { rating: 5 } }]);
  });

  it('"No thanks" sends nothing, and that order is not asked again', async () => {
    const api = shopifyApi({ endpoint: collector().endpoint, site: 'acme-shop' });
    let root = await show(api);
    await click('Nein danke');
    expect(root.innerHTML).toBe('');
    root = await show(api);
    expect(root.innerHTML).toBe('');
    // Time for a request to reach the collector, had one been sent.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(collector().requests).toHaveLength(0);
  });

  it('asks nothing before Shopify knows the order: it could not remember the answer', async () => {
    const root = await show(shopifyApi({ endpoint: collector().endpoint, site: 'acme-shop' }), { order: null });
    expect(root.innerHTML).toBe('');
  });

  it('asks and sends all the same when storage fails', async () => {
    const broken = { ...memoryStorage(), read: () => Promise.reject(new Error('no storage')) };
    const api = shopifyApi({ endpoint: collector().endpoint, site: 'acme-shop' }, { storage: broken });
    const root = await show(api);
    await click('Zufrieden');
    await click('Senden');
    await until(() => root.querySelector('s-banner')?.getAttribute('tone') === 'success');
    expect(collector().received).toHaveLength(1);
  });
});
