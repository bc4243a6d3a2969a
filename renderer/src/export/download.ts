import type { ExportFile } from '../../../shared/export/files';

/**
 * Hands a blob to the browser as a download. In browser mode it lands in the Downloads
 * folder; in the desktop app Electron shows its native Save dialog for it.
 */
function saveBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; free the blob a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** One file of an export (text, or base64 bytes) as a download. */
export function downloadFile(file: ExportFile): void {
  const type =
    file.mediaType === 'text/csv'
      ? 'text/csv;charset=utf-8'
      : file.mediaType === 'application/json'
        ? 'application/json;charset=utf-8'
        : file.mediaType;
  const body = file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : file.content;
  saveBlob(file.name, new Blob([body], { type }));
}

/** Bytes (a zip, say) as a download. */
export function downloadBytes(name: string, bytes: Uint8Array, type: string): void {
  saveBlob(name, new Blob([bytes as BlobPart], { type }));
}
