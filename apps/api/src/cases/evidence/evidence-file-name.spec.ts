import { describe, expect, it } from 'vitest';
import { contentDisposition, downloadFileName, sanitiseFileName } from './evidence-file-name.js';
import { evidenceFileType } from './evidence-file-type.js';

describe('the name an evidence file is kept under', () => {
  it('keeps only the name, without the folders of the computer it came from', () => {
    expect(sanitiseFileName('C:\\Users\\flo\\Documents\\EP advice.pdf')).toBe('EP advice.pdf');
    expect(sanitiseFileName('../../etc/passwd')).toBe('passwd');
  });

  it('drops control characters and the invisible ones that make a name read backwards', () => {
    expect(sanitiseFileName('report\u0000\r\n.pdf')).toBe('report.pdf');
    expect(sanitiseFileName('advice\u202Efdp.exe')).toBe('advicefdp.exe');
  });

  it('does not keep a name that would hide the file, or one with nothing left', () => {
    expect(sanitiseFileName('..hidden.pdf')).toBe('hidden.pdf');
    expect(sanitiseFileName(' \u0007 ')).toBe('');
  });

  it('shortens a long name to 200 characters, keeping its extension and whole characters', () => {
    const name = sanitiseFileName(`${'é'.repeat(150)}${'😀'.repeat(100)}.docx`);
    expect(Array.from(name)).toHaveLength(200);
    expect(name.endsWith('😀.docx')).toBe(true);
  });
});

describe('the name a download is saved under', () => {
  it("adds the detected type's extension when the name has another one", () => {
    expect(
      downloadFileName(
        'minutes.exe',
        evidenceFileType('application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
      ),
    ).toBe('minutes.exe.docx');
    expect(downloadFileName('photo.JPEG', evidenceFileType('image/jpeg'))).toBe('photo.JPEG');
    expect(downloadFileName('a:b?.pdf', evidenceFileType('application/pdf'))).toBe('a_b_.pdf');
  });

  it('sends an ASCII name for old clients and the exact one for the rest', () => {
    expect(contentDisposition('inline', 'Avis de l\u2019EP "final" 100%.pdf')).toBe(
      `inline; filename="Avis de l_EP _final_ 100_.pdf"; filename*=UTF-8''Avis%20de%20l%E2%80%99EP%20%22final%22%20100%25.pdf`,
    );
  });
});
