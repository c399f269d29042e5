import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, highlightsOf, launch, type Harness } from './harness';

// The journal end to end: opt in, read three ads, see them, set a status, learn next, compare,
// export, delete everything; résumé files and named profiles. Nothing goes out throughout.
const hasChromium = !!chromiumPath();
if (!hasChromium && process.env.CI) throw new Error('CI needs Chromium for the end-to-end tests (apt-get install chromium).');

/** The extension APIs, as seen inside the service worker (evaluated there, not here). */
declare const chrome: any;

const ADS = ['http://boards.greenhouse.io/acmecloud/jobs/7000001', 'http://boards.greenhouse.io/birchlabs/jobs/7000002', 'http://boards.greenhouse.io/cedarpay/jobs/7000003'];

/** A one-page PDF with one line of text in Helvetica, written by hand (offsets counted for the xref table). */
function minimalPdf(line: string): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${line.replace(/[()\\]/g, '\\$&')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

describe.skipIf(!hasChromium)('the journal in Chromium', () => {
  let h: Harness;
  let journal: Page;

  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  const extensionPage = async (path: string): Promise<Page> => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/${path}`);
    return page;
  };

  /** Entries in the journal's IndexedDB, counted inside the service worker. */
  const storedAds = (): Promise<number> =>
    h.worker.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('skillmark-journal');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('ads')) return resolve(0);
            const count = db.transaction('ads').objectStore('ads').count();
            count.onsuccess = () => resolve(count.result);
            count.onerror = () => reject(count.error);
          };
        }),
    );

  it('asks once in the options page, then keeps the ads the user reads', async () => {
    await h.worker.evaluate(async () => chrome.storage.local.set({ profile: { skills: ['python', 'java'], custom: [] }, profile$: { v: 2 } }));
    const options = await extensionPage('options.html');
    await options.getByRole('button', { name: 'Yes, keep a journal' }).click();
    await expect.poll(() => options.getByTestId('journal-enabled').isChecked(), { timeout: 10_000 }).toBe(true);
    await options.close();

    for (const url of ADS) {
      const page = await h.open(url);
      await expect.poll(async () => Object.values(await highlightsOf(page)).flat(), { timeout: 15_000 }).toContain('Kubernetes');
      await page.close();
    }
    await expect.poll(storedAds, { timeout: 10_000 }).toBe(3);
    // The same job again (another URL for it) updates its one entry.
    const again = await h.open(`${ADS[0]}?gh_src=newsletter`);
    await expect.poll(async () => Object.values(await highlightsOf(again)).flat(), { timeout: 15_000 }).toContain('Kubernetes');
    await again.close();
    await expect.poll(storedAds, { timeout: 5_000 }).toBe(3);
  });

  it('shows them in the journal page, opened from the popup, and keeps a status', async () => {
    const popup = await extensionPage(`popup.html?tab=0`);
    const [opened] = await Promise.all([h.context.waitForEvent('page'), popup.getByTestId('open-journal').click()]);
    journal = opened;
    await popup.close();
    expect(journal.url()).toBe(`chrome-extension://${h.extensionId}/journal.html`);
    const table = journal.getByTestId('journal-table');
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 10_000 }).toBe(3);
    const text = (await table.textContent()) ?? '';
    for (const t of ['Platform Engineer', 'Machine Learning Engineer', 'Backend Engineer', 'Acme Cloud', 'Birch Labs', 'Cedar Pay']) expect(text).toContain(t);

    await journal.getByLabel('Status of Backend Engineer').selectOption('applied');
    await expect.poll(() => journal.getByLabel('Status of Backend Engineer').inputValue()).toBe('applied');
    // Stored, not only shown: a fresh page shows it too.
    await journal.reload();
    await expect.poll(() => journal.getByLabel('Status of Backend Engineer').inputValue(), { timeout: 10_000 }).toBe('applied');
    await journal.getByLabel('Status filter').selectOption('applied');
    expect(await table.locator('tbody tr').count()).toBe(1);
    await journal.getByLabel('Status filter').selectOption('');
  });

  it('ranks the skill all three ads require and the user lacks first in "learn next"', async () => {
    await journal.getByRole('tab', { name: 'Learn next' }).click();
    const first = journal.getByTestId('learn-next').locator('li').first();
    await expect.poll(() => first.textContent(), { timeout: 5_000 }).toContain('Kubernetes: required in 3 of your 3 ads');
    expect(await first.textContent()).toContain('Birch Labs');
    // What the profile has is not a thing to learn.
    expect(await journal.getByTestId('learn-next').textContent()).not.toMatch(/\bPython:|\bJava:/);
  });

  it('compares two ads side by side, with what the user has and lacks in each', async () => {
    await journal.getByRole('tab', { name: /^Ads/ }).click();
    await journal.getByLabel('Compare Machine Learning Engineer').check();
    await journal.getByLabel('Compare Backend Engineer').check();
    await journal.getByRole('tab', { name: /^Compare/ }).click();
    const columns = journal.getByTestId('compare-column');
    expect(await columns.count()).toBe(2);
    const all = (await journal.getByTestId('compare').textContent()) ?? '';
    expect(all).toContain('✓ Python');
    expect(all).toContain('✗ PyTorch');
    expect(all).toContain('✓ Java');
    expect(all).toContain('✗ Kubernetes');
  });

  it('shows the market as light SVG charts', async () => {
    await journal.getByRole('tab', { name: 'Your market' }).click();
    const market = journal.getByTestId('market');
    expect(await market.locator('svg[role="img"]').count()).toBeGreaterThanOrEqual(3);
    expect(await market.textContent()).toContain('Kubernetes');
  });

  it('exports CSV with the status set, then deletes everything (IndexedDB empty after)', async () => {
    const [download] = await Promise.all([journal.waitForEvent('download'), journal.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.trim().split(/\r\n/);
    expect(lines[0]).toMatch(/^title,company,location,board,url/);
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.startsWith('Backend Engineer'))).toContain(',applied,');

    await journal.getByRole('button', { name: 'Delete everything' }).click();
    await journal.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(() => journal.getByTestId('journal-message').textContent(), { timeout: 10_000 }).toBe('Your journal is empty.');
    await journal.getByRole('tab', { name: /^Ads/ }).click();
    expect(await journal.getByTestId('journal-empty').isVisible()).toBe(true);
    expect(await storedAds()).toBe(0);
  });

  it('imports a PDF résumé in the options page: its skills are found and confirmed as for pasted text', async () => {
    const options = await extensionPage('options.html');
    // A second profile, empty, made the active one: the résumé's skills go into it.
    await options.getByLabel('New profile name').fill('Platform');
    await options.getByRole('button', { name: 'Add profile' }).click();
    await options.getByRole('button', { name: 'Switch to Platform' }).click();
    await expect.poll(() => options.getByTestId('active-profile').textContent(), { timeout: 10_000 }).toBe('Platform');
    await expect.poll(() => options.getByTestId('chips').textContent()).toMatch(/^No skills yet/);

    await options.getByTestId('resume-file').locator('input[type=file]').setInputFiles({ name: 'resume.pdf', mimeType: 'application/pdf', buffer: minimalPdf('Skills: Python, Kubernetes and Terraform on AWS') });
    await expect.poll(() => options.getByTestId('resume-file-note').textContent(), { timeout: 20_000 }).toContain('characters from resume.pdf');
    expect(await options.getByLabel('Your résumé', { exact: true }).inputValue()).toContain('Kubernetes and Terraform');
    await options.getByRole('button', { name: 'Find skills' }).click();
    const found = options.getByTestId('found');
    await expect.poll(() => found.textContent(), { timeout: 10_000 }).toContain('Kubernetes');
    expect(await found.textContent()).toContain('Terraform');
    await found.getByRole('button', { name: /^Add \d+ skills$/ }).click();
    await expect.poll(() => options.getByTestId('chips').textContent(), { timeout: 10_000 }).toContain('Kubernetes');
    // Where the profile stands, from the background's model.
    await expect.poll(() => options.getByTestId('standing').textContent(), { timeout: 10_000 }).toMatch(/^Your skills lean .+: \d\.\d\d/);
    await options.close();
  });

  it('says in the popup which profile fits the ad best, and switches profiles there', async () => {
    const page = await h.open(ADS[0]!);
    await expect.poll(async () => Object.values(await highlightsOf(page)).flat(), { timeout: 15_000 }).toContain('Kubernetes');
    const tabId = await h.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!, `${ADS[0]}`);
    const popup = await extensionPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByTestId('best-profile').textContent(), { timeout: 10_000 }).toMatch(/Best fit for this ad: Platform \(\d+%\), the active one/);
    expect(await popup.getByTestId('matched').textContent()).toContain('Kubernetes');
    const scoreBefore = await popup.getByTestId('score').textContent();

    await popup.getByLabel('Active profile').selectOption('My skills');
    await expect.poll(() => popup.getByTestId('missing').textContent(), { timeout: 10_000 }).toContain('Kubernetes');
    expect(await popup.getByTestId('score').textContent()).not.toBe(scoreBefore);
    expect(await popup.getByTestId('best-profile').textContent()).toMatch(/Platform/);
    expect(await popup.getByLabel('Active profile').inputValue()).toBe('My skills');
    await popup.close();
    await page.close();
  });

  it('sent nothing anywhere', () => {
    expect(h.violations).toEqual([]);
  });
});
