/** Reaching a section of a product's workspace, as a user does: card, then section nav. */
import type { Locator, Page } from '@playwright/test';
import { BoardPage } from './fixtures';

export function openWorkspaceSection(
  page: Page,
  productName: string,
  sectionName: string,
): Promise<Locator> {
  return new BoardPage(page).openSection(productName, sectionName);
}
