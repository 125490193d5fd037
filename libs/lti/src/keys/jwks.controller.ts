import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@markpoint/tenancy';
import { ToolKeysService } from './tool-keys.service';

@ApiTags('lti')
@Controller('lti')
@Public()
export class JwksController {
  constructor(private readonly keys: ToolKeysService) {}

  @Get('jwks')
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: "The tool's public keys (JWKS) for LMSs to verify what it signs" })
  jwks(): Promise<{ keys: Record<string, unknown>[] }> {
    return this.keys.jwks();
  }
}
