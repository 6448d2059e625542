// The first frame is index.html's own markup, styled by the rules inlined into it at build time (wxt.config.ts):
// let it paint, then load React, the app and the whole stylesheet (start.tsx).
requestAnimationFrame(() => setTimeout(() => void import('./start')));
