import { chromium } from 'playwright-core';
import { startCollector } from './demo/collector.js';
import { startStatic } from './demo/static-server.js';

const c = await startCollector();
const s = await startStatic({
  roots: [
    { prefix: '/dist/', dir: 'dist' },
    { prefix: '/', dir: 'demo' },
  ],
});
s.forward(c.url, '/collector');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1400, height: 1000 } });
p.on('console', (m) => console.log('console', m.type(), m.text()));
p.on('pageerror', (e) => console.log('pageerror', e.message));
await p.goto(s.url + '/studio.html?' + (process.argv[2] ?? ''));
await p.waitForTimeout(3000);
console.log(await p.locator('#live-status').textContent());
console.log(await p.locator('#font-rendered').textContent());
console.log(
  await p.evaluate(() =>
    [...document.querySelectorAll('iframe')]
      .map((f) => f.dataset.view + ' ' + f.style.width + 'x' + f.style.height)
      .join('\n'),
  ),
);
await p.screenshot({ path: '/tmp/studio-shot.png', fullPage: true });
await b.close();
await s.close();
await c.close();
