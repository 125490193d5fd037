// ltijs and ltijs-sequelize ship no typings: this is the little of them the LTI bench's baseline uses.
declare module 'ltijs' {
  import type { Express, Request, Response } from 'express';

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
    cookies?: { secure?: boolean; sameSite?: string };
    devMode?: boolean;
  }

  interface LtijsProvider {
    app: Express;
    setup(encryptionKey: string, database: { plugin: unknown }, options?: LtijsOptions): LtijsProvider;
    deploy(options?: { port?: number; silent?: boolean; serverless?: boolean }): Promise<true>;
    close(options?: { silent?: boolean }): Promise<true>;
    onConnect(callback: (token: { user?: string }, req: Request, res: Response) => unknown): true;
    registerPlatform(platform: LtijsPlatform): Promise<unknown>;
  }

  export const Provider: LtijsProvider;
}

declare module 'ltijs-sequelize' {
  import type { Options } from 'sequelize';

  /** Takes Sequelize's constructor arguments. */
  class Database {
    constructor(database: string, user: string, password: string, options: Options);
  }
  export = Database;
}
