/** Typographic constants shared by the presentation rules and the renderers. */

/** The ellipsis that marks left-out words. */
export const ELLIPSIS = '…';
