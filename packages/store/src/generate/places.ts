/** European cities the generator places organisations and events in, with their language and zone. */

/** A city with what the generator needs to know about it. */
export interface Place {
  city: string;
  country: string;
  lat: number;
  lon: number;
  language: string;
  timeZone: string;
}

const row = (city: string, country: string, lat: number, lon: number, language: string, timeZone: string): Place =>
  ({ city, country, lat, lon, language, timeZone });

/** Cities in every EU member state, several in the larger ones. */
export const PLACES: readonly Place[] = [
  row('Wien', 'AT', 48.2082, 16.3738, 'de', 'Europe/Vienna'), row('Graz', 'AT', 47.0707, 15.4395, 'de', 'Europe/Vienna'),
  row('Bruxelles', 'BE', 50.8503, 4.3517, 'fr', 'Europe/Brussels'), row('Antwerpen', 'BE', 51.2194, 4.4025, 'nl', 'Europe/Brussels'),
  row('Liège', 'BE', 50.6326, 5.5797, 'fr', 'Europe/Brussels'), row('Sofia', 'BG', 42.6977, 23.3219, 'bg', 'Europe/Sofia'),
  row('Plovdiv', 'BG', 42.1354, 24.7453, 'bg', 'Europe/Sofia'), row('Nicosia', 'CY', 35.1856, 33.3823, 'el', 'Asia/Nicosia'),
  row('Praha', 'CZ', 50.0755, 14.4378, 'cs', 'Europe/Prague'), row('Brno', 'CZ', 49.1951, 16.6068, 'cs', 'Europe/Prague'),
  row('Berlin', 'DE', 52.52, 13.405, 'de', 'Europe/Berlin'), row('Hamburg', 'DE', 53.5511, 9.9937, 'de', 'Europe/Berlin'),
  row('München', 'DE', 48.1351, 11.582, 'de', 'Europe/Berlin'), row('Köln', 'DE', 50.9375, 6.9603, 'de', 'Europe/Berlin'),
  row('Frankfurt am Main', 'DE', 50.1109, 8.6821, 'de', 'Europe/Berlin'), row('Leipzig', 'DE', 51.3397, 12.3731, 'de', 'Europe/Berlin'),
  row('Dortmund', 'DE', 51.5136, 7.4653, 'de', 'Europe/Berlin'), row('Stuttgart', 'DE', 48.7758, 9.1829, 'de', 'Europe/Berlin'),
  row('København', 'DK', 55.6761, 12.5683, 'da', 'Europe/Copenhagen'), row('Aarhus', 'DK', 56.1629, 10.2039, 'da', 'Europe/Copenhagen'),
  row('Tallinn', 'EE', 59.437, 24.7536, 'et', 'Europe/Tallinn'), row('Madrid', 'ES', 40.4168, -3.7038, 'es', 'Europe/Madrid'),
  row('Barcelona', 'ES', 41.3874, 2.1686, 'es', 'Europe/Madrid'), row('Sevilla', 'ES', 37.3891, -5.9845, 'es', 'Europe/Madrid'),
  row('Valencia', 'ES', 39.4699, -0.3763, 'es', 'Europe/Madrid'), row('Helsinki', 'FI', 60.1699, 24.9384, 'fi', 'Europe/Helsinki'),
  row('Paris', 'FR', 48.8566, 2.3522, 'fr', 'Europe/Paris'), row('Lyon', 'FR', 45.764, 4.8357, 'fr', 'Europe/Paris'),
  row('Marseille', 'FR', 43.2965, 5.3698, 'fr', 'Europe/Paris'), row('Lille', 'FR', 50.6292, 3.0573, 'fr', 'Europe/Paris'),
  row('Strasbourg', 'FR', 48.5734, 7.7521, 'fr', 'Europe/Paris'), row('Athens', 'GR', 37.9838, 23.7275, 'el', 'Europe/Athens'),
  row('Thessaloniki', 'GR', 40.6401, 22.9444, 'el', 'Europe/Athens'), row('Zagreb', 'HR', 45.815, 15.9819, 'hr', 'Europe/Zagreb'),
  row('Split', 'HR', 43.5081, 16.4402, 'hr', 'Europe/Zagreb'), row('Budapest', 'HU', 47.4979, 19.0402, 'hu', 'Europe/Budapest'),
  row('Dublin', 'IE', 53.3498, -6.2603, 'en', 'Europe/Dublin'), row('Cork', 'IE', 51.8985, -8.4756, 'en', 'Europe/Dublin'),
  row('Roma', 'IT', 41.9028, 12.4964, 'it', 'Europe/Rome'), row('Milano', 'IT', 45.4642, 9.19, 'it', 'Europe/Rome'),
  row('Napoli', 'IT', 40.8518, 14.2681, 'it', 'Europe/Rome'), row('Palermo', 'IT', 38.1157, 13.3615, 'it', 'Europe/Rome'),
  row('Torino', 'IT', 45.0703, 7.6869, 'it', 'Europe/Rome'), row('Vilnius', 'LT', 54.6872, 25.2797, 'lt', 'Europe/Vilnius'),
  row('Luxembourg', 'LU', 49.6116, 6.1319, 'fr', 'Europe/Luxembourg'), row('Rīga', 'LV', 56.9496, 24.1052, 'lv', 'Europe/Riga'),
  row('Valletta', 'MT', 35.8989, 14.5146, 'mt', 'Europe/Malta'), row('Amsterdam', 'NL', 52.3676, 4.9041, 'nl', 'Europe/Amsterdam'),
  row('Rotterdam', 'NL', 51.9244, 4.4777, 'nl', 'Europe/Amsterdam'), row('Utrecht', 'NL', 52.0907, 5.1214, 'nl', 'Europe/Amsterdam'),
  row('Warszawa', 'PL', 52.2297, 21.0122, 'pl', 'Europe/Warsaw'), row('Kraków', 'PL', 50.0647, 19.945, 'pl', 'Europe/Warsaw'),
  row('Gdańsk', 'PL', 54.352, 18.6466, 'pl', 'Europe/Warsaw'), row('Wrocław', 'PL', 51.1079, 17.0385, 'pl', 'Europe/Warsaw'),
  row('Lisboa', 'PT', 38.7223, -9.1393, 'pt', 'Europe/Lisbon'), row('Porto', 'PT', 41.1579, -8.6291, 'pt', 'Europe/Lisbon'),
  row('București', 'RO', 44.4268, 26.1025, 'ro', 'Europe/Bucharest'), row('Cluj-Napoca', 'RO', 46.7712, 23.6236, 'ro', 'Europe/Bucharest'),
  row('Iași', 'RO', 47.1585, 27.6014, 'ro', 'Europe/Bucharest'), row('Stockholm', 'SE', 59.3293, 18.0686, 'sv', 'Europe/Stockholm'),
  row('Göteborg', 'SE', 57.7089, 11.9746, 'sv', 'Europe/Stockholm'), row('Malmö', 'SE', 55.605, 13.0038, 'sv', 'Europe/Stockholm'),
  row('Ljubljana', 'SI', 46.0569, 14.5058, 'sl', 'Europe/Ljubljana'), row('Bratislava', 'SK', 48.1486, 17.1077, 'sk', 'Europe/Bratislava'),
  row('Košice', 'SK', 48.7164, 21.2611, 'sk', 'Europe/Bratislava'),
];
