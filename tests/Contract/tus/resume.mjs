// A phone's resumable upload with the real tus-js-client (4.3.1), driven by ResumableUploadClientTests.
//
//   DR_MODE=first   starts a new upload in chunks and, once DR_CUT_AT bytes (of the whole file) are sent, ends the process in the
//                   middle of a PATCH body (the connection drops as when the signal is lost); prints "upload-url=<url>".
//   DR_MODE=resume  continues DR_UPLOAD_URL: tus-js-client asks HEAD for the offset and sends the rest; prints the offset
//                   its first PATCH started from ("first-patch-offset=<n>") and "upload complete" — or, with DR_CUT_AT,
//                   is cut again there (the benchmark cuts twice).
//
// Environment: DR_BASE_URL, DR_TOKEN (bearer), DR_FILE, DR_TASK, DR_TARGET, DR_SHA256, DR_CHUNK (bytes), DR_CUT_AT.
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import * as tus from 'tus-js-client';

const env = (name) => {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is not set`);
    process.exit(2);
  }
  return value;
};

const mode = env('DR_MODE');
// A path-backed stream: tus-js-client reads each chunk from the file at its offset (nothing whole in memory).
const file = createReadStream(env('DR_FILE'));
let firstPatchOffset = null;

const upload = new tus.Upload(file, {
  endpoint: `${env('DR_BASE_URL')}/api/v1/uploads`,
  uploadUrl: mode === 'resume' ? env('DR_UPLOAD_URL') : undefined,
  chunkSize: Number(env('DR_CHUNK')),
  retryDelays: null,
  headers: { Authorization: `Bearer ${env('DR_TOKEN')}` },
  metadata: {
    taskId: env('DR_TASK'),
    targetCode: env('DR_TARGET'),
    kind: 'video',
    filename: `现场-${basename(env('DR_FILE'))}`,
    sha256: env('DR_SHA256'),
  },
  onBeforeRequest(req) {
    if (req.getMethod() === 'PATCH' && firstPatchOffset === null) {
      firstPatchOffset = Number(req.getHeader('Upload-Offset'));
      console.log(`first-patch-offset=${firstPatchOffset}`);
    }
  },
  onUploadUrlAvailable() {
    console.log(`upload-url=${upload.url}`);
  },
  onProgress(bytesSent) {
    if (process.env.DR_CUT_AT && bytesSent >= Number(process.env.DR_CUT_AT)) {
      // Mid-body: the process ends, the socket closes, the server is left with a PATCH cut short.
      console.log(`cut at ${bytesSent}`);
      process.exit(0);
    }
  },
  onError(error) {
    console.error(`upload failed: ${error}`);
    process.exit(1);
  },
  onSuccess() {
    console.log('upload complete');
  },
});

upload.start();
