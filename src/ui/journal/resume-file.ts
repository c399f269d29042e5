/**
 * A résumé file to text, in the extension page (nothing leaves the browser): PDF through pdf.js
 * with its worker bundled in the extension (loaded only when a PDF is chosen), DOCX by unzipping
 * its `word/document.xml` (fflate) and reading the paragraphs, plain text as it is.
 */
import { unzipSync } from 'fflate';

/** Larger files are refused with a message, never half-read. */
export const MAX_RESUME_BYTES = 10_000_000;
/** The background reads at most this much of a résumé. */
export const MAX_RESUME_TEXT = 100_000;

export class ResumeFileError extends Error {}

export async function pdfText(data: Uint8Array): Promise<string> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.mjs?worker&url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  let doc;
  try {
    // No eval, no fonts loaded, nothing fetched: text only.
    doc = await pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false }).promise;
  } catch (e) {
    throw new ResumeFileError(`This PDF could not be read (${(e as Error)?.message ?? e}).`);
  }
  try {
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages && pages.join('\n').length < MAX_RESUME_TEXT; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      pages.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : ' ') : '')).join(''));
    }
    return pages.join('\n');
  } finally {
    void doc.destroy();
  }
}

export function docxText(data: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data, { filter: (f) => f.name === 'word/document.xml' });
  } catch {
    throw new ResumeFileError('This file is not a Word document (.docx) Skillmark can read.');
  }
  const xml = files['word/document.xml'];
  if (!xml) throw new ResumeFileError('This .docx holds no document text.');
  const doc = new DOMParser().parseFromString(new TextDecoder().decode(xml), 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) throw new ResumeFileError('The text of this .docx is damaged.');
  const paragraphs: string[] = [];
  for (const p of doc.getElementsByTagName('w:p')) {
    let line = '';
    for (const el of p.getElementsByTagName('*')) {
      if (el.tagName === 'w:t') line += el.textContent ?? '';
      else if (el.tagName === 'w:tab') line += '\t';
      else if (el.tagName === 'w:br') line += '\n';
    }
    paragraphs.push(line);
  }
  return paragraphs.join('\n');
}

/** The text of a chosen file, by its type. Throws a ResumeFileError the user can read. */
export async function resumeText(file: File): Promise<string> {
  if (file.size > MAX_RESUME_BYTES) throw new ResumeFileError(`This file is too large (${file.size.toLocaleString('en')} bytes; at most ${MAX_RESUME_BYTES.toLocaleString('en')}).`);
  const name = file.name.toLowerCase();
  const data = new Uint8Array(await file.arrayBuffer());
  let text: string;
  if (name.endsWith('.pdf') || file.type === 'application/pdf') text = await pdfText(data);
  else if (name.endsWith('.docx')) text = docxText(data);
  else if (name.endsWith('.txt') || name.endsWith('.md') || file.type.startsWith('text/')) text = new TextDecoder().decode(data);
  else throw new ResumeFileError('Choose a PDF, a Word document (.docx) or a text file.');
  text = text.replace(/[ \t]+\n/g, '\n').trim();
  if (!text) throw new ResumeFileError('No text found in this file (a scanned PDF holds pictures, not text).');
  return text.slice(0, MAX_RESUME_TEXT);
}
