// color-name ships no types: a map from CSS colour keyword to [r, g, b].
declare module 'color-name' {
  const names: Readonly<Record<string, readonly [number, number, number]>>;
  export default names;
}
