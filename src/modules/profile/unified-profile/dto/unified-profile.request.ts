import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsArray, IsIn, IsOptional } from 'class-validator';
import {
  PROFILE_SECTIONS,
  type ProfileSection,
  SECTIONS_RULE,
  sectionsProblem,
  splitSectionList,
} from '../profile-sections.js';

export class UnifiedProfileQuery {
  @ApiProperty({
    required: false,
    isArray: true,
    enum: PROFILE_SECTIONS,
    enumName: 'ProfileSection',
    // One parameter holding a comma-separated list (`?sections=attributes,metrics`): what
    // OpenAPI calls form style without explode, and what generated clients send for it.
    style: 'form',
    explode: false,
    uniqueItems: true,
    description:
      `The sections to include: ${SECTIONS_RULE}. Left out: all of them. Repeats count once; ` +
      'an unknown name or an empty item (`sections=`, `attributes,,metrics`) is a 400 naming `sections`.',
  } as ApiPropertyOptions)
  @IsOptional()
  @Transform(({ value }) => splitSectionList(value))
  @IsArray({ message: `sections must be ${SECTIONS_RULE}` })
  @IsIn(PROFILE_SECTIONS, { each: true, message: (args) => sectionsProblem(args.value as unknown[]) })
  sections?: ProfileSection[];
}
