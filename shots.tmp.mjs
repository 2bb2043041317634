import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:3102';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const views = [
  ['pair', '/?focus=ARM&pair=RUS'],
  ['armenia-depth2', '/?focus=ARM&depth=2&mode=focus'],
  ['armenia-depth2-faded', '/?focus=ARM&depth=2'],
  ['path', '/?panel=path&from=AZE&to=UKR'],
  ['search-ussr', '/'],
];
for (const [w, h] of [[390, 844]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  for (const [name, path] of views) {
    await page.goto(base + path);
    await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 180000, state: 'attached' });
    await page.waitForTimeout(1500);
    if (name === 'search-ussr') {
      await page.getByRole('combobox', { name: 'Find a country or organization' }).fill('USSR');
      await page.waitForTimeout(500);
    }
    await page.screenshot({ path: `/tmp/truth-nav-shots/${name}-${w}.png`, fullPage: w < 500 });
    console.log('shot', name, w);
  }
  await page.close();
}
await browser.close();
