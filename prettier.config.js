/** Prettier settings: TanStack's punctuation with Observable's line width. */
export default { semi: false, singleQuote: true, trailingComma: 'all', printWidth: 120 }
