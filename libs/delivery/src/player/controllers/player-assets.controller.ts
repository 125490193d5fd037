import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '@markpoint/tenancy';
import { PLAYER_SCRIPT } from '../assets/player-script';
import { PLAYER_STYLES } from '../assets/player-styles';

// Versioned URLs (?v=<hash>), so browsers may keep them for a long time.
const CACHE = 'public, max-age=31536000, immutable';

@ApiExcludeController()
@Public()
@SkipThrottle()
@Controller('play/assets')
export class PlayerAssetsController {
  @Get('player.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('Cache-Control', CACHE)
  @Header('X-Content-Type-Options', 'nosniff')
  script(): string {
    return PLAYER_SCRIPT;
  }

  @Get('player.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('Cache-Control', CACHE)
  @Header('X-Content-Type-Options', 'nosniff')
  styles(): string {
    return PLAYER_STYLES;
  }
}
