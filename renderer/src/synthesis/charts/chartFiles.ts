import { downloadBytes } from '../../export/download';

// A chart's two downloads: the SVG ECharts drew, and a PNG painted from it at twice its size.

/** A file name from a chart's title: "Staff notes per theme" → "staff-notes-per-theme". */
export function chartFileName(title: string, extension: 'png' | 'svg'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'chart'}.${extension}`;
}

export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

export function downloadSvg(title: string, svg: string): void {
  downloadBytes(chartFileName(title, 'svg'), new TextEncoder().encode(svg), 'image/svg+xml');
}

/** Paints the SVG onto a canvas (no request: the picture is a data URL) and downloads it as a PNG. */
export async function downloadPng(title: string, svg: string, width: number, height: number): Promise<void> {
  const image = new Image();
  image.src = svgDataUrl(svg);
  await image.decode();
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This window cannot draw a picture (no 2D canvas), so the PNG was not made.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The PNG could not be made.'))), 'image/png'),
  );
  downloadBytes(chartFileName(title, 'png'), new Uint8Array(await blob.arrayBuffer()), 'image/png');
}
