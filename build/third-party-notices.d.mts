// Types for third-party-notices.mjs, so the unit tests can drive it.
export interface PackageNotice {
  name: string;
  version: string;
  license: string;
  url: string | null;
  licences: string[];
  notices: string[];
}
export function packageDirOf(file: string): string | null;
export function shippedPackageDirs(distDir: string, projectDir: string): Promise<string[]>;
export function describePackage(dir: string): Promise<PackageNotice>;
export function noticesText(productName: string, packages: readonly PackageNotice[]): string;
export function thirdPartyNotices(
  distDir: string,
  projectDir: string,
  productName: string,
): Promise<{ text: string; packages: PackageNotice[] }>;
