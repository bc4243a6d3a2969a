import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The marker before the fuse wire in every Electron binary (from @electron/fuses). */
export const FUSE_SENTINEL = Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX');

/** The parts of electron-builder's configuration the tests read. */
export interface BuilderConfig {
  directories?: { buildResources?: string };
  fileAssociations?: { ext: string; icon?: string }[];
  win?: { target?: unknown; icon?: string };
  nsis?: Record<string, unknown>;
  mac?: { target?: unknown; icon?: string };
  linux?: { target?: unknown; icon?: string };
}

/**
 * Every package the app needs at run time: its dependencies and theirs (optional ones
 * when installed), found the way Node finds them, from the nearest node_modules upwards.
 */
export function productionPackages(root: string, dependencies: string[]): Set<string> {
  const found = new Set<string>();
  const visit = (name: string, fromDir: string, optional: boolean) => {
    for (let dir = fromDir; ; dir = path.dirname(dir)) {
      const manifest = path.join(dir, 'node_modules', name, 'package.json');
      let pkg: { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };
      try {
        pkg = JSON.parse(readFileSync(manifest, 'utf-8'));
      } catch {
        if (dir === path.dirname(dir)) {
          if (optional) return;
          throw new Error(`The dependency ${name} is not installed.`);
        }
        continue;
      }
      if (found.has(name)) return;
      found.add(name);
      const packageDir = path.dirname(manifest);
      for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep, packageDir, false);
      for (const dep of Object.keys(pkg.optionalDependencies ?? {})) visit(dep, packageDir, true);
      return;
    }
  };
  for (const name of dependencies) visit(name, root, false);
  return found;
}

// ICNS entry types and the pixel size each holds.
const ICNS_SIZES: Record<string, number> = {
  icp4: 16,
  icp5: 32,
  icp6: 64,
  ic07: 128,
  ic08: 256,
  ic09: 512,
  ic10: 1024,
  ic11: 32,
  ic12: 64,
  ic13: 256,
  ic14: 512,
  is32: 16,
  il32: 32,
  ih32: 48,
  it32: 128,
};

/** The square sizes an icon file holds, read from its headers; throws if it is not that kind of file. */
export function iconSizes(data: Buffer, kind: 'png' | 'ico' | 'icns'): number[] {
  if (kind === 'png') {
    if (!data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
      throw new Error('not a PNG');
    const [width, height] = [data.readUInt32BE(16), data.readUInt32BE(20)];
    if (width !== height) throw new Error(`a ${width}×${height} PNG is not square`);
    return [width];
  }
  if (kind === 'ico') {
    if (data.readUInt16LE(0) !== 0 || data.readUInt16LE(2) !== 1) throw new Error('not an ICO');
    return Array.from({ length: data.readUInt16LE(4) }, (_, i) => data[6 + i * 16] || 256);
  }
  if (data.toString('latin1', 0, 4) !== 'icns' || data.readUInt32BE(4) !== data.length) throw new Error('not an ICNS');
  const sizes: number[] = [];
  for (let at = 8; at + 8 <= data.length; at += data.readUInt32BE(at + 4)) {
    const size = ICNS_SIZES[data.toString('latin1', at, at + 4)];
    if (size) sizes.push(size);
    if (data.readUInt32BE(at + 4) < 8) throw new Error('a damaged ICNS entry');
  }
  return sizes;
}
