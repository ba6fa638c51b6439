import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsString, MaxLength, MinLength } from 'class-validator';
import { TextField } from '../../../../common/validation/fields.js';

export const MAX_VARIANTS = 50;
export const MAX_VARIANT_LENGTH = 128;

export class PutExperimentRequest {
  @TextField({ maxLength: 200, example: 'Homepage hero test' })
  name: string;

  @ApiProperty({
    type: [String],
    minItems: 1,
    maxItems: MAX_VARIANTS,
    uniqueItems: true,
    description: `Distinct variant names, 1–${MAX_VARIANT_LENGTH} characters each.`,
    example: ['control', 'treatment'],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_VARIANTS)
  @ArrayUnique({ message: 'variants must be unique' })
  @IsString({ each: true })
  @MinLength(1, { each: true, message: 'each variant must be at least 1 character' })
  @MaxLength(MAX_VARIANT_LENGTH, {
    each: true,
    message: `each variant must be at most ${MAX_VARIANT_LENGTH} characters`,
  })
  variants: string[];
}

export class PutAssignmentRequest {
  @TextField({ maxLength: MAX_VARIANT_LENGTH, example: 'treatment', description: 'One of the experiment’s variants.' })
  variant: string;
}
