import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class IngestSpecificationDto {
  @ApiPropertyOptional({ description: 'Title; derived from the synopsis when absent', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string;

  @ApiProperty({ description: 'The specification text (sections with "- " bullets)' })
  @IsString()
  @IsNotEmpty()
  text!: string;
}
