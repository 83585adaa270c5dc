/** Saving a PDF from the page: the one piece of the documents UI that needs the DOM. */
import type { PdfFile } from '../../../main/contract/documents';
import { pdfBlob } from './data';

/** Hands the file to the browser's (or Electron's) download handling under its own name. */
export function saveFile(file: PdfFile): void {
  const url = URL.createObjectURL(pdfBlob(file));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download reads the blob asynchronously; the URL stays valid long enough for a slow save dialog.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
