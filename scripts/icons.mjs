// `npm run icons`: renders every icon the installers need from the one source image,
// resources/icons/roundtable.svg. Run it by hand after changing the SVG and commit what it
// writes, so that packaging never needs a generation step (or the rendering libraries).
//   resources/icons/icon.ico   Windows: the app, its installer and its files (16-256 px)
//   resources/icons/icon.icns  macOS (16-1024 px)
//   resources/icons/png/NxN.png  Linux: one PNG per size, as electron-builder expects
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import generateIcon from 'icon-gen';

const icons = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'icons');
const source = path.join(icons, 'roundtable.svg');
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];

const scratch = await mkdtemp(path.join(os.tmpdir(), 'roundtable-icons-'));
try {
  await generateIcon(source, scratch, {
    report: false,
    ico: { name: 'icon', sizes: [16, 24, 32, 48, 64, 128, 256] },
    icns: { name: 'icon', sizes: [16, 32, 64, 128, 256, 512, 1024] },
    favicon: { name: 'png-', pngSizes: LINUX_SIZES, icoSizes: [16] },
  });
  const png = path.join(icons, 'png');
  await rm(png, { recursive: true, force: true });
  await mkdir(png, { recursive: true });
  for (const size of LINUX_SIZES)
    await rename(path.join(scratch, `png-${size}.png`), path.join(png, `${size}x${size}.png`));
  await rename(path.join(scratch, 'icon.ico'), path.join(icons, 'icon.ico'));
  await rename(path.join(scratch, 'icon.icns'), path.join(icons, 'icon.icns'));
  console.log(
    `Icons written to ${path.relative(process.cwd(), icons) || '.'}: icon.ico, icon.icns, png/ (${LINUX_SIZES.join(', ')} px).`,
  );
} finally {
  await rm(scratch, { recursive: true, force: true });
}
