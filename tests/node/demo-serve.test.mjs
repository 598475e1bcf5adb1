/**
 * `npm start` as a user runs it (demo/serve.js, after `npm run build`): its collector takes answers
 * from the shop's own origin on whatever PORT it got, keeps them outside every served folder, and
 * refuses other origins.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { answer, post } from './support/http.mjs';

const SERVE = fileURLToPath(new URL('../../demo/serve.js', import.meta.url));
let demo;
let dataDir;
let urls;

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'feelback-demo-'));
  demo = spawn(process.execPath, [SERVE], {
    env: { ...process.env, PORT: '0', COLLECTOR_PORT: '0', DATA_DIR: dataDir, ALLOWED_ORIGINS: 'https://shop.test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  urls = await new Promise((resolve, reject) => {
    demo.stdout.on('data', (chunk) => {
      output += chunk;
      const storefront = /storefront\s+(\S+)\//.exec(output)?.[1];
      const endpoint = /endpoint\s+(\S+)/.exec(output)?.[1];
      if (storefront && endpoint && output.includes('Ctrl+C')) resolve({ storefront, endpoint });
    });
    demo.on('exit', (code) => reject(new Error(`the demo stopped (${code}): ${output}`)));
  });
});

after(async () => {
  demo.kill('SIGTERM');
  await rm(dataDir, { recursive: true, force: true });
});

test("the demo's collector takes answers from the shop's origin on the port it got, and listed ones", async () => {
  const fromShop = await post(urls.endpoint, [answer(1)], { Origin: urls.storefront });
  assert.equal(fromShop.status, 200);
  assert.equal(fromShop.headers.get('access-control-allow-origin'), urls.storefront);
  const local = urls.storefront.replace('127.0.0.1', 'localhost');
  assert.equal((await post(urls.endpoint, [answer(2)], { Origin: local })).status, 200);
  assert.equal((await post(urls.endpoint, [answer(3)], { Origin: 'https://shop.test' })).status, 200);
  assert.equal((await post(urls.endpoint, [answer(4)], { Origin: 'https://elsewhere.test' })).status, 403);
});

test('it keeps the answers in its data folder, which the shop does not serve', async () => {
  assert.ok(existsSync(join(dataDir, 'answers.sqlite')));
  assert.ok(existsSync(join(dataDir, 'answers.ndjson')));
  // The default data folder is beside demo/, not in it: no path from the shop reaches it.
  for (const path of ['/../data/answers.ndjson', '/%2e%2e/data/answers.sqlite', '/dist/../../data/answers.ndjson']) {
    assert.equal((await fetch(urls.storefront + path)).status, 404, path);
  }
});
