import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

/** The tool's public URLs (PUBLIC_URL), as LMSs must see them. */
@Injectable()
export class LtiUrls {
  readonly base: string;
  readonly https: boolean;
  readonly mountPath: string;

  constructor(config: ConfigService) {
    this.base = config.getOrThrow<string>('app.publicUrl').replace(/\/$/, '');
    this.https = this.base.startsWith('https:');
    this.mountPath = new URL(this.base).pathname.replace(/\/$/, '');
  }

  get login(): string {
    return `${this.base}/lti/login`;
  }
  get launch(): string {
    return `${this.base}/lti/launch`;
  }
  get jwks(): string {
    return `${this.base}/lti/jwks`;
  }
  get domain(): string {
    return new URL(this.base).host;
  }
  /** Path for a redirect inside this service. */
  path(rest: string): string {
    return `${this.mountPath}${rest}`;
  }
}
