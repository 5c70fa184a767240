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
  Aacute: 'Á', Agrave: 'À', Acirc: 'Â', Auml: 'Ä', Eacute: 'É', Egrave: 'È', Ecirc: 'Ê', Iacute: 'Í',
  Oacute: 'Ó', Ouml: 'Ö', Uacute: 'Ú', Uuml: 'Ü', Ntilde: 'Ñ', Ccedil: 'Ç', OElig: 'Œ', Atilde: 'Ã', Otilde: 'Õ', Ocirc: 'Ô',
};

/** The character a named reference (`eacute` in `&eacute;`) stands for, or `undefined` for a name it does not know. */
export function htmlEntity(name: string): string | undefined {
  // Own names only: `&toString;` is no reference.
  return Object.hasOwn(HTML_ENTITIES, name) ? HTML_ENTITIES[name] : undefined;
}
