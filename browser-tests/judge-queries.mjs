// Writes queries.json: each query of the list below with the wards expected to answer it, judged by grepping the
// content (never by running the search): a ward is expected when one of its indexed items (basic goal, pillar,
// initiative, management item, column: the item's title, program and text) contains every pattern of the query.
// Kana queries are judged by their kanji, English inflections and synonyms by the patterns given.
// Run: node judge-queries.mjs (from browser-tests/), then commit queries.json.
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const CONTENT = new URL('../content/wards/', import.meta.url).pathname;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The searchable text of one item file: title/goal/program values and the body, as the index takes them. */
function itemText(path) {
  if (!path.endsWith('.md') || path.endsWith('/notes.md') || /\/(pillars|management)\/index\.md$/.test(path)) return null;
  const text = readFileSync(path, 'utf8');
  const match = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
  if (!match) return null;
  const keys = match[1].split('\n').filter((line) => /^(title|program|goal):/.test(line))
    .filter((line) => !(path.endsWith('/index.md') && line.startsWith('title:')));
  return (keys.join('\n') + '\n' + match[2]).normalize('NFKC').toLowerCase();
}

const items = {};
for (const ward of readdirSync(CONTENT)) {
  for (const lang of ['ja', 'en']) {
    items[`${ward}/${lang}`] = files(join(CONTENT, ward, lang)).map(itemText).filter(Boolean);
  }
}

// [lang, query, patterns (regular expressions, all must occur in one item; default: the query itself)]
const QUERIES = [
  ['ja', '防災'], ['ja', 'ぼうさい', ['防災']], ['ja', 'ボウサイ', ['防災']], ['ja', '子育て'],
  ['ja', 'こそだて', ['子育て']], ['ja', '認知症'], ['ja', 'にんちしょう', ['認知症']], ['ja', '商店街'],
  ['ja', 'しょうてんがい', ['商店街']], ['ja', 'ショウテンガイ', ['商店街']], ['ja', '自治会町内会'],
  ['ja', '地域ケアプラザ'], ['ja', '区民文化センター'], ['ja', '高齢者'], ['ja', 'こうれいしゃ', ['高齢者']],
  ['ja', '図書館'], ['ja', 'としょかん', ['図書館']], ['ja', '交通安全'], ['ja', '脱炭素'], ['ja', '歌舞伎'],
  ['ja', 'かぶき', ['歌舞伎']], ['ja', '公会堂'], ['ja', '放置自転車'], ['ja', '移動販売'],
  ['ja', 'いどうはんばい', ['移動販売']], ['ja', '畠山重忠'], ['ja', 'はたけやましげただ', ['畠山重忠']],
  ['ja', '鎌倉殿'], ['ja', '横浜アリーナ'], ['ja', '小机城址'], ['ja', '健康づくり'], ['ja', '障害'],
  ['ja', 'ボランティア'], ['ja', '避難'], ['ja', '防犯'], ['ja', 'ぼうはん', ['防犯']], ['ja', '外国人'],
  ['ja', '多文化共生'], ['ja', '見守り', ['見守']], ['ja', '地域包括ケア'], ['ja', '空き家'], ['ja', '虐待'],
  ['ja', '区役所'], ['ja', '感染症'], ['ja', 'スポーツ'], ['ja', '歴史'], ['ja', '農業'], ['ja', '地産地消'],
  ['ja', '食品ロス'], ['ja', 'ごみ'], ['ja', '公園'], ['ja', 'こうえん', ['公園']], ['ja', '環境'],
  ['ja', '読書'], ['ja', '花'], ['ja', '祭り'], ['ja', '地域防災拠点'], ['ja', '消防団'],
  ['ja', '防災 訓練', ['防災', '訓練']], ['ja', '子育て 支援', ['子育て', '支援']],
  ['ja', '高齢者 見守り', ['高齢者', '見守']], ['ja', '防災教育 中学生', ['防災教育', '中学生']],
  ['ja', 'ＳＤＧｓ', ['sdgs']], ['ja', 'sdgs'], ['ja', 'ＩＣＴ', ['ict']], ['ja', 'ict'], ['ja', 'ＤＸ', ['dx']],
  ['ja', 'ＬＧＢＴ', ['lgbt']], ['ja', '新幹線'], ['ja', 'ペット'], ['ja', '3R', ['3r']], ['ja', '３Ｒ', ['3r']], ['ja', '３ｒ', ['3r']], ['ja', 'ウォーキング'], ['ja', 'こども食堂'],
  ['en', 'disaster prevention', ['disaster', 'prevent']], ['en', 'disasters', ['disaster']],
  ['en', 'child-rearing', ['child-rearing|child rearing']], ['en', 'dementia'], ['en', 'shopping streets', ['shopping street']],
  ['en', 'neighborhood associations', ['neighborhood association']], ['en', 'seniors', ['senior|older people|elderly|aged']],
  ['en', 'kids', ['\\bkids?\\b|children|\\bchild\\b']], ['en', 'library', ['librar']], ['en', 'libraries', ['librar']],
  ['en', 'traffic safety', ['traffic', 'safe']], ['en', 'kabuki'], ['en', 'fireflies', ['firefl']],
  ['en', 'firefly', ['firefl']], ['en', 'bicycles', ['bicycle|\\bbikes?\\b']], ['en', 'volunteering', ['volunt']],
  ['en', 'parks', ['\\bparks?\\b']], ['en', 'festivals', ['festival']], ['en', 'history', ['histor']],
  ['en', 'decarbonization', ['decarboni']], ['en', 'evacuation', ['evacuat']], ['en', 'crime prevention', ['crime', 'prevent']],
  ['en', 'foreign residents', ['foreign', 'resident']], ['en', 'sports', ['\\bsports?\\b']], ['en', 'health'],
  ['en', 'community care plaza', ['community care plaza']], ['en', 'SDGs', ['sdgs']], ['en', 'Hatakeyama'], ['en', '3R', ['3r']], ['en', '３Ｒｓ', ['3r']],
];

const queries = QUERIES.map(([lang, query, patterns]) => {
  const regexes = (patterns ?? [query.normalize('NFKC').toLowerCase()]).map((p) => new RegExp(p, 'i'));
  const wards = Object.keys(items).filter((key) => key.endsWith('/' + lang))
    .filter((key) => items[key].some((text) => regexes.every((r) => r.test(text))))
    .map((key) => key.split('/')[0]);
  return { lang, query, patterns: patterns ?? [query], wards };
});
writeFileSync(new URL('queries.json', import.meta.url), JSON.stringify(queries, null, 1) + '\n');
console.log(`${queries.length} queries, ${queries.filter((q) => !q.wards.length).length} expecting nothing`);
