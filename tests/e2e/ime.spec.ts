import { expect, test, widgetPage } from './fixtures.ts';
import { ask, comment, face, widget } from './support/widget.ts';

/** A comment typed through an input method (Japanese, Chinese, Korean): its Escape is the input method's. */

test('Escape while an input method composes the comment leaves the prompt open, and the words in the box', async ({
  page,
  server,
  collector,
}) => {
  await widgetPage(page, server, { config: { endpoint: collector.endpoint, site: 'shop-e2e' } });
  await ask(page, 'checkout');
  await face(page, 2).click();
  await comment(page).focus();
  // Chromium's own composition, as an input method drives it: its keydowns carry isComposing.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
  await page.keyboard.press('Escape');
  await expect(comment(page)).toHaveValue('にほん');
  await cdp.send('Input.insertText', { text: '日本' });
  await expect(comment(page)).toHaveValue('日本');
  // Committed, the words are the shopper's: Escape in the box keeps them (and the prompt).
  await page.keyboard.press('Escape');
  await expect(comment(page)).toHaveValue('日本');
  await face(page, 2).focus();
  await page.keyboard.press('Escape');
  await expect(widget(page)).toHaveCount(0);
});
