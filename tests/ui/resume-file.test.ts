// @vitest-environment happy-dom
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { rewritePdfjs } from '../../scripts/vite-pdfjs-no-eval';
import { docxText, ResumeFileError, resumeText } from '../../src/ui/journal/resume-file';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const docx = (paragraphs: string[]): Uint8Array =>
  zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/document.xml': strToU8(
      `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${paragraphs.map((p) => `<w:p><w:r><w:t>${p.split('\t').join('</w:t><w:tab/><w:t>')}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`,
    ),
  });

describe('résumé files', () => {
  it('reads the paragraphs of a .docx', () => {
    expect(docxText(docx(['Jane Doe', 'Skills:\tPython, Kubernetes']))).toBe('Jane Doe\nSkills:\tPython, Kubernetes');
  });

  it('says what is wrong with a file it cannot read', async () => {
    expect(() => docxText(new Uint8Array([1, 2, 3]))).toThrow(ResumeFileError);
    await expect(resumeText(new File(['x'], 'photo.png', { type: 'image/png' }))).rejects.toThrow('Choose a PDF');
    await expect(resumeText(new File(['   '], 'blank.txt', { type: 'text/plain' }))).rejects.toThrow('No text found');
    expect(await resumeText(new File(['Python and Go'], 'cv.txt', { type: 'text/plain' }))).toBe('Python and Go');
  });
});

describe("the build's rewrite of pdf.js", () => {
  it('leaves no string evaluation and no module loaded by URL in pdf.js or its worker', () => {
    for (const file of ['pdf.mjs', 'pdf.worker.mjs']) {
      const code = readFileSync(join(process.cwd(), 'node_modules/pdfjs-dist/build', file), 'utf8');
      const out = rewritePdfjs(code);
      expect(out.count, file).toBeGreaterThan(0);
      expect(out.code).not.toMatch(/new Function\(/);
      expect(out.code).not.toMatch(/await import\(\s*(\/\*[^*]*\*\/\s*)*(this\.workerSrc|path)\)/);
    }
  });
});
