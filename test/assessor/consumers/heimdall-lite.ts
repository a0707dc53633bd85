/**
 * Heimdall Lite (`@mitre/heimdall-lite`, MITRE's built web app) served on loopback and opened in Debian's
 * Chromium: a file is loaded through the app's own upload (its file input), and what Heimdall shows is
 * read from its page: the status cards, the severity chart, and the file's information (platform,
 * duration). The browser reaches only loopback; every other request is aborted and recorded.
 *
 * Selectors, from mitre/heimdall2 apps/frontend (the version pinned in package.json):
 * - upload: VueFileAgent's `input[type=file]` in the landing page's file tab (FileReader.vue);
 * - status cards: `[data-cy=cardText]`, `Passed: 81` (StatusCardRow.vue);
 * - file information: `[data-cy=fileinfo]`, lines `Platform: …`, `Duration: … Seconds` (EvaluationInfo.vue);
 * - severities: ApexCharts' donut in `#severityCounts` (SeverityChart.vue): legend series by name, slice
 *   `i` with its `data:value`;
 * - a file Heimdall cannot read: its error snackbar (`#info-snackbar`, Snackbar.vue).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../support/browser.js';
import { serveStaticSite, type StaticSite } from '../../servers/static-site.js';

/** The app's built files, as the package ships them. */
export function heimdallLiteRoot(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@mitre/heimdall-lite/package.json')), 'dist');
}

export interface HeimdallStatusCounts {
  passed: number;
  failed: number;
  notApplicable: number;
  notReviewed: number;
}

export interface HeimdallSeverityCounts {
  none: number;
  low: number;
  medium: number;
  high: number;
  critical: number;
}

/** What Heimdall shows for one loaded file. */
export interface HeimdallView {
  filename: string;
  /** The file information's lines by label (`Platform`, `Duration`, `Tool Version`, `Start Time`). */
  info: Record<string, string>;
  status: HeimdallStatusCounts;
  severity: HeimdallSeverityCounts;
}

const CARD_KEYS: Record<string, keyof HeimdallStatusCounts> = {
  Passed: 'passed',
  Failed: 'failed',
  'Not Applicable': 'notApplicable',
  'Not Reviewed': 'notReviewed',
};

/** The one request Heimdall Lite makes off loopback: its check for a newer release. Nothing needs it. */
export const UPDATE_CHECK = 'https://api.github.com/repos/mitre/heimdall2/tags';

export class HeimdallLite {
  /** Requests to anything but loopback, aborted. */
  readonly blocked: string[] = [];

  private constructor(
    private readonly site: StaticSite,
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  /** Serves the app, launches the browser and opens one page, reused for every file. */
  static async open(): Promise<HeimdallLite> {
    const site = await serveStaticSite(heimdallLiteRoot());
    let browser: Browser | undefined;
    try {
      browser = await launchBrowser();
      const page = await browser.newPage({ viewport: { width: 1600, height: 1200 } });
      const heimdall = new HeimdallLite(site, browser, page);
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') {
          return route.continue();
        }
        heimdall.blocked.push(route.request().url());
        return route.abort('blockedbyclient');
      });
      return heimdall;
    } catch (error) {
      await browser?.close();
      await site.close();
      throw error;
    }
  }

  /** Paths the app fetched from the loopback server that were not there (404). */
  missing(): string[] {
    return this.site.requests.filter((request) => request.status === 404).map((request) => request.path);
  }

  /**
   * Loads `content` as `name` through Heimdall's own upload, in the app started afresh (so the page shows
   * one file at a time), and reads what its results page shows. Throws with Heimdall's message when it cannot read the file.
   */
  async show(name: string, content: string): Promise<HeimdallView> {
    const { page } = this;
    const info = page.locator('[data-cy=fileinfo]');
    // Every load starts the app afresh: removing the file shown before through the sidebar raced with
    // Vuetify's transitions on a loaded machine (the button found, then hidden, until the timeout).
    await page.goto(`${this.site.url}/`);
    // The landing page's file input, or the one in the Load dialog (rendered after the page's).
    await page
      .locator('input[type=file]')
      .last()
      .setInputFiles({
        name,
        mimeType: name.endsWith('.json') ? 'application/json' : 'application/xml',
        buffer: Buffer.from(content, 'utf8'),
      });
    // Heimdall says it cannot read a file in its error snackbar (its other snackbars only inform).
    const failure = page.locator('#info-snackbar .v-snack__wrapper.error');
    await info.or(failure).filter({ visible: true }).first().waitFor({ timeout: 60_000 });
    if (await failure.isVisible()) {
      throw new Error(`Heimdall Lite could not load ${name}: ${await failure.innerText()}`);
    }
    await page.locator('#severityCounts .apexcharts-donut-slice-4').waitFor({ state: 'attached' });
    return {
      ...(await this.readInfo()),
      status: await this.readStatus(),
      severity: await this.readSeverity(),
    };
  }

  /** A screenshot of the page as it is (for looking at what Heimdall shows). */
  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.site.close();
  }

  private async readInfo(): Promise<Pick<HeimdallView, 'filename' | 'info'>> {
    const text = await this.page.locator('[data-cy=fileinfo]').innerText();
    const info: Record<string, string> = {};
    for (const line of text.split('\n')) {
      const match = /^([^:]+):\s*(.*)$/.exec(line.trim());
      if (match) info[match[1]!] = match[2]!;
    }
    return { filename: info.Filename ?? '', info };
  }

  private async readStatus(): Promise<HeimdallStatusCounts> {
    const cards = await this.page.locator('[data-cy=cardText]').allInnerTexts();
    const status: Partial<HeimdallStatusCounts> = {};
    for (const card of cards) {
      const match = /^(.+):\s*(\d+)$/.exec(card.trim());
      const key = match && CARD_KEYS[match[1]!];
      if (!key) throw new Error(`unexpected Heimdall status card: ${JSON.stringify(card)}`);
      status[key] = Number(match[2]);
    }
    const missing = Object.values(CARD_KEYS).filter((key) => status[key] === undefined);
    if (missing.length > 0)
      throw new Error(`Heimdall showed no card for ${missing.join(', ')}: ${cards.join(' | ')}`);
    return status as HeimdallStatusCounts;
  }

  /** The severity donut: each legend entry's name with the value of the slice of the same index. */
  private async readSeverity(): Promise<HeimdallSeverityCounts> {
    const pairs = await this.page
      .locator('#severityCounts')
      .evaluate((chart) =>
        [...chart.querySelectorAll('.apexcharts-legend-series')].map((legend, index) => [
          legend.getAttribute('seriesName') ?? legend.textContent,
          chart.querySelector(`.apexcharts-donut-slice-${index}`)?.getAttribute('data:value'),
        ]),
      );
    const severity: Record<string, number> = {};
    for (const [name, value] of pairs) severity[String(name).toLowerCase()] = Number(value);
    const keys: (keyof HeimdallSeverityCounts)[] = ['none', 'low', 'medium', 'high', 'critical'];
    if (keys.some((key) => !Number.isInteger(severity[key])) || pairs.length !== keys.length) {
      throw new Error(`unexpected Heimdall severity chart: ${JSON.stringify(pairs)}`);
    }
    return severity as unknown as HeimdallSeverityCounts;
  }
}
