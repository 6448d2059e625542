/**
 * Code in text a person reads: a call (`withdraw(`), a camelCase name (`requestWithdraw`, not `weETH`), a
 * CONSTANT_NAME, or Contract.method. Token symbols and brand names pass.
 */
export const CODE_WORDS = /\w\(|\b[a-z]+[A-Z][a-z]\w*|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|\b[A-Z]\w*\.[a-z]\w*/;
