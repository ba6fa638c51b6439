import { applyDecorators } from '@nestjs/common';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

/**
 * Field decorators that apply validation, transformation and the OpenAPI description
 * together, so the documentation and the checks cannot drift apart.
 */

/**
 * Client-chosen ids (CONTRACT.md, "Domain"): 1–128 letters, digits and `_ - . : @ + | = ~`, so
 * that e-mail addresses, `auth0|…` subjects and base64url ids work as they are. The one
 * definition: path pipes, body and query fields and the OpenAPI patterns all use it.
 */
export const ID_PATTERN = /^[A-Za-z0-9_\-.:@+|=~]{1,128}$/;
export const ID_RULE = '1–128 characters: letters, digits, _ - . : @ + | = ~';

interface FieldOptions {
  description?: string;
  example?: unknown;
  optional?: boolean;
}

function property(options: FieldOptions, extra: ApiPropertyOptions): PropertyDecorator {
  return ApiProperty({
    description: options.description,
    example: options.example,
    required: !options.optional,
    ...extra,
  } as ApiPropertyOptions);
}

function optionality(options: FieldOptions): PropertyDecorator[] {
  return options.optional ? [IsOptional()] : [];
}

export function IdField(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    property(options, { type: String, pattern: ID_PATTERN.source, minLength: 1, maxLength: 128 }),
    ...optionality(options),
    IsString(),
    Matches(ID_PATTERN, { message: `$property must be ${ID_RULE}` }),
  );
}

export function TextField(options: FieldOptions & { maxLength?: number } = {}): PropertyDecorator {
  const maxLength = options.maxLength ?? 500;
  return applyDecorators(
    property(options, { type: String, minLength: 1, maxLength }),
    ...optionality(options),
    IsString(),
    MinLength(1),
    MaxLength(maxLength),
  );
}

/**
 * An integer. Query-string values are converted when they are plain decimal integers
 * ("20" → 20); anything else Number() would take (" 5", "0x10", "1e1", "") stays a string
 * and is a 400. `json: true` for a field of a JSON body, where a string is the wrong type.
 */
export function IntField(
  options: FieldOptions & { min: number; max: number; default?: number; json?: boolean },
): PropertyDecorator {
  const fromQuery = ({ value }: { value: unknown }) =>
    typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : value;
  return applyDecorators(
    property(options, { type: 'integer', minimum: options.min, maximum: options.max, default: options.default }),
    ...optionality(options),
    ...(options.json ? [] : [Transform(fromQuery)]),
    IsInt(),
    Min(options.min),
    Max(options.max),
  );
}

export function NumberField(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    property(options, { type: Number }),
    ...optionality(options),
    IsNumber({ allowNaN: false, allowInfinity: false }),
  );
}

export function EnumField(values: readonly string[], options: FieldOptions & { enumName?: string }): PropertyDecorator {
  return applyDecorators(
    property(options, { enum: [...values], enumName: options.enumName }),
    ...optionality(options),
    IsIn([...values], { message: `$property must be one of: ${values.join(', ')}` }),
  );
}
