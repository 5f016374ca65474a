// Writes queries.json: each query of the list below with the wards expected to answer it, judged by grepping the
// fixture content the browser tests' site is built from (never by running the search): a ward is expected when one
// of the items of its latest edition contains every pattern of the query, an item being any text a reader sees at
// one anchor (goal with slogan, mascots and captions; pillar, initiative, management item, column, each with its
// captions; introductions; tables, title and cells; notes).
// Kana queries are judged by their kanji, English inflections and synonyms by the patterns given.
// Run: node judge-queries.mjs (from browser-tests/), then commit queries.json.
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const CONTENT = new URL('../src/test/resources/fixture/content/wards/', import.meta.url).pathname;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Front-matter or table keys whose values the page shows (the document title is shown but not indexed). */
const SHOWN = /^(title|program|goal|slogan|captions|mascots|header|rows):/;

/** The values of the shown keys of a YAML text, a line each, without keys, list marks or quotes. */
function shownValues(yaml, isIndex) {
  let shown = false;
  return yaml.split('\n').filter((line) => {
    if (/^[a-z-]+:/.test(line)) shown = SHOWN.test(line) && !(isIndex && line.startsWith('title:'));
    return shown;
  }).map((line) => line.replace(/^[\s-]*(?:[a-z-]+:\s*)?/, '').replace(/^["']|["']$/g, '')).join('\n');
}

/** The searchable text of one item file, as the index takes it. */
function itemText(path) {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.yaml')) return shownValues(text, false).normalize('NFKC').toLowerCase();
  if (!path.endsWith('.md')) return null;
  const match = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
  const front = match ? shownValues(match[1], path.endsWith('/index.md')) : '';
  return (front + '\n' + (match ? match[2] : text)).normalize('NFKC').toLowerCase();
}

const items = {};
for (const ward of readdirSync(CONTENT)) {
  const years = readdirSync(join(CONTENT, ward)).filter((name) => /^\d{4}$/.test(name)).sort();
  for (const lang of ['ja', 'en']) {
    items[`${ward}/${lang}`] = files(join(CONTENT, ward, years[years.length - 1], lang)).map(itemText)
      .filter(Boolean);
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
  // words a reader sees only in captions, mascots, slogans and tables
  ['ja', 'ジャズ'], ['ja', '朝市'], ['ja', 'あさいち', ['朝市']], ['ja', '富士山'], ['ja', 'ふじさん', ['富士山']],
  ['ja', '桜'], ['ja', '地蔵原'], ['ja', '長後街道'], ['ja', '稲荷神社'], ['ja', 'いっずん'], ['ja', 'ぼたんちゃん'],
  ['ja', '幸せお届け大使'], ['ja', 'マイナンバーカード'], ['ja', 'タブレット'], ['ja', 'エコバック'],
  ['ja', 'スマートフォン講座'], ['ja', '窓口応対'], ['ja', 'まどぐち', ['窓口']], ['ja', '側溝'],
  ['ja', 'フォトコンテスト'], ['ja', 'プロモーション動画'], ['ja', '園芸博'], ['ja', 'シールラリー'],
  ['ja', 'ロゴマーク'], ['ja', '住むなら泉区'], ['ja', 'のぼり旗'], ['ja', '二次元バーコード'], ['ja', '出前講座'],
  ['ja', '若葉台団地'], ['ja', '左近山団地'], ['ja', '講演会'], ['ja', 'ウェブ配信'], ['ja', 'オンライン会議'],
  ['ja', 'ひまわり'], ['ja', '防災ガイド'], ['ja', '建築局'], ['ja', 'けんちくきょく', ['建築局']], ['ja', '水道局'],
  ['ja', 'すいどうきょく', ['水道局']], ['ja', '環境創造局'], ['ja', '配水池'], ['ja', '護岸'], ['ja', '長寿命化'],
  ['ja', '手すり'], ['ja', '川井本町'], ['ja', '区政'], ['ja', 'マスコットキャラクター'],
  // kana readings of words that stand alone in some wards and inside compounds in others
  ['ja', 'ひなんじょ', ['避難所']], ['ja', 'ほいくしょ', ['保育所']], ['ja', 'くやくしょ', ['区役所']],
  ['ja', 'やくしょ', ['役所']], ['ja', 'きょてん', ['拠点']], ['ja', 'しえん', ['支援']], ['ja', 'しょうがい', ['障害']],
  ['ja', 'ちいきぼうさいきょてん', ['地域防災拠点']], ['ja', 'こそだてしえん', ['子育て支援']],
  ['ja', 'しょうてん', ['商店']], ['ja', 'こうつう', ['交通']], ['ja', 'ぼうさいくんれん', ['防災', '訓練']],
  ['ja', 'だんち', ['団地']], ['ja', 'ちょうごかいどう', ['長後街道']], ['ja', 'きょく', ['局']],
  // English words from captions, mascots and tables
  ['en', 'jazz'], ['en', 'cherry blossoms', ['cherry blossom']], ['en', 'Mount Fuji', ['mount fuji']],
  ['en', 'tablet', ['tablet']], ['en', 'Izzun'], ['en', 'Botan-chan', ['botan-chan|botan chan']], ['en', 'shrine'],
  ['en', 'logo'], ['en', 'sports festival', ['\\bsports?\\b', 'festival']], ['en', 'Wakabadai'], ['en', 'lectures', ['lecture']],
  ['en', 'ambassador'], ['en', 'Himawari'], ['en', 'smartphone', ['smartphone']], ['en', 'dusk'],
  ['en', 'mascot'], ['en', 'online meetings', ['online', 'meet']],
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
