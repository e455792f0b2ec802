/**
 * What the web component's build (esbuild.mjs, the web component block) hands these imports:
 * stylesheets as text (adopted as constructable stylesheets in the shadow root), the codicon
 * font as bytes (for the FontFace API), and the prebuilt built-in corpus as JSON text.
 */
declare module '*.css' {
  const text: string;
  export default text;
}

declare module '*.ttf' {
  const bytes: Uint8Array<ArrayBuffer>;
  export default bytes;
}

/** dist/corpus.json, as written by `npm run build` just before the component is bundled. */
declare module 'stride-coach:builtin-corpus' {
  const json: string;
  export default json;
}
