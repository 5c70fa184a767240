/**
 * An id as one part of an id joined with `/` (`<application>/<interview>/<kind>`): `%` and `/` percent-encoded, so
 * that no two sets of parts give the same id (`acme/r1` + `x` and `acme` + `r1/x`). Other ids are kept as they are,
 * and with them the calendar UIDs made from them.
 */
export const idPart = (id: string): string => id.replace(/[%/]/g, (c) => (c === '%' ? '%25' : '%2F'));
