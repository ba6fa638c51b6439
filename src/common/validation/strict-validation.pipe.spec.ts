import 'reflect-metadata';
import { IsOptional, IsString, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ValidationFailedException } from '../errors/validation-failed.exception.js';
import { StrictValidationPipe } from './strict-validation.pipe.js';

class Item {
  @IsString()
  name: string;
}

class Query {
  @IsOptional()
  @IsString()
  cursor?: string;

  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => Item)
  items?: Item[];
}

const pipe = new StrictValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  exceptionFactory: (errors) => ValidationFailedException.fromValidationErrors(errors),
});

const run = (value: unknown) => pipe.transform(value, { type: 'query', metatype: Query });
const fields = async (value: unknown) => {
  const error = await run(value).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationFailedException);
  return (error as ValidationFailedException).errors.map((e) => e.field);
};

describe('StrictValidationPipe', () => {
  it('passes known properties', async () => {
    await expect(run({ cursor: 'abc', items: [{ name: 'x' }] })).resolves.toMatchObject({ cursor: 'abc' });
  });

  it.each(['toString', 'hasOwnProperty', 'valueOf', 'constructor', 'prototype', '__proto__'])(
    'refuses an unknown property named %s, which class-transformer or Nest would drop silently',
    async (key) => {
      const value = Object.create(null) as Record<string, unknown>;
      Object.defineProperty(value, key, { value: '1', enumerable: true, writable: true, configurable: true });
      expect(await fields(value)).toEqual([key]);
    },
  );

  it('refuses them in nested objects too, by path', async () => {
    expect(await fields({ items: [{ name: 'x', toString: 'y' }] })).toEqual(['items.0.toString']);
  });

  it('leaves values it does not transform alone (a body typed unknown)', async () => {
    const body = { constructor: 1 };
    await expect(pipe.transform(body, { type: 'body', metatype: Object })).resolves.toBe(body);
  });
});
