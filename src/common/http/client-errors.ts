import { randomUUID } from 'node:crypto';
import { maxHeaderSize, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails, problemTypeForStatus } from '../errors/problem-types.js';

/** How long an answered connection stays open for the client to read the answer (it is closed then). */
const LINGER_MS = 2_000;

/** What a client is told for an error of Node's HTTP parser, by its code; anything else is a 400. */
const PARSER_ERRORS: Record<string, { status: number; detail: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    detail: `The request line and headers together are larger than the ${maxHeaderSize} bytes this server accepts.`,
  },
  HPE_CHUNK_EXTENSIONS_OVERFLOW: { status: 413, detail: 'The chunk extensions of the body are too large.' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, detail: 'The request was not received in time.' },
  HPE_INVALID_METHOD: { status: 400, detail: 'The request method is not valid.' },
  HPE_INVALID_URL: { status: 400, detail: 'The request target (URL) is not valid.' },
  HPE_INVALID_VERSION: { status: 400, detail: 'The HTTP version is not supported.' },
  HPE_INVALID_HEADER_TOKEN: { status: 400, detail: 'A header holds characters HTTP does not allow.' },
  HPE_INVALID_CONTENT_LENGTH: { status: 400, detail: 'The Content-Length header is not valid.' },
  HPE_UNEXPECTED_CONTENT_LENGTH: { status: 400, detail: 'The request has both Content-Length and Transfer-Encoding.' },
  HPE_INVALID_TRANSFER_ENCODING: { status: 400, detail: 'The Transfer-Encoding header is not valid.' },
  HPE_INVALID_CHUNK_SIZE: { status: 400, detail: 'The chunked body is malformed.' },
};
const NOT_HTTP = { status: 400, detail: 'The request is not valid HTTP/1.1.' };

export interface ClientErrorLine {
  reqId: string;
  status: number;
  /** Node's code for what the parser refused (HPE_…); for the log only. */
  error: string;
}

/**
 * Requests Node's HTTP parser refuses (headers over its limit, a malformed request line, a
 * request that does not arrive in time) never reach Fastify: this `clientErrorHandler` answers
 * them on the socket, as problem+json with a request id and the API's security headers, then
 * closes the connection.
 */
export function problemClientErrorHandler(
  securityHeaders: Record<string, string>,
  log: (line: ClientErrorLine) => void,
): (error: NodeJS.ErrnoException, socket: Socket) => void {
  // Node reports each later byte of a connection it has given up on again: answer once.
  const answered = new WeakSet<Socket>();
  return (error, socket) => {
    if (error.code === 'ECONNRESET' || socket.destroyed || answered.has(socket)) return;
    answered.add(socket);
    // A response already under way on this connection cannot be followed by another one.
    const inFlight = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (!socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    const { status, detail } = PARSER_ERRORS[error.code ?? ''] ?? NOT_HTTP;
    const requestId = randomUUID();
    const { type, title } = problemTypeForStatus(status);
    const problem: ProblemDetails = { type, title, status, detail, requestId };
    const body = JSON.stringify(problem);
    const head = [
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
      ...Object.entries(securityHeaders).map(([name, value]) => `${name}: ${value}`),
      `content-type: ${PROBLEM_CONTENT_TYPE}; charset=utf-8`,
      `content-length: ${Buffer.byteLength(body)}`,
      `x-request-id: ${requestId}`,
      'connection: close',
    ];
    // Half-closed rather than destroyed: unread request bytes would make the kernel reset
    // the connection, and the client would see that instead of the answer.
    socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
    log({ reqId: requestId, status, error: error.code ?? 'unknown' });
  };
}
