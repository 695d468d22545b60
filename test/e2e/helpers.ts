/** Page helpers shared by the end-to-end tests: the playground's grid, formula bar and pane. */
import type { Locator, Page } from 'playwright-core';

export const PANE = 'aside[aria-label^="Ngăn tác vụ"]';

export function pane(page: Page): Locator {
  return page.locator(PANE);
}

/** Opens the playground and waits until the pane's first tab (the gallery) can be used. */
export async function openPlayground(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl);
  await pane(page).getByRole('tab', { name: 'Mẫu', selected: true }).waitFor();
  await pane(page).getByRole('button', { name: /^Chèn mẫu / }).first().waitFor();
}

export async function openTab(page: Page, name: string): Promise<void> {
  await pane(page).getByRole('tab', { name }).click();
  await pane(page).getByRole('tab', { name, selected: true }).waitFor();
}

export function grid(page: Page): Locator {
  return page.getByTestId('sheet-grid');
}

export function cell(page: Page, address: string): Locator {
  return grid(page).locator(`td[data-address="${address}"]`);
}

export async function cellText(page: Page, address: string): Promise<string> {
  return (await cell(page, address).textContent()) ?? '';
}

export async function selection(page: Page): Promise<string> {
  return (await grid(page).getAttribute('data-selection')) ?? '';
}

export async function activeSheet(page: Page): Promise<string> {
  return (await grid(page).getAttribute('data-sheet')) ?? '';
}

/** Clicks a cell, types into the formula bar and presses Enter (as a person would). */
export async function typeInto(page: Page, address: string, text: string): Promise<void> {
  await cell(page, address).click();
  await page.waitForFunction((a) => document.querySelector('[data-testid="sheet-grid"]')?.getAttribute('data-selection') === a, address);
  const bar = page.getByTestId('formula-bar');
  await bar.fill(text);
  await bar.press('Enter');
}

/** Waits until `read()` returns something other than `before`; returns it. */
export async function changed<T>(read: () => Promise<T>, before: T, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const now = await read();
    if (now !== before) return now;
    if (Date.now() > until) throw new Error(`still ${JSON.stringify(before)} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
