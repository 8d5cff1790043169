import { SetMetadata } from '@nestjs/common';

export const ACCEPTS_FILE_UPLOAD = 'convene:accepts-file-upload';

/** Marks the few routes that take a file as `multipart/form-data`; every other write takes JSON only. */
export const AcceptsFileUpload = () => SetMetadata(ACCEPTS_FILE_UPLOAD, true);
