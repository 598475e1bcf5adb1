import { describe, expect, it } from 'vitest';
import { click, collectorForThisFile, memoryStorage, shopifyApi, show, until } from './checkout-fixture.ts';

// Where no buyer answers: the checkout editor, where the merchant's clicks must post nothing (as
// the theme's app embed renders nothing in design mode), and a shop whose app was not granted
// network access, where no answer could ever leave.

const collector = collectorForThisFile();

describe('the checkout extension survey, where no answer may be sent', () => {
  it('in the checkout editor is a preview: it thanks, and posts and keeps nothing', async () => {
    const storage = memoryStorage();
    const api = shopifyApi({ endpoint: collector().endpoint, site: 'acme-shop' }, { editor: true, storage });
    const root = await show(api);
    await click('Zufrieden');
    await click('Senden');
    await until(() => !!root.querySelector('s-banner'));
    expect(root.querySelector('s-banner')?.getAttribute('tone')).toBe('success');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(collector().requests).toHaveLength(0);
    expect(storage.kept.size).toBe(0);
  });

  it.each([
    ['for a buyer', false],
    ['in the checkout editor', true],
  ])('shows nothing without network access %s', async (_name, editor) => {
    const settings = { endpoint: collector().endpoint, site: 'acme-shop' };
    const root = await show(shopifyApi(settings, { editor, capabilities: ['api_access'] }));
    expect(root.innerHTML).toBe('');
  });
});
