/**
 * The element names of HTML (WHATWG HTML Living Standard §4 "The elements of HTML", plus the obsolete
 * ones of §16 "Obsolete features" that old CMSes still emit, and the SVG/MathML roots). A `<` before
 * any other name in feed text is not markup but a bracketed phrase (`<Kosovo is a state>`), which
 * `html-text.ts` keeps as text (ADR 0307).
 */
export const HTML_ELEMENTS: ReadonlySet<string> = new Set(
  (
    'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col colgroup ' +
    'data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 ' +
    'head header hgroup hr html i iframe img input ins kbd label legend li link main map mark menu meta meter nav noscript ' +
    'object ol optgroup option output p param picture pre progress q rp rt ruby s samp script search section select slot ' +
    'small source span strong style sub summary sup table tbody td template textarea tfoot th thead time title tr track u ' +
    'ul var video wbr ' +
    // obsolete but common in feeds
    'acronym applet basefont bgsound big blink center dir font frame frameset image isindex keygen listing marquee menuitem ' +
    'command multicol nextid nobr noembed noframes plaintext rb rtc spacer strike tt xmp ' +
    // foreign content (HTML §13.2.6.5): MathML and SVG elements inside HTML
    'math maction annotation annotation-xml menclose merror mfenced mfrac mi mmultiscripts mn mo mover mpadded mphantom ' +
    'mprescripts mroot mrow ms mspace msqrt mstyle msub msubsup msup mtable mtd mtext mtr munder munderover semantics ' +
    'svg animate animatemotion animatetransform circle clippath defs desc ellipse feblend fecolormatrix ' +
    'fecomponenttransfer fecomposite fedisplacementmap feflood fegaussianblur feimage femerge femergenode femorphology ' +
    'feoffset feturbulence filter foreignobject g line lineargradient marker mask metadata mpath path pattern polygon ' +
    'polyline radialgradient rect set stop switch symbol text textpath tspan use view'
  ).split(' '),
);
