import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ErrorDetailDto {
  @ApiPropertyOptional({ example: 'settings.timeLimitMinutes' })
  field?: string;

  @ApiPropertyOptional({ example: 12 })
  line?: number;

  @ApiPropertyOptional({ example: 'Examiner Marking Points' })
  section?: string;

  @ApiProperty({ example: 'timeLimitMinutes must not be less than 1' })
  message!: string;
}

/** The one shape of every REST error. */
export class ErrorResponseDto {
  @ApiProperty({ example: 'VALIDATION_FAILED', description: 'Stable, machine-readable error code' })
  code!: string;

  @ApiProperty({ example: 'The request is not valid' })
  message!: string;

  @ApiProperty({ example: '0f6e3c7a-1c2b-4d5e-8f90-1a2b3c4d5e6f' })
  requestId!: string;

  @ApiProperty({ type: [ErrorDetailDto] })
  details!: ErrorDetailDto[];
}
