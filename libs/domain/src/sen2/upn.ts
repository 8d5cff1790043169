/**
 * The unique pupil number's shape and check letter (common basic data set): a check letter, the old LA number
 * (3 digits), the establishment (4), the year (2), a serial (3) — and, for a temporary UPN, a letter at the end.
 * The first letter is the remainder of the weighted sum of characters 2–13 (weights 2 to 13; a final letter
 * counts as its place in the alphabet below) divided by 23.
 */
const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

export function isUpnShape(upn: string): boolean {
  return /^[A-Z]\d{12}$/.test(upn) || /^[A-Z]\d{11}[A-Z]$/.test(upn);
}

export function upnCheckLetter(upn: string): string | null {
  if (!isUpnShape(upn)) return null;
  let sum = 0;
  for (let position = 2; position <= 13; position += 1) {
    const character = upn[position - 1]!;
    const value = /\d/.test(character) ? Number(character) : CHECK_LETTERS.indexOf(character);
    if (value < 0) return null;
    sum += value * position;
  }
  return CHECK_LETTERS[sum % 23]!;
}

/** Whether this is a well-formed UPN whose first letter checks. */
export function isValidUpn(upn: string): boolean {
  return upnCheckLetter(upn) === upn[0];
}

/** A full UK postcode in the form the Royal Mail writes it (outward and inward parts, one space or none). */
export function isUkPostcode(postcode: string): boolean {
  return /^(GIR 0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$/.test(postcode.trim().toUpperCase());
}
