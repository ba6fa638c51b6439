import type { LoggerService } from '@nestjs/common';
import { pino, type DestinationStream, type Level, type Logger } from 'pino';
import type { AppConfig } from '../../config/app-config.js';
import { currentRequest } from './request-context.js';
import { safeError, stackFrames } from './safe-error.js';

/**
 * The service's logger: one JSON object per line (pino), on stdout unless `destination`
 * says otherwise. LOG_LEVEL names pino's levels (debug, info, warn, error).
 */
export function createRootLogger(level: AppConfig['logLevel'], destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // Anything logged under these keys goes through the safe serializer, whoever logs it.
      serializers: { err: safeError, error: safeError },
    },
    destination,
  );
}

/**
 * Nest's LoggerService on top of pino. nestjs-pino would do this job, but no release
 * supports both NestJS 12 and Node 20 (5.x needs Node >= 22.12; 4.x stops at NestJS 11),
 * and Fastify already gives what its pino-http half adds: request ids and the route.
 *
 * Every line written while a request is served carries its `reqId`, `method` and `route`
 * (see request-context.ts). Error objects are reduced by safeError(); a stack string
 * passed by Nest keeps its frames only (its first line is the message).
 */
export class AppLogger implements LoggerService {
  constructor(readonly root: Logger) {}

  static create(config: Pick<AppConfig, 'logLevel'>, destination?: DestinationStream): AppLogger {
    return new AppLogger(createRootLogger(config.logLevel, destination));
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params, true);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params, true);
  }

  private write(level: Level, message: unknown, params: unknown[], mayHaveStack = false): void {
    if (!this.root.isLevelEnabled(level)) return;
    const fields: Record<string, unknown> = { ...currentRequest() };
    const { context, stack } = contextAndStack(params, mayHaveStack);
    if (context !== undefined) fields.context = context;
    if (stack !== undefined) fields.stack = stackFrames(stack);
    let msg: string | undefined;
    if (typeof message === 'string') {
      msg = message;
    } else if (message instanceof Error) {
      fields.err = message;
      msg = safeError(message).type;
    } else if (typeof message === 'object' && message !== null) {
      const { msg: given, ...rest } = message as Record<string, unknown>;
      Object.assign(fields, rest);
      if (typeof given === 'string') msg = given;
    } else {
      msg = String(message);
    }
    this.root[level](fields, msg);
  }
}

/**
 * Nest's Logger passes the context last: `log(message, context)` and, for errors,
 * `error(message, stack | undefined, context)`; a lone string after an error message is a
 * stack when it looks like one.
 */
function contextAndStack(params: unknown[], mayHaveStack: boolean): { context?: string; stack?: string } {
  const strings = params.filter((param): param is string => typeof param === 'string');
  const last = params.at(-1);
  if (!mayHaveStack) return { context: typeof last === 'string' ? last : undefined };
  if (params.length >= 2) {
    const first = params[0];
    return {
      stack: typeof first === 'string' ? first : undefined,
      context: typeof last === 'string' ? last : undefined,
    };
  }
  if (strings.length === 1 && /\n\s+at /.test(strings[0])) return { stack: strings[0] };
  return { context: strings[0] };
}
