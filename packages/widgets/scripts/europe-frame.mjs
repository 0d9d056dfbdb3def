/** What the member map shows: the frame of Europe it fits, its projection, and country codes. */

/** Width of the map's coordinate space; its height follows from the frame. */
export const WIDTH = 1000;

/** Lambert azimuthal equal-area centred on 10°E 52°N, the centre of ETRS89-LAEA (EPSG:3035). */
export const PROJECTION = { rotate: [-10, -52] };

/** The points the map must show: Iceland to Cyprus, Crete to the North Cape. */
export const frame = {
  type: 'MultiPoint',
  coordinates: [
    [-24.6, 66.5], [-24.6, 63.3], [-10.5, 51.5], [-9.6, 36.9], [-6, 35.8], [14.5, 35.3], [24, 34.7],
    [34.7, 34.5], [35, 42], [31.8, 70.2], [25.8, 71.3], [15, 69.5], [-7, 62.5],
  ],
};

/** ISO 3166-1 numeric (world-atlas ids) to alpha-2, for Europe and the lands around it. */
export const NUMERIC_TO_ALPHA2 = Object.fromEntries(
  (
    '008 AL 012 DZ 020 AD 031 AZ 040 AT 051 AM 056 BE 070 BA 100 BG 112 BY 191 HR 196 CY 203 CZ ' +
    '208 DK 233 EE 234 FO 246 FI 248 AX 250 FR 268 GE 276 DE 292 GI 300 GR 304 GL 336 VA 348 HU ' +
    '352 IS 364 IR 368 IQ 372 IE 376 IL 380 IT 398 KZ 400 JO 422 LB 428 LV 434 LY 438 LI 440 LT ' +
    '442 LU 470 MT 492 MC 498 MD 499 ME 504 MA 528 NL 578 NO 616 PL 620 PT 642 RO 643 RU 674 SM ' +
    '682 SA 688 RS 703 SK 705 SI 724 ES 744 SJ 752 SE 756 CH 760 SY 788 TN 792 TR 804 UA 807 MK ' +
    '818 EG 826 GB 831 GG 832 JE 833 IM 275 PS'
  )
    .match(/\d{3} [A-Z]{2}/g)
    .map((pair) => pair.split(' ')),
);
