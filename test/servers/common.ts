/**
 * Plumbing shared by the loopback test servers: listening on 127.0.0.1, reading and recording requests,
 * and a queue of forced ("injected") responses per route.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path without the query string, as sent (not percent-decoded). */
  path: string;
  query: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  /** Parsed JSON body; the text for XML or other text bodies; undefined when empty or binary. */
  body: unknown;
  bodyLength: number;
  /** Status code sent back (set once the response is finished). */
  status?: number;
  /** True when the response came from {@link FaultQueue}. */
  injected?: boolean;
  at: Date;
}

export interface Fault {
  /** HTTP status to answer with. Ignored when `network` is set. */
  status?: number;
  /** Object → JSON; string or Buffer → sent as is. Omitted → the server's default body for the status. */
  body?: unknown;
  headers?: Record<string, string>;
  /** How many matching requests get this response (default 1). */
  times?: number;
  /** Wait this long before answering. */
  delayMs?: number;
  /** 'reset': destroy the socket without answering (client sees ECONNRESET / "socket hang up"). */
  network?: 'reset';
}

export type MethodMatcher = string; // 'GET', 'POST', ... or '*'
export type PathMatcher = string | RegExp; // string: exact path; RegExp: tested against the path

interface QueuedFault {
  method: MethodMatcher;
  path: PathMatcher;
  fault: Fault;
  remaining: number;
}

export class FaultQueue {
  private readonly queue: QueuedFault[] = [];

  add(method: MethodMatcher, path: PathMatcher, fault: Fault): void {
    this.queue.push({ method: method.toUpperCase(), path, fault, remaining: fault.times ?? 1 });
  }

  /** Takes the first fault queued for this request, if any. */
  take(method: string, path: string): Fault | undefined {
    for (const [index, entry] of this.queue.entries()) {
      const methodOk = entry.method === '*' || entry.method === method.toUpperCase();
      const pathOk = typeof entry.path === 'string' ? entry.path === path : entry.path.test(path);
      if (!methodOk || !pathOk) continue;
      entry.remaining--;
      if (entry.remaining <= 0) this.queue.splice(index, 1);
      return entry.fault;
    }
    return undefined;
  }

  /** Faults not yet consumed (to assert that a test used all it queued). */
  pending(): Array<{ method: string; path: PathMatcher; remaining: number }> {
    return this.queue.map(({ method, path, remaining }) => ({ method, path, remaining }));
  }

  clear(): void {
    this.queue.length = 0;
  }
}

export interface RequestContext {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  method: string;
  path: string;
  url: URL;
  query: Record<string, string>;
  rawBody: Buffer;
  /** Parsed JSON body or undefined (invalid JSON → `jsonError` is set). */
  json: unknown;
  jsonError: boolean;
  record: RecordedRequest;
}

export function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function isTextual(contentType: string | undefined): boolean {
  return !!contentType && /json|xml|text/i.test(contentType);
}

export interface StartedServer {
  server: http.Server;
  url: string;
  close(): Promise<void>;
}

/**
 * Starts an HTTP server on 127.0.0.1 (ephemeral port) that records every request in `requests`, answers
 * from `faults` when one matches, and otherwise calls `handler`.
 */
export async function startRecordingServer(options: {
  requests: RecordedRequest[];
  faults: FaultQueue;
  handler: (ctx: RequestContext) => Promise<void> | void;
  /** Writes an injected response (`fault.body` may be undefined: then the server's default body). */
  sendFault: (ctx: RequestContext, fault: Fault, status: number) => void;
  port?: number;
}): Promise<StartedServer> {
  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const rawBody = await readBody(req);
      const query = Object.fromEntries(url.searchParams.entries());
      let json: unknown;
      let jsonError = false;
      let body: unknown;
      const contentType = req.headers['content-type'];
      if (rawBody.length > 0 && isTextual(contentType)) {
        const text = rawBody.toString('utf8');
        body = text;
        if (/json/i.test(contentType ?? '')) {
          try {
            json = JSON.parse(text);
            body = json;
          } catch {
            jsonError = true;
          }
        }
      }
      const method = req.method ?? 'GET';
      const record: RecordedRequest = {
        method,
        path: url.pathname,
        query,
        headers: req.headers,
        body,
        bodyLength: rawBody.length,
        at: new Date(),
      };
      options.requests.push(record);
      res.on('finish', () => {
        record.status = res.statusCode;
      });
      const ctx: RequestContext = {
        req,
        res,
        method,
        path: url.pathname,
        url,
        query,
        rawBody,
        json,
        jsonError,
        record,
      };
      const fault = options.faults.take(method, url.pathname);
      if (fault) {
        record.injected = true;
        if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
        if (fault.network === 'reset') {
          req.socket.destroy();
          return;
        }
        options.sendFault(ctx, fault, fault.status ?? 500);
        return;
      }
      await options.handler(ctx);
    })().catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(
          `test server bug: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      } else {
        res.destroy();
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const payload = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(payload)),
    ...headers,
  });
  res.end(payload);
}

/** Writes a response body: object → JSON, string/Buffer → as is (text/plain unless `headers` say otherwise). */
export function sendBody(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const isRaw = typeof body === 'string' || Buffer.isBuffer(body);
  const payload = isRaw ? (body as string | Buffer) : JSON.stringify(body);
  const hasType = Object.keys(headers).some((h) => h.toLowerCase() === 'content-type');
  res.writeHead(status, {
    ...(hasType
      ? {}
      : { 'content-type': isRaw ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8' }),
    'content-length': String(Buffer.byteLength(payload)),
    ...headers,
  });
  res.end(payload);
}

/** `token X`, `Bearer X` (any case) → X; anything else → undefined. */
export function tokenFromAuthorization(header: string | undefined): string | undefined {
  const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
