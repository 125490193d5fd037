import { ApiProperty } from '@nestjs/swagger';

export class PlayerLinkDto {
  @ApiProperty({
    description: 'Open it in a browser or an LMS iframe; the signed token in the path is the session',
    example: 'https://quiz.example.org/play/eyJhdHRlbXB0SWQiOi4uLn0.c2lnbmF0dXJl',
  })
  url!: string;

  @ApiProperty({ description: 'When the link stops working (PLAYER_SESSION_MINUTES after it was made)' })
  expiresAt!: string;
}
