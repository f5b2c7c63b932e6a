/**
 * Evidence shown for a finding, a cause or a tier is cut at this many characters (its location
 * still spans the whole match): rules' bounded patterns keep real matches shorter, and a hostile
 * body cannot fill the panel or a report with one match.
 */
export const MAX_EVIDENCE_CHARS = 300;
