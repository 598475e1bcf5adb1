import { describe, expect, it, vi } from 'vitest';
import type { HelpKit } from '../../../src/ui/help-kit.ts';
import { helpLoader } from '../../../src/ui/load-help.ts';
import { settle } from '../support/fixtures.ts';

/** The help's file, as the loader imports it: counted, and failing where a test says so. */
function setup() {
  const kit = {} as HelpKit;
  const createHelpKit = vi.fn(async () => kit);
  const importFile = vi.fn(async () => ({ createHelpKit }));
  const ready = vi.fn();
  const choose = helpLoader(
    { help: { action: 'link', to: '/help', threshold: 2 }, contactUpTo: 1 },
    null,
    () => {},
    ready,
    importFile,
  );
  return { kit, importFile, ready, choose };
}

describe('helpLoader', () => {
  it('fetches the help for a rating at or below its threshold, once however often one is chosen', async () => {
    const { kit, importFile, ready, choose } = setup();
    choose(3);
    await settle();
    expect(importFile).not.toHaveBeenCalled();
    choose(2);
    choose(1);
    await vi.waitFor(() => expect(ready).toHaveBeenCalledWith(kit));
    expect(importFile).toHaveBeenCalledTimes(1);
  });

  it('a file that cannot be fetched (offline) gives nothing, with nothing rejected; the next low choice fetches it again', async () => {
    const { kit, importFile, ready, choose } = setup();
    importFile.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    choose(2);
    await settle();
    expect(ready).not.toHaveBeenCalled();
    choose(3);
    await settle();
    expect(importFile).toHaveBeenCalledTimes(1);
    choose(1);
    await vi.waitFor(() => expect(ready).toHaveBeenCalledWith(kit));
    expect(importFile).toHaveBeenCalledTimes(2);
  });
});
