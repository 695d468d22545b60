/**
 * A small test registry for the Playwright end-to-end tests (not jest):
 * `e2eTest(name, fn)` registers a test; scripts/e2e.js runs each one on a
 * fresh page of the built playground and prints "N passed, M failed".
 */
import { mkdirSync } from 'fs';
import { join } from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface E2EContext {
  readonly page: Page;
  readonly context: BrowserContext;
  /** For tests that need their own context (another user agent, …). */
  readonly browser: Browser;
  /** The playground's URL (served from playground-dist/). */
  readonly baseUrl: string;
  /** Saves a full-page screenshot as test-results/e2e/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
}

export interface E2ETest {
  readonly name: string;
  readonly file: string;
  readonly run: (ctx: E2EContext) => Promise<void>;
}

const registry: E2ETest[] = [];
let currentFile = '';

export function e2eTest(name: string, run: (ctx: E2EContext) => Promise<void>): void {
  registry.push({ name, file: currentFile, run });
}

/** Used by the runner. */
export function setCurrentFile(file: string): void {
  currentFile = file;
}

export function registeredTests(): readonly E2ETest[] {
  return registry;
}

export const RESULTS_DIR = join(__dirname, '..', '..', 'test-results', 'e2e');

export function screenshotPath(name: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return join(RESULTS_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
}
