import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** At least this much of an unread body is read and dropped after the answer... */
export const DRAIN_MIN_BYTES = 16 * 1024 * 1024;
/** ...or this many times the route's body limit, if more... */
const DRAIN_LIMIT_MULTIPLE = 4;
/** ...and for at most this long; then the connection is closed. */
export const DRAIN_MAX_MS = 10_000;

/**
 * An answer given before the request's body has arrived (413 over the body limit, 415, 429)
 * used to close the connection at once: a client still uploading (Node's fetch, browsers)
 * then fails with EPIPE or ECONNRESET and never reads the answer. Instead the rest of the body
 * is read and dropped, up to a bound in bytes and time, and the connection stays usable. A body
 * declared larger than the bound is not read at all: the answer goes out with
 * `Connection: close`, as before.
 */
export function registerBodyDrain(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (request, reply, payload, done) => {
    drainUnreadBody(request, reply);
    done(null, payload);
  });
}

/** Call before the answer is sent; does nothing once the request has arrived whole. */
export function drainUnreadBody(request: FastifyRequest, reply: FastifyReply): void {
  const raw = request.raw;
  if (raw.complete || raw.readableEnded || raw.destroyed) return;
  const routeLimit = request.routeOptions?.bodyLimit ?? 0;
  const bound = Math.max(DRAIN_MIN_BYTES, DRAIN_LIMIT_MULTIPLE * routeLimit);
  const declared = Number(request.headers['content-length']);
  if (declared > bound) {
    void reply.header('connection', 'close');
    return;
  }
  // Fastify's body parser asks for `Connection: close` when it gives up on a body; drained, the
  // connection can serve the client's next request.
  void reply.removeHeader('connection');
  let left = bound;
  const close = () => raw.socket?.destroy();
  const timer = setTimeout(close, DRAIN_MAX_MS).unref();
  const onData = (chunk: Buffer) => {
    left -= chunk.length;
    if (left < 0) close();
  };
  const finish = () => {
    clearTimeout(timer);
    raw.off('data', onData);
  };
  raw.on('data', onData);
  raw.once('end', finish);
  raw.once('close', finish);
  raw.resume();
}
