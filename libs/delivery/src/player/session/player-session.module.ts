import { Global, Module } from '@nestjs/common';
import { PlayerSessionService } from './player-session.service';

/**
 * Global so the REST API's `POST /attempts/:id/player-link` (DeliveryHttpModule) and the player
 * pages (PlayerHttpModule) share one signer without the REST module importing the player.
 */
@Global()
@Module({ providers: [PlayerSessionService], exports: [PlayerSessionService] })
export class PlayerSessionModule {}
