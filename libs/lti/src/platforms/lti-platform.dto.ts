import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import type { LtiPlatformEntity } from './lti-platform.entity';

const url = { require_tld: false, require_protocol: true, protocols: ['https', 'http'] };

export class CreateLtiPlatformDto {
  @ApiProperty({ example: 'Moodle (Year 11)' }) @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
  @ApiProperty({ example: 'https://moodle.example.org' }) @IsUrl(url) issuer!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) clientId!: string;
  @ApiProperty({ example: 'https://moodle.example.org/mod/lti/auth.php' }) @IsUrl(url) authLoginUrl!: string;
  @ApiProperty({ example: 'https://moodle.example.org/mod/lti/token.php' }) @IsUrl(url) authTokenUrl!: string;
  @ApiProperty({ example: 'https://moodle.example.org/mod/lti/certs.php' }) @IsUrl(url) jwksUrl!: string;

  @ApiPropertyOptional({ type: [String], example: ['1'] })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsString({ each: true })
  deploymentIds?: string[];
}

/** Everything but the identity (issuer, client id) can change; deployments are replaced as given. */
export class UpdateLtiPlatformDto extends PartialType(
  OmitType(CreateLtiPlatformDto, ['issuer', 'clientId'] as const),
) {}

export class LtiPlatformResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() issuer!: string;
  @ApiProperty() clientId!: string;
  @ApiProperty() authLoginUrl!: string;
  @ApiProperty() authTokenUrl!: string;
  @ApiProperty() jwksUrl!: string;
  @ApiProperty({ type: [String] }) deploymentIds!: string[];
  @ApiProperty() createdAt!: string;
}

export function toPlatformResponse(p: LtiPlatformEntity): LtiPlatformResponseDto {
  const { id, name, issuer, clientId, authLoginUrl, authTokenUrl, jwksUrl, deploymentIds } = p;
  return {
    id,
    name,
    issuer,
    clientId,
    authLoginUrl,
    authTokenUrl,
    jwksUrl,
    deploymentIds,
    createdAt: p.createdAt.toISOString(),
  };
}
