// Converts the npm package thai-address-database (ISC) into the gazetteer Prongsai.Core embeds: the distinct names
// of every province, district and subdistrict, one a line, sorted, without spaces, then a tab and the provinces where
// a place of that name lies (separated by "|"), so that an agency's own province is known from its place; a name that is also an ordinary
// Thai word (ตลาด, กลาง, ควร: the word list of the package's own dependency wordcut) ends in "*", so that the check
// takes it for a place only where the text plainly means one. Provinces are never marked: after an agency type word
// (เทศบาลเมืองกระบี่, อบจ.ตรัง) a province's name is the province. Run by the Core build:
//   node scripts/gazetteer.js OUT
// The package's database/db.json is its raw_database/database.xlsx compacted by the package's own migrate script
// (words and repeated names replaced by letters and lookup indexes); it is expanded here the way the package does.
'use strict';
const fs = require('fs');
const path = require('path');

const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/gazetteer.js OUT');
  process.exit(2);
}

const source = path.join(__dirname, '..', 'node_modules', 'thai-address-database', 'database', 'db.json');
const db = JSON.parse(fs.readFileSync(source, 'utf8'));
const lookup = db.lookup ? db.lookup.split('|') : [];
const words = db.words ? db.words.split('|') : [];
const expand = (text) => {
  if (typeof text === 'number') text = lookup[text];
  if (!db.lookup) return text;
  return text.replace(/[A-Z]/gi, (m) => {
    const ch = m.charCodeAt(0);
    return words[ch < 97 ? ch - 65 : 26 + ch - 97];
  });
};

const names = new Map(); // name -> the provinces it lies in
const provinces = new Set();
const compactOf = (name) => expand(name).replace(/[\s.\-]+/g, '').normalize('NFC'); // สุไหงโก-ลก is written สุไหงโกลก too
const add = (name, province) => {
  const compact = compactOf(name);
  if (!/^[\u0E01-\u0E4E]{2,}$/.test(compact)) throw new Error(`unexpected place name "${compact}" in ${source}`);
  if (!names.has(compact)) names.set(compact, new Set());
  names.get(compact).add(province);
};
let subdistricts = 0;
for (const [provinceName, districts] of db.data) {
  const province = compactOf(provinceName);
  add(provinceName, province);
  provinces.add(province);
  for (const [district, subs] of districts) {
    add(district, province);
    for (const [subdistrict] of subs) {
      add(subdistrict, province);
      subdistricts++;
    }
  }
}
if (db.data.length !== 77 || subdistricts < 7000) {
  throw new Error(`${source} lists ${db.data.length} provinces and ${subdistricts} subdistricts; expected 77 and over 7,000`);
}

const dictionary = new Set();
for (const file of ['tdict-std.txt', 'tdict-std-compound.txt']) {
  const words = path.join(__dirname, '..', 'node_modules', 'wordcut', 'data', file);
  for (const word of fs.readFileSync(words, 'utf8').split('\n')) dictionary.add(word.trim());
}
if (dictionary.size < 10000) throw new Error('the wordcut word list is missing or short');

fs.mkdirSync(path.dirname(out), { recursive: true });
const tmp = `${out}.tmp`;
const line = (n) => `${dictionary.has(n) && !provinces.has(n) ? `${n}*` : n}\t${[...names.get(n)].sort().join('|')}`;
fs.writeFileSync(tmp, [...names.keys()].sort().map(line).join('\n') + '\n');
fs.renameSync(tmp, out);
console.log(`gazetteer: ${names.size} place names (77 provinces, ${subdistricts} subdistricts) -> ${out}`);
