// Resume files → plain text, entirely in the page. The .docx and .pdf readers are large, so they
// load only when such a file is chosen (dynamic import; they are bundled, never fetched remotely).
export const RESUME_ACCEPT = '.txt,.md,.markdown,.docx,.pdf,text/plain,text/markdown,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const MAX_BYTES = 10 * 1024 * 1024;

export class ResumeImportError extends Error {
  override name = 'ResumeImportError';
}

function extension(name: string): string {
  return name.toLowerCase().split('.').pop() ?? '';
}

async function docxText(file: File): Promise<string> {
  const mammoth = await import('mammoth');
  const result = await mammoth.extractRawText({ arrayBuffer: await file.arrayBuffer() });
  return result.value;
}

async function pdfText(file: File): Promise<string> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  const doc = await pdfjs.getDocument({ data: new Uint8Array(await file.arrayBuffer()), isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    let line = '';
    const lines: string[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      line += item.str;
      if (item.hasEOL) {
        lines.push(line);
        line = '';
      }
    }
    if (line) lines.push(line);
    pages.push(lines.join('\n'));
  }
  await doc.destroy();
  return pages.join('\n\n');
}

export async function resumeFileText(file: File): Promise<string> {
  if (file.size > MAX_BYTES) throw new ResumeImportError(`${file.name} is larger than 10 MB; paste the text instead.`);
  const ext = extension(file.name);
  let text: string;
  try {
    if (ext === 'txt' || ext === 'md' || ext === 'markdown') text = await file.text();
    else if (ext === 'docx') text = await docxText(file);
    else if (ext === 'pdf') text = await pdfText(file);
    else throw new ResumeImportError(`${file.name}: choose a .txt, .md, .docx or .pdf file.`);
  } catch (error) {
    if (error instanceof ResumeImportError) throw error;
    throw new ResumeImportError(`Could not read ${file.name}: ${error instanceof Error ? error.message : String(error)}. Paste the text instead.`);
  }
  text = text.replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  if (!text) throw new ResumeImportError(`${file.name} has no readable text (a scanned PDF?). Paste the text instead.`);
  return text;
}
