/**
 * The pdfmake instance the document engine renders with. pdfmake exports a process-wide
 * singleton; we build our own instance of its class so that our fonts and our "no files, no
 * network" policies cannot be changed by, or leak into, any other user of pdfmake.
 */
import pdfmake from 'pdfmake';

type PdfMakeClass = new () => pdfmake.PdfMake;

function createEngine(): pdfmake.PdfMake {
  const Engine = Object.getPrototypeOf(pdfmake).constructor as PdfMakeClass;
  const engine = new Engine();
  // Fonts come from the in-memory file system (see fonts.ts); a document never needs to read a
  // file or fetch a URL, so a template that tries is refused instead of silently obeyed.
  engine.setUrlAccessPolicy(() => false);
  engine.setLocalAccessPolicy(() => false);
  return engine;
}

export const engine: pdfmake.PdfMake = createEngine();
