/**
 * What the feelback-only figures run inside the page: filling and counting the outbox with the raw
 * IndexedDB API, and the ask / Send steps of the prompt loop.
 */
export const OUTBOX_DB = 'feelback-outbox';
export const OUTBOX_STORE = 'answers';

/**
 * Writes `count` valid outbox records (src/queue/record.ts; version 1, which the widget migrates; events valid against
 * src/wire/answer-event.ts) straight into IndexedDB. `due`: ready to send now; otherwise they
 * wait out a retry an hour away, as answers do after the endpoint could not be reached.
 */
export function prefill(page, count, due, widgetVersion) {
  return page.evaluate(
    async ({ count, due, widgetVersion, dbName, storeName }) => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open(dbName, 1);
        request.onupgradeneeded = () => request.result.createObjectStore(storeName);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const transaction = db.transaction(storeName, 'readwrite');
      const store = transaction.objectStore(storeName);
      const start = Date.now() - count * 1000;
      for (let i = 0; i < count; i += 1) {
        const id = crypto.randomUUID();
        const rating = 1 + (i % 5);
        const scale = { min: 1, max: 5 };
        const data = {
          step: 'checkout',
          instrument: 'feeling',
          scale,
          rating,
          emotions: rating > 3 ? ['relieved'] : [],
        };
        if (i % 4 === 0) data.comment = 'Delivery options were clear, but the postcode field was fiddly.';
        Object.assign(data, { page: '/checkout', locale: 'en-GB', widgetVersion });
        const event = {
          specversion: '1.0',
          id,
          source: 'bench-shop',
          type: 'feelback.answer.v1',
          time: new Date(start + i * 1000).toISOString(),
          subject: 'checkout',
          datacontenttype: 'application/json',
          data,
        };
        store.put({ v: 1, event, attempts: due ? 0 : 1, nextAttemptAt: due ? 0 : Date.now() + 3_600_000 }, id);
      }
      await new Promise((resolve, reject) => {
        transaction.oncomplete = resolve;
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
    },
    { count, due, widgetVersion, dbName: OUTBOX_DB, storeName: OUTBOX_STORE },
  );
}

/**
 * Answers in the outbox, read through a connection of our own; 0 when the widget has deleted the
 * emptied outbox (never made again here: an empty database would make the loader fetch the widget).
 */
export function outboxCount(page) {
  return page.evaluate(
    ({ dbName, storeName }) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open(dbName);
        request.onupgradeneeded = () => request.transaction.abort();
        request.onsuccess = () => {
          const count = request.result.transaction(storeName).objectStore(storeName).count();
          count.onsuccess = () => {
            request.result.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
        request.onerror = (event) => {
          if (request.error?.name !== 'AbortError') return reject(request.error);
          event.preventDefault();
          resolve(0);
        };
      }),
    { dbName: OUTBOX_DB, storeName: OUTBOX_STORE },
  );
}

/**
 * In-page helpers for the prompt loop, installed once as `window.__fb` (no polling in the page).
 * ask() resolves on feelback's 'shown' event: the prompt UI is a separate file, fetched on the
 * first prompt, so a prompt appears a few tasks after the call, not within it.
 */
export function installHelpers({ dbName, storeName }) {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const root = () => document.querySelector('feelback-widget')?.shadowRoot;
  const done = (request) =>
    new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const connection = done(indexedDB.open(dbName));
  const read = async (id) => done((await connection).transaction(storeName).objectStore(storeName).get(id));
  let onAnswered = () => {};
  let onShown = () => {};
  window.feelback('on', 'answered', (event) => onAnswered(event));
  window.feelback('on', 'shown', () => onShown());
  let fail = () => {};
  /** The widget's error events, e.g. its storage falling back to memory. */
  const errors = [];
  window.feelback('on', 'error', (event) => {
    errors.push(`${event.code}: ${event.message}`);
    fail(new Error(`${event.code}: ${event.message}`));
  });
  /** Ids of the answers the widget said it kept in memory only. */
  const inMemory = [];
  window.__fb = {
    /** ask() until the 'shown' event (the prompt UI may first be fetched), then until painted. */
    async ask() {
      await frame();
      const shown = new Promise((resolve, reject) => {
        onShown = resolve;
        fail = reject;
        setTimeout(() => reject(new Error('ask() showed no prompt within 10 s')), 10_000);
      });
      const t0 = performance.now();
      window.feelback('ask', 'checkout');
      await shown;
      const rendered = performance.now() - t0;
      if (root()?.querySelectorAll('input[name="rating"]').length !== 5) {
        throw new Error('"shown" fired, but the prompt has no five rating faces');
      }
      await frame();
      return { rendered, painted: performance.now() - t0 };
    },
    async send() {
      root().querySelector('input[name="rating"][value="4"]').click();
      // Send comes a frame after the face at the soonest, as from the quickest hand. Clicked in
      // the same task, its write queued behind the one choosing starts (the partial answer's),
      // and the figure timed two writes, in a way no shopper can meet.
      await frame();
      const send = root().querySelector('button[type="submit"]');
      if (!send) throw new Error('no Send button after choosing a face');
      const answered = new Promise((resolve) => {
        onAnswered = resolve;
      });
      const t0 = performance.now();
      send.click();
      const { id, stored } = await answered;
      const answeredMs = performance.now() - t0;
      // Kept in memory only (at the storage cap, or storage fell back): nothing durable to time.
      if (!stored) {
        inMemory.push(id);
        return { answered: answeredMs, stored, why: errors.at(-1) ?? 'no error event' };
      }
      // "answered" says `stored` once the widget's transaction completed: that is when it is
      // durable. Confirmed by reading it back through a connection of our own, timed apart: that
      // read queues behind the delivery the answer starts, so it times delivery's first reads too.
      const durable = answeredMs;
      if (!(await read(id))) throw new Error('the answer is not in IndexedDB after "answered"');
      const readBack = performance.now() - t0;
      // The endpoint refuses: wait until the widget has tried and put the answer back.
      while (!((await read(id))?.attempts >= 1)) await new Promise((resolve) => setTimeout(resolve, 10));
      return { answered: answeredMs, durable, readBack, stored };
    },
    close: () => root()?.querySelector('button[aria-label="Close"]')?.click(),
    /** How many answers said to be kept in memory only are in IndexedDB all the same. */
    async inMemoryYetStored() {
      const found = await Promise.all(inMemory.map(read));
      return found.filter(Boolean).length;
    },
  };
}
