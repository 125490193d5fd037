/**
 * The generator's version, stamped on every item. Bump it whenever a change to extraction,
 * strategies or selection can change the bank generated from the same spec and seed.
 */
export const GENERATOR_VERSION = '1.1.0';
