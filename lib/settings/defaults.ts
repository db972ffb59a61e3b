/** Defaults shared by the full schema and the content scripts' light reader. */
export const DEFAULT_DECOY_URL = 'https://www.bbc.co.uk/weather';
