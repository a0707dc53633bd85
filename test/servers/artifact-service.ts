/**
 * A loopback stand-in for the GitHub Actions results service as `@actions/artifact` 6 talks to it:
 *
 * - Twirp JSON RPC `POST /twirp/github.actions.results.api.v1.ArtifactService/<Method>` with
 *   `Authorization: Bearer $ACTIONS_RUNTIME_TOKEN` — CreateArtifact, FinalizeArtifact, ListArtifacts,
 *   GetSignedArtifactURL, DeleteArtifact (proto field names, int64 as JSON strings, Timestamps as
 *   RFC 3339; errors as `{"code":"already_exists","msg":"..."}` with the Twirp HTTP status);
 * - the Azure Blob REST calls `@azure/storage-blob`'s `BlockBlobClient.uploadStream` makes on the signed
 *   upload URL (Put Block `?comp=block&blockid=…`, then Put Block List `?comp=blocklist`; Put Blob is also
 *   accepted), and Get Blob on the signed download URL. Signed URLs are path-style on this same server
 *   (`http://127.0.0.1:<port>/<account>/<container>/<blob>?sv=…&sp=…&se=…&sig=…`, the shape Azurite uses)
 *   and carry an HMAC signature that the server checks.
 *
 * Point the real client at it with ACTIONS_RESULTS_URL=`url` and ACTIONS_RUNTIME_TOKEN=`runtimeToken(run, job)`.
 */
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import {
  FaultQueue,
  sendBody,
  sendJson,
  startRecordingServer,
  tokenFromAuthorization,
  type Fault,
  type MethodMatcher,
  type PathMatcher,
  type RecordedRequest,
  type RequestContext,
} from './common.js';
import type { ArtifactSource, LinkedArtifact } from './github-api.js';

export type { Fault, RecordedRequest } from './common.js';

export const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';

/** The message the real service sends (HTTP 409, Twirp code already_exists) when a run already has the name. */
export const ARTIFACT_CONFLICT_MESSAGE = 'an artifact with this name already exists on the workflow run';

export interface StoredArtifact {
  id: number;
  name: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  mimeType: string | undefined;
  version: number | undefined;
  expiresAt: string | undefined;
  createdAt: Date;
  /** 'created' after CreateArtifact, 'finalized' after FinalizeArtifact. */
  state: 'created' | 'finalized';
  /** Path of the blob on this server (`/<account>/<container>/<blob>`). */
  blobPath: string;
  /** Size and digest ("sha256:<hex>") the client sent to FinalizeArtifact. */
  size: number | undefined;
  digest: string | undefined;
  /** The committed blob bytes (the zip, unless uploaded with skipArchive). */
  content: Buffer | undefined;
  contentType: string | undefined;
}

interface Blob {
  artifactId: number;
  uncommitted: Map<string, Buffer>;
  committedBlocks: Map<string, Buffer>;
  content: Buffer | undefined;
  contentType: string | undefined;
  etag: string | undefined;
  lastModified: Date | undefined;
}

export interface ArtifactServiceOptions {
  /** First artifact id handed out (default 3_500_000_001: above 2^31 like real ids, so int32 bugs show). */
  firstArtifactId?: number;
  /** Lifetime of signed blob URLs (default 1 hour). */
  signedUrlTtlMs?: number;
  /** Azure storage account name in blob URLs (default "productionresultssa0"). */
  account?: string;
  port?: number;
}

/** Twirp error codes → HTTP status, per the Twirp spec. */
const TWIRP_STATUS: Record<string, number> = {
  canceled: 408,
  invalid_argument: 400,
  malformed: 400,
  deadline_exceeded: 408,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  permission_denied: 403,
  unauthenticated: 401,
  resource_exhausted: 429,
  failed_precondition: 412,
  aborted: 409,
  out_of_range: 400,
  unimplemented: 501,
  internal: 500,
  unavailable: 503,
  dataloss: 500,
};

function twirpCodeFor(status: number): string {
  const byStatus: Record<number, string> = {
    400: 'invalid_argument',
    401: 'unauthenticated',
    403: 'permission_denied',
    404: 'not_found',
    408: 'deadline_exceeded',
    409: 'already_exists',
    412: 'failed_precondition',
    429: 'resource_exhausted',
    501: 'unimplemented',
    503: 'unavailable',
  };
  return byStatus[status] ?? (status >= 500 ? 'internal' : 'unknown');
}

export interface ArtifactService extends ArtifactSource {
  /** ACTIONS_RESULTS_URL (origin with trailing slash, like the real value). */
  url: string;
  /** A JWT for ACTIONS_RUNTIME_TOKEN whose `scp` claim carries `Actions.Results:<runId>:<jobId>`. */
  runtimeToken(runId: string | number, jobId: string | number): string;
  /** ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL for one job. */
  env(runId: string | number, jobId: string | number): Record<string, string>;
  /** Artifacts created and not deleted, finalized or not (see `state`), in creation order. */
  artifacts: StoredArtifact[];
  requests: RecordedRequest[];
  /** Path matchers see e.g. "/twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact" or the blob path. */
  failNext(method: MethodMatcher, path: PathMatcher, fault: Fault): void;
  faults: FaultQueue;
  /** The finalized artifact named `name` (in run backend id `runId`, if given). */
  find(name: string, runId?: string | number): StoredArtifact | undefined;
  close(): Promise<void>;
}

export async function startArtifactService(options: ArtifactServiceOptions = {}): Promise<ArtifactService> {
  const requests: RecordedRequest[] = [];
  const faults = new FaultQueue();
  const artifacts: StoredArtifact[] = [];
  const blobs = new Map<string, Blob>();
  const key = randomBytes(32);
  const account = options.account ?? 'productionresultssa0';
  const ttl = options.signedUrlTtlMs ?? 3_600_000;
  let nextId = options.firstArtifactId ?? 3_500_000_001;
  let origin = '';

  // ---- runtime token -----------------------------------------------------------------------------
  const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const runtimeToken = (runId: string | number, jobId: string | number): string => {
    const now = Math.floor(Date.now() / 1000);
    const header = b64url({ typ: 'JWT', alg: 'HS256' });
    const payload = b64url({
      nameid: 'dddddddd-dddd-dddd-dddd-dddddddddddd',
      scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.UploadArtifacts:${runId}:${jobId} Actions.Results:${runId}:${jobId}`,
      iss: 'vstoken.actions.githubusercontent.com',
      aud: 'vso:00000000-0000-0000-0000-000000000000',
      iat: now,
      nbf: now - 60,
      exp: now + 6 * 3600,
    });
    const signature = createHmac('sha256', key).update(`${header}.${payload}`).digest('base64url');
    return `${header}.${payload}.${signature}`;
  };

  /** The run and job backend ids of a valid token, or undefined. */
  const verifyToken = (token: string | undefined): { run: string; job: string } | undefined => {
    const parts = token?.split('.');
    if (!parts || parts.length !== 3) return undefined;
    const [header, payload, signature] = parts as [string, string, string];
    const expected = createHmac('sha256', key).update(`${header}.${payload}`).digest('base64url');
    if (signature !== expected) return undefined;
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      scp?: string;
      exp?: number;
    };
    if (!claims.exp || claims.exp * 1000 < Date.now()) return undefined;
    for (const scope of (claims.scp ?? '').split(' ')) {
      const [kind, run, job] = scope.split(':');
      if (kind === 'Actions.Results' && run && job) return { run, job };
    }
    return undefined;
  };

  // ---- SAS-style signing of blob URLs ------------------------------------------------------------
  const sign = (path: string, permissions: string, expiry: string) =>
    createHmac('sha256', key).update(`${permissions}\n${expiry}\n${path}`).digest('base64');
  const signedUrl = (path: string, permissions: 'cw' | 'r', extra: Record<string, string> = {}): string => {
    const expiry = new Date(Date.now() + ttl).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const query = new URLSearchParams({
      sv: '2024-08-04',
      sr: 'b',
      sp: permissions,
      se: expiry,
      ...extra,
      sig: sign(path, permissions, expiry),
    });
    return `${origin}${path}?${query.toString()}`;
  };

  // ---- responses ---------------------------------------------------------------------------------
  const twirpError = (ctx: RequestContext, code: string, msg: string) =>
    sendJson(ctx.res, TWIRP_STATUS[code] ?? 500, { code, msg, meta: {} });

  const azureHeaders = (): Record<string, string> => ({
    'x-ms-request-id': randomUUID(),
    'x-ms-version': '2024-08-04',
    date: new Date().toUTCString(),
    server: 'Windows-Azure-Blob/1.0 Microsoft-HTTPAPI/2.0',
  });
  const azureError = (ctx: RequestContext, status: number, code: string, message: string) => {
    const headers = azureHeaders();
    sendBody(
      ctx.res,
      status,
      `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}\nRequestId:${headers['x-ms-request-id']}\nTime:${new Date().toISOString()}</Message></Error>`,
      { ...headers, 'content-type': 'application/xml', 'x-ms-error-code': code },
    );
  };

  const artifactTimestamp = (date: Date) => date.toISOString();

  // ---- Twirp methods -----------------------------------------------------------------------------
  interface Req {
    workflow_run_backend_id?: string;
    workflow_job_run_backend_id?: string;
    name?: string;
    expires_at?: string;
    version?: number;
    mime_type?: string;
    size?: string;
    hash?: string;
    name_filter?: string;
    id_filter?: string;
  }
  type Method = (ctx: RequestContext, req: Req, caller: { run: string; job: string }) => void;

  const live = () => artifacts.filter((a) => a.state === 'finalized');

  const methods: Record<string, Method> = {
    CreateArtifact: (ctx, req, caller) => {
      if (!req.name) return twirpError(ctx, 'invalid_argument', 'name is required');
      if (req.workflow_job_run_backend_id !== caller.job) {
        return twirpError(ctx, 'permission_denied', 'token is not valid for this workflow job run');
      }
      const clash = artifacts.find((a) => a.workflowRunBackendId === caller.run && a.name === req.name);
      if (clash) return twirpError(ctx, 'already_exists', ARTIFACT_CONFLICT_MESSAGE);
      const mimeType = req.mime_type;
      const blobName =
        mimeType === 'application/zip' || !mimeType
          ? `${randomBytes(16).toString('hex')}.zip`
          : `${randomBytes(16).toString('hex')}-${req.name.replace(/[^A-Za-z0-9._-]/g, '_')}`;
      const blobPath = `/${account}/actions-results/${randomUUID()}/workflow-job-run-${randomUUID()}/artifacts/${blobName}`;
      const artifact: StoredArtifact = {
        id: nextId++,
        name: req.name,
        workflowRunBackendId: caller.run,
        workflowJobRunBackendId: caller.job,
        mimeType,
        version: req.version,
        expiresAt: req.expires_at,
        createdAt: new Date(),
        state: 'created',
        blobPath,
        size: undefined,
        digest: undefined,
        content: undefined,
        contentType: undefined,
      };
      artifacts.push(artifact);
      blobs.set(blobPath, {
        artifactId: artifact.id,
        uncommitted: new Map(),
        committedBlocks: new Map(),
        content: undefined,
        contentType: undefined,
        etag: undefined,
        lastModified: undefined,
      });
      sendJson(ctx.res, 200, { ok: true, signed_upload_url: signedUrl(blobPath, 'cw') });
    },

    FinalizeArtifact: (ctx, req, caller) => {
      const artifact = artifacts.find(
        (a) => a.workflowRunBackendId === caller.run && a.name === req.name && a.state === 'created',
      );
      if (!artifact) return twirpError(ctx, 'not_found', 'artifact not found');
      const blob = blobs.get(artifact.blobPath);
      if (!blob?.content) {
        return twirpError(ctx, 'failed_precondition', 'artifact upload has not been completed');
      }
      const size = req.size === undefined ? 0 : Number(req.size);
      if (size !== blob.content.length) {
        return twirpError(
          ctx,
          'invalid_argument',
          `size ${size} does not match the uploaded blob (${blob.content.length} bytes)`,
        );
      }
      const digest = `sha256:${createHash('sha256').update(blob.content).digest('hex')}`;
      if (req.hash !== undefined && req.hash !== digest) {
        return twirpError(ctx, 'invalid_argument', `hash ${req.hash} does not match the uploaded blob`);
      }
      artifact.state = 'finalized';
      artifact.size = size;
      artifact.digest = req.hash ?? digest;
      artifact.content = blob.content;
      artifact.contentType = blob.contentType;
      sendJson(ctx.res, 200, { ok: true, artifact_id: String(artifact.id) });
    },

    ListArtifacts: (ctx, req, caller) => {
      let list = live().filter((a) => a.workflowRunBackendId === caller.run);
      if (req.name_filter !== undefined) list = list.filter((a) => a.name === req.name_filter);
      if (req.id_filter !== undefined) list = list.filter((a) => String(a.id) === String(req.id_filter));
      sendJson(ctx.res, 200, {
        artifacts: list.map((a) => ({
          workflow_run_backend_id: a.workflowRunBackendId,
          workflow_job_run_backend_id: a.workflowJobRunBackendId,
          database_id: String(a.id),
          name: a.name,
          size: String(a.size ?? 0),
          created_at: artifactTimestamp(a.createdAt),
          ...(a.digest ? { digest: a.digest } : {}),
        })),
      });
    },

    GetSignedArtifactURL: (ctx, req, caller) => {
      const artifact = live().find((a) => a.workflowRunBackendId === caller.run && a.name === req.name);
      if (!artifact) return twirpError(ctx, 'not_found', 'artifact not found');
      sendJson(ctx.res, 200, { signed_url: downloadUrl(artifact) });
    },

    DeleteArtifact: (ctx, req, caller) => {
      const artifact = live().find((a) => a.workflowRunBackendId === caller.run && a.name === req.name);
      if (!artifact) return twirpError(ctx, 'not_found', 'artifact not found');
      remove(artifact);
      sendJson(ctx.res, 200, { ok: true, artifact_id: String(artifact.id) });
    },
  };

  const downloadUrl = (artifact: StoredArtifact) => {
    const fileName = artifact.mimeType === 'application/zip' ? `${artifact.name}.zip` : artifact.name;
    return signedUrl(artifact.blobPath, 'r', {
      rscd: `attachment; filename="${fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    });
  };

  const remove = (artifact: StoredArtifact) => {
    artifacts.splice(artifacts.indexOf(artifact), 1);
    blobs.delete(artifact.blobPath);
  };

  const handleTwirp = (ctx: RequestContext): void => {
    const method = ctx.path.slice(TWIRP_PREFIX.length);
    if (ctx.method !== 'POST') {
      return twirpError(ctx, 'bad_route', `unsupported method ${ctx.method} (only POST is allowed)`);
    }
    const impl = Object.hasOwn(methods, method) ? methods[method] : undefined;
    if (!impl) return twirpError(ctx, 'bad_route', `no handler for path "${ctx.path}"`);
    if (!/^application\/json/i.test(ctx.req.headers['content-type'] ?? '')) {
      return twirpError(
        ctx,
        'bad_route',
        `unexpected Content-Type: "${ctx.req.headers['content-type'] ?? ''}"`,
      );
    }
    const caller = verifyToken(tokenFromAuthorization(ctx.req.headers.authorization));
    if (!caller) return twirpError(ctx, 'unauthenticated', 'invalid or missing runtime token');
    if (ctx.jsonError || typeof ctx.json !== 'object' || ctx.json === null) {
      return twirpError(ctx, 'malformed', 'the json request could not be decoded');
    }
    const req = ctx.json as Req;
    if (req.workflow_run_backend_id !== caller.run) {
      return twirpError(ctx, 'permission_denied', 'token is not valid for this workflow run');
    }
    impl(ctx, req, caller);
  };

  // ---- Azure Blob ---------------------------------------------------------------------------------
  const handleBlob = (ctx: RequestContext, blob: Blob): void => {
    const { query } = ctx;
    const permissions = query.sp ?? '';
    const expiry = query.se ?? '';
    if (!query.sig || query.sig !== sign(ctx.path, permissions, expiry)) {
      return azureError(
        ctx,
        403,
        'AuthenticationFailed',
        'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.',
      );
    }
    if (!(new Date(expiry).getTime() > Date.now())) {
      return azureError(
        ctx,
        403,
        'AuthenticationFailed',
        'Signed expiry time has to be after signed start time',
      );
    }
    const isWrite = ctx.method === 'PUT';
    if ((isWrite && !/[cw]/.test(permissions)) || (!isWrite && !permissions.includes('r'))) {
      return azureError(
        ctx,
        403,
        'AuthorizationPermissionMismatch',
        'This request is not authorized to perform this operation using this permission.',
      );
    }

    if (ctx.method === 'PUT' && query.comp === 'block') {
      const blockId = query.blockid ?? '';
      if (!/^[A-Za-z0-9+/]+={0,2}$/.test(blockId) || Buffer.from(blockId, 'base64').length > 64) {
        return azureError(
          ctx,
          400,
          'InvalidQueryParameterValue',
          'Value for one of the query parameters specified in the request URI is invalid.',
        );
      }
      const md5 = createHash('md5').update(ctx.rawBody).digest('base64');
      const sentMd5 = ctx.req.headers['content-md5'];
      if (sentMd5 && sentMd5 !== md5) {
        return azureError(
          ctx,
          400,
          'Md5Mismatch',
          'The MD5 value specified in the request did not match with the MD5 value calculated by the server.',
        );
      }
      blob.uncommitted.set(blockId, ctx.rawBody);
      ctx.res.writeHead(201, {
        ...azureHeaders(),
        'content-md5': md5,
        'x-ms-request-server-encrypted': 'true',
        'content-length': '0',
      });
      ctx.res.end();
      return;
    }

    if (ctx.method === 'PUT' && query.comp === 'blocklist') {
      const xml = ctx.rawBody.toString('utf8');
      const parts: Buffer[] = [];
      const committed = new Map<string, Buffer>();
      for (const match of xml.matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)) {
        const [, kind, id] = match as unknown as [string, string, string];
        const data =
          kind === 'Committed'
            ? blob.committedBlocks.get(id)
            : kind === 'Uncommitted'
              ? blob.uncommitted.get(id)
              : (blob.uncommitted.get(id) ?? blob.committedBlocks.get(id));
        if (!data) return azureError(ctx, 400, 'InvalidBlockList', 'The specified block list is invalid.');
        parts.push(data);
        committed.set(id, data);
      }
      if (!/<BlockList>/.test(xml)) {
        return azureError(ctx, 400, 'InvalidXmlDocument', 'XML specified is not syntactically valid.');
      }
      commit(blob, Buffer.concat(parts), ctx);
      blob.committedBlocks = committed;
      return;
    }

    if (ctx.method === 'PUT' && query.comp === undefined) {
      if (ctx.req.headers['x-ms-blob-type'] !== 'BlockBlob') {
        return azureError(
          ctx,
          400,
          'MissingRequiredHeader',
          "An HTTP header that's mandatory for this request is not specified.",
        );
      }
      commit(blob, ctx.rawBody, ctx);
      blob.committedBlocks = new Map();
      return;
    }

    if ((ctx.method === 'GET' || ctx.method === 'HEAD') && query.comp === undefined) {
      if (!blob.content) return azureError(ctx, 404, 'BlobNotFound', 'The specified blob does not exist.');
      const headers: Record<string, string> = {
        ...azureHeaders(),
        'content-type': blob.contentType ?? 'application/octet-stream',
        'content-length': String(blob.content.length),
        etag: blob.etag ?? '',
        'last-modified': (blob.lastModified ?? new Date()).toUTCString(),
        'accept-ranges': 'bytes',
        'x-ms-blob-type': 'BlockBlob',
      };
      if (query.rscd) headers['content-disposition'] = query.rscd;
      ctx.res.writeHead(200, headers);
      ctx.res.end(ctx.method === 'HEAD' ? undefined : blob.content);
      return;
    }

    azureError(ctx, 400, 'UnsupportedHttpVerb', "The resource doesn't support specified Http Verb.");
  };

  const commit = (blob: Blob, content: Buffer, ctx: RequestContext) => {
    blob.content = content;
    blob.contentType =
      (ctx.req.headers['x-ms-blob-content-type'] as string | undefined) ?? 'application/octet-stream';
    blob.uncommitted.clear();
    blob.lastModified = new Date();
    blob.etag = `"0x8DC${randomBytes(6).toString('hex').toUpperCase()}"`;
    ctx.res.writeHead(201, {
      ...azureHeaders(),
      etag: blob.etag,
      'last-modified': blob.lastModified.toUTCString(),
      'x-ms-request-server-encrypted': 'true',
      'content-length': '0',
    });
    ctx.res.end();
  };

  const handler = (ctx: RequestContext): void => {
    if (ctx.path.startsWith(TWIRP_PREFIX) || ctx.path.startsWith('/twirp/')) return handleTwirp(ctx);
    const blob = blobs.get(ctx.path);
    if (blob) return handleBlob(ctx, blob);
    if (ctx.path.startsWith(`/${account}/`)) {
      return azureError(ctx, 404, 'BlobNotFound', 'The specified blob does not exist.');
    }
    sendJson(ctx.res, 404, { code: 'bad_route', msg: `no handler for path "${ctx.path}"`, meta: {} });
  };

  const started = await startRecordingServer({
    requests,
    faults,
    handler,
    port: options.port,
    sendFault: (ctx, fault, status) => {
      if (fault.body !== undefined) return sendBody(ctx.res, status, fault.body, fault.headers);
      if (ctx.path.startsWith('/twirp/')) {
        return sendBody(
          ctx.res,
          status,
          { code: twirpCodeFor(status), msg: `injected failure (HTTP ${status})`, meta: {} },
          fault.headers,
        );
      }
      const code = status >= 500 ? 'InternalError' : status === 403 ? 'AuthenticationFailed' : 'InvalidInput';
      const headers = azureHeaders();
      sendBody(
        ctx.res,
        status,
        `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>injected failure (HTTP ${status})</Message></Error>`,
        { ...headers, 'content-type': 'application/xml', 'x-ms-error-code': code, ...fault.headers },
      );
    },
  });
  origin = started.url;

  const linked = (a: StoredArtifact): LinkedArtifact => ({
    id: a.id,
    name: a.name,
    sizeInBytes: a.size ?? a.content?.length ?? 0,
    digest: a.digest,
    createdAt: a.createdAt,
    expiresAt: a.expiresAt ? new Date(a.expiresAt) : undefined,
    workflowRunBackendId: a.workflowRunBackendId,
  });

  return {
    url: `${started.url}/`,
    runtimeToken,
    env: (runId, jobId) => ({
      ACTIONS_RUNTIME_TOKEN: runtimeToken(runId, jobId),
      ACTIONS_RESULTS_URL: `${started.url}/`,
    }),
    artifacts,
    requests,
    faults,
    failNext: (method, path, fault) => faults.add(method, path, fault),
    find: (name, runId) =>
      live().find(
        (a) => a.name === name && (runId === undefined || a.workflowRunBackendId === String(runId)),
      ),
    finalizedArtifacts: () => live().map(linked),
    signedDownloadUrl: (id) => {
      const artifact = live().find((a) => a.id === id);
      return artifact ? downloadUrl(artifact) : undefined;
    },
    deleteById: (id) => {
      const artifact = artifacts.find((a) => a.id === id);
      if (!artifact) return false;
      remove(artifact);
      return true;
    },
    close: started.close,
  };
}
