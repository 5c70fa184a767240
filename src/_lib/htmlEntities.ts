/** The named character references that employer mail uses, as their characters (case matters, as in HTML). */
const HTML_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  shy: '', zwnj: '', zwj: '', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', ndash: '–', mdash: '—', hellip: '…', bull: '•', middot: '·', euro: '€',
  pound: '£', copy: '©', reg: '®', trade: '™', iexcl: '¡', iquest: '¿', deg: '°',
  aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', atilde: 'ã', aring: 'å', aelig: 'æ',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï',
  oacute: 'ó', ograve: 'ò', ocirc: 'ô', ouml: 'ö', otilde: 'õ', oslash: 'ø', oelig: 'œ',
  uacute: 'ú', ugrave: 'ù', ucirc: 'û', uuml: 'ü', ntilde: 'ñ', ccedil: 'ç', szlig: 'ß', yacute: 'ý',
  yuml: 'ÿ',
};

/**
 * The character a named reference (`eacute` in `&eacute;`) stands for, or `undefined` for a name it does not know. A
 * capital letter's name is its small letter's with the first letter or two capitalised (`Eacute`, `OElig`): read as
 * that letter's capital, when it has one of its own (`&Amp;` and `&Szlig;` are no references).
 */
export function htmlEntity(name: string): string | undefined {
  const small = name.toLowerCase();
  // Own names only: `&toString;` is no reference.
  const c = Object.hasOwn(HTML_ENTITIES, small) ? HTML_ENTITIES[small]! : undefined;
  if (c === undefined || small === name) return c;
  const capital = c.toUpperCase();
  return capital !== c && capital.length === 1 && /^(?:[A-Z]{2}lig|[A-Z](?![a-z]*lig$)[a-z]+)$/.test(name) ? capital : undefined;
}
