// pure-rand 8 publishes only subpath `exports`, which the repository's `moduleResolution: node`
// cannot see; these declarations point the compiler at the package's own typings while Node and
// jest resolve the real subpaths at run time.
declare module 'pure-rand/generator/xoroshiro128plus' {
  export * from 'pure-rand/lib/generator/xoroshiro128plus';
}

declare module 'pure-rand/distribution/uniformInt' {
  export * from 'pure-rand/lib/distribution/uniformInt';
}
