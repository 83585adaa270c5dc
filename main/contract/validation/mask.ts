/*
 * Masking for display, exports and logs. These run on whatever a form or a record holds, so they never throw:
 * non-strings give '' and odd lengths still hide something.
 */

const asText = (s: unknown): string => (typeof s === 'string' ? s.trim() : '');

/** Keeps `head` and `tail` characters but always hides at least `minHidden`, giving up head characters first. */
function keepEnds(s: string, head: number, tail: number, minHidden: number): string {
  const chars = Array.from(s);
  const n = chars.length;
  const excess = Math.max(0, head + tail + minHidden - n);
  const h = Math.max(0, head - excess);
  const t = Math.max(0, tail - Math.max(0, excess - head));
  return chars.slice(0, h).join('') + '*'.repeat(n - h - t) + chars.slice(n - t).join('');
}

/** 110105********002X; numbers of 8 to 13 characters (passports, permits) show less of the head. */
export function maskIdNumber(s: string): string {
  const v = asText(s);
  if (v === '') return '';
  return Array.from(v).length < 8 ? keepEnds(v, 0, 1, 1) : keepEnds(v, 6, 4, 4);
}

/** Mobiles 138****5678; landlines keep the area code and the last 2 digits (010-******78); extensions stay visible. */
export function maskPhone(s: string): string {
  const v = asText(s);
  const mobile = /^(\+?86)?(1\d{10})$/.exec(v.replace(/[\s-]/g, ''));
  if (mobile) {
    const [, prefix, m] = mobile;
    return `${prefix ? `${prefix} ` : ''}${m.slice(0, 3)}****${m.slice(7)}`;
  }
  // Without a separator the area code length follows from its digits: 010 and 02x are 3 digits, all others 4.
  const land = /^(0\d{2,3})([-\s]+)(\d{7,8})(\D.*)?$/.exec(v) ?? /^(010|02\d|0[3-9]\d\d)()(\d{7,8})(\D.*)?$/.exec(v);
  if (land) {
    const [, area, sep, local, ext] = land;
    return `${area}${sep}${'*'.repeat(local.length - 2)}${local.slice(-2)}${ext ?? ''}`;
  }
  const digits = (v.match(/\d/g) ?? []).length;
  let seen = 0;
  return v.replace(/\d/g, (d) => (++seen > digits - 2 ? d : '*'));
}

/** 91350100********43 */
export function maskCreditCode(s: string): string {
  const v = asText(s);
  return v === '' ? '' : keepEnds(v, 8, 2, 4);
}
