import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PackageInfo {
  name: string;
  version: string;
  license: string;
}

const PACKAGE_NAME = 'customer-data-api';

/**
 * The project's package.json, found by walking up from this file: it sits three levels
 * above it in the sources and four in dist/, and beside dist/ in the container image.
 */
export function packageInfo(from = path.dirname(fileURLToPath(import.meta.url))): PackageInfo {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, 'utf8')) as Partial<PackageInfo>;
      if (json.name === PACKAGE_NAME)
        return { name: json.name, version: String(json.version), license: String(json.license) };
    }
    if (path.dirname(dir) === dir) throw new Error(`no package.json of ${PACKAGE_NAME} above ${from}`);
  }
}
