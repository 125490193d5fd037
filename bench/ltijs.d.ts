// ltijs-sequelize ships no typings: this is the little of it the LTI bench's baseline uses (ltijs's
// own typings are in libs/lti/src/ltijs/ltijs.d.ts).
declare module 'ltijs-sequelize' {
  import type { Options } from 'sequelize';

  /** Takes Sequelize's constructor arguments. */
  class Database {
    constructor(database: string, user: string, password: string, options: Options);
  }
  export = Database;
}
