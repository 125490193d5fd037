// ltijs 5.9.9 ships no typings: this is the part of its Provider that libs/lti and the bench's
// baseline use. The storage plugin's interface is `LtijsDatabase`.
declare module 'ltijs' {
  import type { KeyObject } from 'node:crypto';
  import type { Express, NextFunction, Request, Response } from 'express';

  /** The storage plugin ltijs calls (`setup(key, { plugin })`); collections are ltijs's names. */
  interface LtijsDatabase {
    setup(): Promise<boolean>;
    Close(): Promise<boolean>;
    Get(
      encryptionKey: string | KeyObject | false,
      collection: string,
      query: Record<string, unknown>,
    ): Promise<Record<string, unknown>[] | false>;
    Insert(
      encryptionKey: string | KeyObject | false,
      collection: string,
      item: Record<string, unknown>,
      index?: Record<string, unknown>,
    ): Promise<boolean>;
    Replace(
      encryptionKey: string | KeyObject | false,
      collection: string,
      query: Record<string, unknown>,
      item: Record<string, unknown>,
      index?: Record<string, unknown>,
    ): Promise<boolean>;
    Modify(
      encryptionKey: string | KeyObject | false,
      collection: string,
      query: Record<string, unknown>,
      modification: Record<string, unknown>,
    ): Promise<boolean>;
    Delete(collection: string, query: Record<string, unknown>): Promise<boolean>;
    Encrypt(data: string, secret: string | KeyObject): Promise<{ iv: string; data: string }>;
    Decrypt(data: string, iv: string, secret: string | KeyObject): Promise<string>;
  }

  interface LtijsPlatform {
    url: string;
    name: string;
    clientId: string;
    authenticationEndpoint: string;
    accesstokenEndpoint: string;
    authConfig: { method: 'JWK_SET' | 'JWK_KEY' | 'RSA_KEY'; key: string };
  }

  interface LtijsOptions {
    appRoute?: string;
    loginRoute?: string;
    keysetRoute?: string;
    dynRegRoute?: string;
    cookies?: { secure?: boolean; sameSite?: string };
    devMode?: boolean;
    /** No ltik redirect and no session cookie: the launch goes straight to onConnect. */
    ltiaas?: boolean;
    cors?: boolean;
    /** Seconds an id_token's iat may be old; false disables the check. */
    tokenMaxAge?: number | false;
  }

  /** What ltijs puts in res.locals.err before its invalid-token callback. */
  interface LtijsError {
    status: number;
    error: string;
    details: { description?: string; message?: string };
  }

  /** The platform token of a validated launch (res.locals.token). */
  interface LtijsToken {
    iss: string;
    user: string;
    clientId: string;
    platformId: string;
    deploymentId: string;
    platformContext?: Record<string, unknown>;
  }

  type LtijsCallback = (token: LtijsToken, req: Request, res: Response, next: NextFunction) => unknown;

  interface LtijsProvider {
    app: Express;
    setup(
      encryptionKey: string | KeyObject,
      database: { plugin: unknown },
      options?: LtijsOptions,
    ): LtijsProvider;
    deploy(options?: { port?: number; silent?: boolean; serverless?: boolean }): Promise<true>;
    close(options?: { silent?: boolean }): Promise<true>;
    onConnect(callback: LtijsCallback): true;
    onDeepLinking(callback: LtijsCallback): true;
    onInvalidToken(callback: (req: Request, res: Response, next: NextFunction) => unknown): true;
    onSessionTimeout(callback: (req: Request, res: Response, next: NextFunction) => unknown): true;
    registerPlatform(platform: LtijsPlatform): Promise<unknown>;
  }

  /** ltijs exports one Provider instance; its constructor makes more (one per Nest app). */
  export const Provider: LtijsProvider;
}
