import { MAX_EVIDENCE_BYTES } from '@convene/contracts';
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aPdf, asBytes } from './support/evidence-files.js';
import { aCase, anAgency, aUser, type TestUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A 1×1 transparent PNG. */
const A_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** A zip of uncompressed entries, written out by hand (local headers, central directory, end record). */
function aStoredZip(entries: [name: string, content: string][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const fileName = Buffer.from(name, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6); // version needed
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The smallest Word document Word itself opens: the package's content types, its relationship, and a body. */
function aWordDocument(): Buffer {
  return aStoredZip([
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ],
    [
      'word/document.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        '<w:body><w:p><w:r><w:t>Social care advice</w:t></w:r></w:p></w:body></w:document>',
    ],
  ]);
}

describe("evidence in a child's case", () => {
  let test: TestApp;
  let dataSource: DataSource;
  let flo: TestUser;
  let panelMember: TestUser;
  let speechTherapist: TestUser;
  let occupationalTherapist: TestUser;
  const cookie: Record<string, string> = {};
  const http = () => request(test.app.getHttpServer());

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    flo = await aUser(dataSource, { roles: ['presenter'] });
    panelMember = await aUser(dataSource, { roles: ['panel_member'] });
    speechTherapist = await aUser(dataSource, {
      roles: ['health_team_rep'],
      agencyCode: 'salt',
      agencyKind: 'health',
    });
    occupationalTherapist = await aUser(dataSource, {
      roles: ['health_team_rep'],
      agencyCode: 'ot',
      agencyKind: 'health',
    });
    for (const [name, user] of Object.entries({ flo, panelMember, speechTherapist, occupationalTherapist }))
      cookie[name] = await signIn(test, user);
  });
  afterAll(async () => {
    await test?.close();
  });

  const upload = (
    childId: string,
    file: { content: Buffer; name: string; contentType?: string } | null,
    fields: Record<string, string> = {},
    as = cookie.flo!,
  ) => {
    let call = http().post(`/api/cases/${childId}/evidence`).set('Cookie', as);
    for (const [name, value] of Object.entries({
      kind: 'ep_advice',
      title: 'EP advice, spring term',
      ...fields,
    }))
      call = call.field(name, value);
    if (file)
      call = call.attach('file', file.content, {
        filename: file.name,
        contentType: file.contentType ?? 'application/octet-stream',
      });
    return call;
  };
  const download = (evidenceId: string, as = cookie.flo!) =>
    http()
      .get(`/api/evidence/${evidenceId}/content`)
      .set('Cookie', as)
      .buffer(true)
      .parse(asBytes as never);
  const evidenceCount = async (childId: string) =>
    (
      await dataSource.query(`SELECT count(*)::int AS n FROM evidence_items WHERE child_id = $1`, [childId])
    )[0].n;
  const uploadAudits = async () =>
    dataSource.query(
      `SELECT actor_id, entity_id, after FROM audit_records WHERE action = 'evidence.uploaded'`,
    );

  it('lists an uploaded EP advice with the type read from its content, and hands it back byte for byte to view in the browser', async () => {
    const { childId, requestId } = await aCase(dataSource, { flo: flo.id });
    const pdf = aPdf();
    const created = await upload(
      childId,
      { content: pdf, name: 'EP advice.pdf', contentType: 'application/pdf' },
      { requestId },
    ).expect(201);
    expect(created.body).toMatchObject({
      childId,
      requestId,
      kind: 'ep_advice',
      title: 'EP advice, spring term',
      fileName: 'EP advice.pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      uploadedBy: { id: flo.id, displayName: expect.any(String) },
    });

    const list = await http()
      .get(`/api/cases/${childId}/evidence`)
      .set('Cookie', cookie.panelMember!)
      .expect(200);
    expect(list.body).toEqual([created.body]);
    expect(list.body[0]).not.toHaveProperty('content');

    const file = await download(created.body.id, cookie.panelMember).expect(200);
    expect(Buffer.compare(file.body, pdf)).toBe(0);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toBe(
      `inline; filename="EP advice.pdf"; filename*=UTF-8''EP%20advice.pdf`,
    );
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['cache-control']).toBe('private, no-store');
  });

  it('lists the newest document first', async () => {
    const { childId } = await aCase(dataSource, { flo: flo.id });
    const first = await upload(
      childId,
      { content: aPdf('first'), name: 'first.pdf' },
      { kind: 'sen_support_plan', title: 'SEN support plan' },
    ).expect(201);
    const second = await upload(
      childId,
      { content: A_PNG, name: 'drawing.png' },
      { kind: 'child_views', title: "The child's drawing" },
    ).expect(201);
    const list = await http().get(`/api/cases/${childId}/evidence`).set('Cookie', cookie.flo!).expect(200);
    expect(list.body.map((item: { id: string }) => item.id)).toEqual([second.body.id, first.body.id]);
  });

  it("judges a file by what it contains, not by its name: a picture called 'scan.pdf' is a PNG and is saved as one", async () => {
    const { childId } = await aCase(dataSource, { flo: flo.id });
    const created = await upload(
      childId,
      { content: A_PNG, name: 'C:\\Users\\flo\\Desktop\\scan.pdf', contentType: 'application/pdf' },
      { kind: 'child_views' },
    ).expect(201);
    expect(created.body).toMatchObject({
      mediaType: 'image/png',
      fileName: 'scan.pdf',
      sizeBytes: A_PNG.length,
    });
    const file = await download(created.body.id).expect(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.headers['content-disposition']).toMatch(/^inline; filename="scan\.pdf\.png"/);
    expect(Buffer.compare(file.body, A_PNG)).toBe(0);
  });

  it('refuses a text file renamed report.pdf, naming the types it takes, and stores nothing', async () => {
    const { childId } = await aCase(dataSource, { flo: flo.id });
    const auditsBefore = (await uploadAudits()).length;
    const response = await upload(childId, {
      content: Buffer.from('Dear panel, this is not really a PDF.\n'),
      name: 'report.pdf',
      contentType: 'application/pdf',
    }).expect(415);
    expect(response.body).toMatchObject({ statusCode: 415, code: 'unsupported_file_type' });
    expect(response.body.message).toMatch(/PDF.*Word.*PNG.*JPEG/);
    const list = await http().get(`/api/cases/${childId}/evidence`).set('Cookie', cookie.flo!).expect(200);
    expect(list.body).toEqual([]);
    expect(await uploadAudits()).toHaveLength(auditsBefore);
  });

  it('takes a Word document, and offers it to save rather than to view', async () => {
    const { childId } = await aCase(dataSource, { flo: flo.id });
    const docx = aWordDocument();
    const created = await upload(
      childId,
      { content: docx, name: 'Social care advice – Ménard.docx' },
      { kind: 'social_care_advice', title: 'Social care advice' },
    ).expect(201);
    expect(created.body.mediaType).toBe(DOCX);
    const file = await download(created.body.id).expect(200);
    expect(file.headers['content-type']).toBe(DOCX);
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="Social care advice _ M_nard.docx"; filename*=UTF-8''Social%20care%20advice%20%E2%80%93%20M%C3%A9nard.docx`,
    );
    expect(Buffer.compare(file.body, docx)).toBe(0);
  });

  it('refuses a file over 20 MB with 413 and says so, storing nothing', async () => {
    const { childId } = await aCase(dataSource, { flo: flo.id });
    const tooBig = Buffer.concat([aPdf(), Buffer.alloc(MAX_EVIDENCE_BYTES + 1 - aPdf().length, 0x20)]);
    const response = await upload(childId, { content: tooBig, name: 'scanned-at-600dpi.pdf' }).expect(413);
    expect(response.body).toMatchObject({ statusCode: 413, code: 'payload_too_large' });
    expect(response.body.message).toMatch(/20 MB/);
    expect(await evidenceCount(childId)).toBe(0);
  });

  it('names the field when the kind of evidence is not one the panels know', async () => {
    const { childId } = await aCase(dataSource, { flo: flo.id });
    const response = await upload(childId, { content: aPdf(), name: 'x.pdf' }, { kind: 'horoscope' }).expect(
      400,
    );
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.fields.map((f: { field: string }) => f.field)).toEqual(['kind']);
    expect(await evidenceCount(childId)).toBe(0);
  });

  it('names the file field when no file, two files or a file under another name is sent, and the title when it is blank', async () => {
    const { childId } = await aCase(dataSource, { flo: flo.id });
    const noFile = await upload(childId, null).expect(400);
    expect(noFile.body.fields.map((f: { field: string }) => f.field)).toEqual(['file']);
    const blankTitle = await upload(childId, { content: aPdf(), name: 'x.pdf' }, { title: '   ' }).expect(
      400,
    );
    expect(blankTitle.body.fields.map((f: { field: string }) => f.field)).toEqual(['title']);
    const twoFiles = await upload(childId, { content: aPdf(), name: 'x.pdf' })
      .attach('file', aPdf(), 'y.pdf')
      .expect(400);
    expect(twoFiles.body.fields.map((f: { field: string }) => f.field)).toEqual(['file']);
    const wrongField = await http()
      .post(`/api/cases/${childId}/evidence`)
      .set('Cookie', cookie.flo!)
      .field('kind', 'ep_advice')
      .field('title', 'EP advice')
      .attach('document', aPdf(), 'x.pdf')
      .expect(400);
    expect(wrongField.body.fields.map((f: { field: string }) => f.field)).toEqual(['file']);
    expect(await evidenceCount(childId)).toBe(0);
  });

  it("refuses to file a document under another child's request", async () => {
    const { childId } = await aCase(dataSource, { flo: flo.id });
    const other = await aCase(dataSource);
    const response = await upload(
      childId,
      { content: aPdf(), name: 'x.pdf' },
      { requestId: other.requestId },
    ).expect(400);
    expect(response.body.fields.map((f: { field: string }) => f.field)).toEqual(['requestId']);
    expect(await evidenceCount(childId)).toBe(0);
  });

  it("keeps a case's evidence from a health team with no advice request for the child, and shows it to the team that has one", async () => {
    const { childId, requestId } = await aCase(dataSource, { flo: flo.id });
    const otAgency = await anAgency(dataSource, 'ot', 'health');
    await dataSource.query(
      `INSERT INTO advice_requests (request_id, agency_id, advice_kind, status, requested_on) VALUES ($1, $2, 'health', 'with_team', '2026-01-12')`,
      [requestId, otAgency],
    );
    const pdf = aPdf('school report');
    const created = await upload(
      childId,
      { content: pdf, name: 'school report.pdf' },
      { kind: 'school_report', title: 'School report' },
    ).expect(201);

    // The speech and language therapy team was never asked: to them the case and its documents do not exist.
    const list = await http()
      .get(`/api/cases/${childId}/evidence`)
      .set('Cookie', cookie.speechTherapist!)
      .expect(404);
    expect(list.body.code).toBe('case_not_found');
    // Nor may they add to it: refused as any case that is not theirs, the same answer as for one that does not exist.
    const refused = await upload(
      childId,
      { content: aPdf(), name: 'x.pdf' },
      { kind: 'health_advice' },
      cookie.speechTherapist,
    ).expect(403);
    const nobodys = await upload(
      '00000000-0000-4000-8000-000000000000',
      { content: aPdf(), name: 'x.pdf' },
      { kind: 'health_advice' },
      cookie.speechTherapist,
    ).expect(403);
    expect(refused.body).toEqual(nobodys.body);
    const hidden = await download(created.body.id, cookie.speechTherapist).expect(404);
    const unknown = await download('00000000-0000-4000-8000-000000000000', cookie.speechTherapist).expect(
      404,
    );
    expect(JSON.parse(hidden.body.toString())).toEqual(JSON.parse(unknown.body.toString()));
    expect(await evidenceCount(childId)).toBe(1);

    // The occupational therapy team has the advice request: they read the evidence and add their advice.
    const seen = await http()
      .get(`/api/cases/${childId}/evidence`)
      .set('Cookie', cookie.occupationalTherapist!)
      .expect(200);
    expect(seen.body.map((item: { id: string }) => item.id)).toEqual([created.body.id]);
    const file = await download(created.body.id, cookie.occupationalTherapist).expect(200);
    expect(Buffer.compare(file.body, pdf)).toBe(0);
    await upload(
      childId,
      { content: aPdf('OT advice'), name: 'OT advice.pdf' },
      { kind: 'health_advice', title: 'OT advice' },
      cookie.occupationalTherapist,
    ).expect(201);
  });

  it('records who added a document in the audit trail, without the file or anything that could name the child', async () => {
    const { childId, requestId } = await aCase(dataSource, {
      flo: flo.id,
      givenName: 'Wobbly',
      familyName: 'Testcase',
    });
    const pdf = aPdf();
    const created = await upload(
      childId,
      { content: pdf, name: 'Wobbly Testcase parent views.pdf' },
      { kind: 'parent_views', title: "Wobbly Testcase's parents' views", requestId },
    ).expect(201);
    const [audit] = await dataSource.query(
      `SELECT actor_id, entity_type, after FROM audit_records WHERE action = 'evidence.uploaded' AND entity_id = $1`,
      [created.body.id],
    );
    expect(audit).toEqual({
      actor_id: flo.id,
      entity_type: 'evidence_item',
      after: {
        childId,
        requestId,
        kind: 'parent_views',
        mediaType: 'application/pdf',
        sizeBytes: pdf.length,
        sha256: created.body.sha256,
      },
    });
    expect(JSON.stringify(audit)).not.toMatch(/Wobbly|Testcase|PDF-1/);
  });
});
