// For plain `tsc`, which has no Astro language service: .astro files export a component.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
