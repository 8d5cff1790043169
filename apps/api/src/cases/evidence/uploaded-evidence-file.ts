/** What multer's memory storage gives the handler for the `file` field (the parts of it used here). */
export interface UploadedEvidenceFile {
  /** The name on the uploader's computer, as the browser sent it. */
  originalname: string;
  size: number;
  buffer: Buffer;
}
