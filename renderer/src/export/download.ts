import type { ExportFile } from '../../../shared/export/files';

/**
 * Hands a file to the browser as a download. In browser mode it lands in the Downloads
 * folder; in the desktop app Electron shows its native Save dialog for it.
 */
export function downloadFile(file: ExportFile): void {
  const type = file.mediaType === 'text/csv' ? 'text/csv;charset=utf-8' : file.mediaType === 'application/json' ? 'application/json;charset=utf-8' : file.mediaType;
  const body = file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : file.content;
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; free the blob a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
