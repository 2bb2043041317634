// End-to-end: the dataset additions of issue 14 at their dates, through the API (fast) and once in the explorer:
// AU suspensions and readmissions, UN Security Council seats and terms, OPEC withdrawals, deployments that continue past
// UCDP's last year, peacekeeping recorded as such, disputed statuses, and treaties signed but not in force.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { graphReady } from './helpers';

type Exported = { edges: { key: string; attributes: { status: string; intensity?: string | null; start?: string | null } }[] };

async function asOf(request: APIRequestContext, date: string) {
  const response = await request.get(`/api/graph?asOf=${date}`);
  expect(response.status()).toBe(200);
  const g = (await response.json()) as Exported;
  const edges = new Map(g.edges.map((e) => [e.key, e.attributes]));
  return { status: (key: string) => edges.get(key)?.status, attributes: (key: string) => edges.get(key) };
}

test('AU: Mauritania suspended after the coups of 2005 and 2008 and readmitted in between and after', async ({ request }) => {
  const key = 'membership:MRT>au';
  expect((await asOf(request, '2005-08-03')).status(key)).toBe('founder');
  expect((await asOf(request, '2006-06-01')).status(key)).toBe('suspended');
  expect((await asOf(request, '2008-01-01')).status(key)).toBe('member');
  expect((await asOf(request, '2009-01-01')).status(key)).toBe('suspended');
  expect((await asOf(request, '2010-01-01')).status(key)).toBe('member');
  // Guinea 2008–2010 and Togo in 2005 too
  expect((await asOf(request, '2009-06-01')).status('membership:GIN>au')).toBe('suspended');
  expect((await asOf(request, '2005-04-01')).status('membership:TGO>au')).toBe('suspended');
  // the Central African Republic after the coup of March 2003, on the AU (the OAU had ended in 2002)
  expect((await asOf(request, '2004-06-01')).status('membership:CAF>au')).toBe('suspended');
});

test('UN Security Council: the China seat in 1960 and 1980, an elected term, the current fifteen', async ({ request }) => {
  const in1960 = await asOf(request, '1960-06-01');
  expect(in1960.status('membership:TWN>unsc')).toBe('member');
  expect(in1960.status('membership:SUN>unsc')).toBe('founder');
  const in1980 = await asOf(request, '1980-06-01');
  expect(in1980.status('membership:CHN>unsc')).toBe('member');
  expect(in1980.status('membership:TWN>unsc')).toBe('withdrawn');
  // Japan's 2023–2024 term; not a member in 2025
  expect((await asOf(request, '2024-06-01')).status('membership:JPN>unsc')).toBe('member');
  expect((await asOf(request, '2025-06-01')).status('membership:JPN>unsc')).not.toBe('member');
  const in2026 = await asOf(request, '2026-06-01');
  for (const elected of ['DNK', 'GRC', 'PAK', 'PAN', 'SOM', 'BHR', 'COL', 'COD', 'LVA', 'LBR'])
    expect(in2026.status(`membership:${elected}>unsc`)).toBe('member');
  expect(in2026.status('membership:RUS>unsc')).toBe('member');
});

test('OPEC: Angola and Qatar withdraw, Indonesia suspends itself', async ({ request }) => {
  expect((await asOf(request, '2023-06-01')).status('membership:AGO>opec')).toBe('member');
  expect((await asOf(request, '2024-06-01')).status('membership:AGO>opec')).toBe('withdrawn');
  expect((await asOf(request, '2018-06-01')).status('membership:QAT>opec')).toBe('member');
  expect((await asOf(request, '2019-06-01')).status('membership:QAT>opec')).toBe('withdrawn');
  expect((await asOf(request, '2020-06-01')).status('membership:IDN>opec')).toBe('suspended');
});

test('deployments: continuing after UCDP’s last year, peacekeeping as such, France out of Mali in August 2022', async ({ request }) => {
  const in2026 = await asOf(request, '2026-01-01');
  expect(in2026.attributes('deployment/intervention:PRK>RUS')).toMatchObject({ status: 'continuing', start: '2025' });
  expect(in2026.status('deployment/intervention:RWA>COD')).toBe('continuing');
  const in2020 = await asOf(request, '2020-06-01');
  expect(in2020.status('deployment/peacekeeping:CHE>MLI')).toBe('active');
  expect(in2020.status('deployment/intervention:CHE>MLI')).toBeUndefined();
  expect(in2020.status('deployment/intervention:FRA>MLI')).toBe('active');
  expect((await asOf(request, '2023-01-01')).status('deployment/intervention:FRA>MLI')).not.toBe('active');
  expect((await asOf(request, '2022-06-01')).status('deployment/peacekeeping:KAZ>CAF')).toBe('active');
});

test('disputed statuses: Armenia–Azerbaijan a ceasefire after the initialling, no intensity for June 2025 US–Iran', async ({ request }) => {
  expect((await asOf(request, '2025-09-01')).status('conflict/war:ARM-AZE')).toBe('ceasefire');
  const strikes = (await asOf(request, '2025-06-23')).attributes('conflict/war:IRN-USA');
  expect(strikes).toMatchObject({ status: 'active', intensity: null });
  expect((await asOf(request, '2010-01-01')).status('membership:MDA>cis')).toBe('founder');
  expect((await asOf(request, '2026-06-01')).status('membership:MDA>cis')).toBe('frozen');
});

test('treaties signed and not in force: Australia–Papua New Guinea and Pakistan–Saudi Arabia in 2026, Aachen before 2020; the details panel and the legend say so', async ({
  request,
  page,
}) => {
  const in2026 = await asOf(request, '2026-01-01');
  expect(in2026.status('alliance/defence-treaty:AUS-PNG')).toBe('signed-not-in-force');
  expect(in2026.status('alliance/defence-treaty:PAK-SAU')).toBe('signed-not-in-force');
  expect((await asOf(request, '2019-06-01')).status('alliance/defence-treaty:DEU-FRA')).toBe('signed-not-in-force');
  expect((await asOf(request, '2020-06-01')).status('alliance/defence-treaty:DEU-FRA')).toBe('in-force');
  await page.goto('/?date=2026-01-01&focus=PNG');
  const tie = page.getByTestId('details').locator('[data-tie="alliance/defence-treaty:AUS-PNG"]');
  await expect(tie.locator('.status')).toHaveText('signed, not in force', { timeout: 45_000 });
  await expect(page.locator('.legend [data-kind="pending:alliance"]')).toContainText('Treaty signed, not in force');
});

test('the details panel says a continuing deployment is not verified after UCDP’s last day', async ({ page }) => {
  // The details panel does not wait for the layout: no need to wait until the whole graph is drawn.
  await page.goto('/?date=2026-01-01&focus=PRK');
  const tie = page.getByTestId('details').locator('[data-tie="deployment/intervention:PRK>RUS"]');
  await expect(tie.locator('.status')).toHaveText('continuing (not verified after 2024-12-31)', { timeout: 45_000 });
  await expect(tie).toContainText('since 2025');
});

test('added organizations and early Security Council terms at their dates', async ({ request }) => {
  expect((await asOf(request, '1958-06-01')).status('membership:JPN>unsc')).toBe('member');
  expect((await asOf(request, '1990-03-01')).status('membership:YAR>unsc')).toBe('member');
  expect((await asOf(request, '1991-06-01')).status('membership:YEM>unsc')).toBe('member');
  const in2024 = await asOf(request, '2024-06-01');
  expect(in2024.status('membership:SOM>eac')).toBe('member');
  expect(in2024.status('membership:AGO>opec-plus')).toBe('withdrawn');
  expect(in2024.status('membership:RUS>opec-plus')).toBe('founder');
  expect((await asOf(request, '1980-01-01')).status('membership:PNG>pif')).toBe('member');
});

test('GATT contracting parties at their dates, handing over to the WTO, and GATT in the details panel in 1960', async ({ request, page }) => {
  const in1950 = await asOf(request, '1950-06-01');
  expect(in1950.status('membership:USA>gatt')).toBe('founder');
  expect(in1950.status('membership:IND>gatt')).toBe('member');
  expect(in1950.status('membership:JPN>gatt')).toBeUndefined();
  expect((await asOf(request, '1960-06-01')).status('membership:JPN>gatt')).toBe('member');
  const in1995 = await asOf(request, '1995-06-01');
  expect(in1995.status('membership:USA>gatt')).toBeUndefined();
  expect(in1995.status('membership:USA>wto')).toBe('founder');
  await page.goto('/?date=1960-06-01&focus=gatt');
  const japan = page.getByTestId('details').locator('[data-tie="membership:JPN>gatt"]');
  await expect(japan).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId('details')).toContainText('General Agreement on Tariffs and Trade');
});

test('doubtful trade figures are hidden until “Show doubtful trade figures” is checked', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/?focus=GMB&hide=none&mode=focus'); // only Gambia's ties drawn: a light page
  await graphReady(page, 90_000);
  const look = (key: string) => page.evaluate((k) => window.__entente!.edgeLook(k), key);
  expect(await look('dependency/trade-export:GMB>KAZ')).toBeNull();
  expect(await look('dependency/trade-export:GMB>CHN')).not.toBeNull();
  const toggle = page.getByTestId('show-doubtful');
  await expect(page.getByText(/Show doubtful\s+trade figures/)).toContainText(/\(\d+\)/);
  await toggle.check();
  await expect(page).toHaveURL(/doubtful=show/);
  await expect.poll(() => look('dependency/trade-export:GMB>KAZ')).not.toBeNull();
});
