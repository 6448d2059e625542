import { describe, expect, it } from 'vitest';
import { shadowCss } from './shadow-css';

describe('shadowCss', () => {
  it('turns @property registrations into declarations scoped to the shadow tree', () => {
    const css = '.a{color:red}@property --tw-shadow{syntax:"*";inherits:false;initial-value:0 0 #0000}@property --tw-x{syntax:"*";inherits:false}';
    expect(shadowCss(css)).toBe('.a{color:red}\n:host,*,::before,::after,::backdrop{--tw-shadow:0 0 #0000}');
  });
  it('leaves CSS without registrations alone', () => {
    expect(shadowCss('.a{color:red}')).toBe('.a{color:red}');
  });
});
