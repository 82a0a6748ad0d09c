/**
 * Generated sites for the build benchmark and the generated-site tests: a throwaway copy of the project whose content/ holds
 * `count` stories made from the real ones. Each copy keeps everything that makes a story costly to
 * build (both languages, every figure, derived figure and chart, the locator map, Background and
 * Reading blocks, links to other stories) and gets a title of its own and a closing paragraph
 * written from a vocabulary that grows with the count, so the search index grows as a real one would. Every generated site passes the content check; nothing generated is committed.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { copyProject } from './project';
import { splitFrontmatter } from '../src/content-check/story-body';

/** Characters for generated Chinese words: no numerals, so no text reads as a hand-typed figure. */
const HAN =
  '安柏晨岱恩芳歌禾华嘉锦景兰岚林霖茂明宁沛青泉瑞森诗松棠桐薇溪霞祥欣雪雅岩杨怡英雨玉源云泽珍竹梓' +
  '北滨城川丹港湖江街岭桥山塘田湾坞峡乡洲镇庄坪坝寨河园坡冲垭堡' +
  '茶稻豆果花菇椒菊麻米棉苗荞薯桑笋藤香杏秧油芋枣蔗';
const SYLLABLES = [
  'ba',
  'ce',
  'da',
  'fe',
  'go',
  'hu',
  'ji',
  'ka',
  'lo',
  'ma',
  'ne',
  'pi',
  'qu',
  'ro',
  'sa',
  'te',
  'vo',
  'wu',
  'xi',
  'ya',
  'zo',
  'bri',
  'cha',
  'dro',
  'fla',
  'gre',
  'kla',
  'mon',
  'nor',
  'pla',
  'ren',
  'sto',
  'tri',
  'van',
];
const ZH_SENTENCES = [
  (a: string, b: string, c: string) => `${a}的居民说，${b}和${c}的做法值得再看一看。`,
  (a: string, b: string, c: string) => `在${a}，当地把${b}当作${c}以外的又一条路。`,
  (a: string, b: string, c: string) => `${a}、${b}两地的经验后来也传到了${c}。`,
  (a: string, b: string, c: string) => `有人把${a}的变化归于${b}，也有人认为与${c}有关。`,
];
const EN_SENTENCES = [
  (a: string, b: string, c: string) => `People in ${a} say the ways of ${b} and ${c} deserve a second look.`,
  (a: string, b: string, c: string) => `In ${a}, ${b} became another path beside ${c}.`,
  (a: string, b: string, c: string) => `What ${a} and ${b} learned later reached ${c} as well.`,
  (a: string, b: string, c: string) => `Some credit the change in ${a} to ${b}; others point to ${c}.`,
];

/** The n-th generated Chinese word: two or three characters, distinct for every n. */
function zhWord(n: number): string {
  const size = HAN.length;
  let word = HAN[n % size]! + HAN[Math.floor(n / size) % size]!;
  if (n >= size * size) word += HAN[Math.floor(n / (size * size)) % size]!;
  return word;
}

/** The n-th generated English word (capitalised, like a place name), distinct for every n. */
function enWord(n: number): string {
  const size = SYLLABLES.length;
  const parts = [SYLLABLES[n % size]!, SYLLABLES[Math.floor(n / size) % size]!];
  if (n >= size * size) parts.push(SYLLABLES[Math.floor(n / (size * size)) % size]!);
  const word = parts.join('');
  return word[0]!.toUpperCase() + word.slice(1);
}

/** A small deterministic random source, so a size always generates the same site. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Sets the title in a story's frontmatter, read and written with a YAML parser (a title may be
 * quoted, or folded over several lines).
 */
function retitle(text: string, make: (title: string) => string): string {
  const parts = splitFrontmatter(text);
  if (!parts) throw new Error('a story without frontmatter: run `npm run check:content`');
  const frontmatter = parseDocument(parts.frontmatter);
  frontmatter.set('title', make(String(frontmatter.get('title'))));
  const block = `---${parts.frontmatter}---`;
  const rest = text.slice(text.indexOf(block) + block.length);
  return `---\n${frontmatter.toString({ lineWidth: 0 })}---${rest}`;
}

/** Titles stay within the content check's limit: a long one is cut at a word boundary. */
const fit = (title: string, limit = 90) =>
  title.length <= limit ? title : title.slice(0, limit).replace(/[\s–-]+\S*$/, '');

/**
 * Writes a project copy with `count` generated stories (at least as many as the real ones) and
 * returns its folder. The real stories are copied in turns; copy k of story s is `s-k`.
 */
export function generateSite(root: string, count: number): string {
  const dir = copyProject(`casebook-bench-${count}-`, { content: false, drawings: false });
  const content = join(root, 'content');
  cpSync(content, join(dir, 'content'), {
    recursive: true,
    filter: (path) => !path.startsWith(join(content, 'initiatives', '')) && path !== join(content, 'search-words.yaml'),
  });
  const originals = readdirSync(join(content, 'initiatives')).sort();
  if (count < originals.length) throw new Error(`generate at least ${originals.length} stories (one of each)`);
  // Links between stories point at the first copy, which always exists.
  const relink = (text: string) =>
    text.replace(/\/stories\/([a-z0-9-]+)\//g, (link, slug: string) =>
      originals.includes(slug) ? `/stories/${slug}-0/` : link,
    );
  // The vocabulary grows with the site: three words a story, shared by a few stories each.
  const vocabulary = count * 3;
  for (let index = 0; index < count; index++) {
    const original = originals[index % originals.length]!;
    const copy = Math.floor(index / originals.length);
    const source = join(content, 'initiatives', original);
    const target = join(dir, 'content', 'initiatives', `${original}-${copy}`);
    mkdirSync(target, { recursive: true });
    const draw = random(index + 1);
    const words = Array.from({ length: 9 }, (_, n) => (n === 0 ? index : Math.floor(draw() * vocabulary)));

    let data = readFileSync(join(source, 'data.yaml'), 'utf8');
    // One story is the site's headline; its copies are ordinary stories.
    if (copy > 0) data = data.replace(/^\s*headline: true\n/m, '');
    writeFileSync(join(target, 'data.yaml'), data);

    for (const [file, word, sentences, join3] of [
      ['zh.mdx', zhWord, ZH_SENTENCES, (title: string, name: string) => `${name}：${title}`],
      ['en.mdx', enWord, EN_SENTENCES, (title: string, name: string) => `${name}: ${title}`],
    ] as const) {
      let text = relink(readFileSync(join(source, file), 'utf8'));
      const name = word(words[0]!);
      text = retitle(text, (old) => fit(join3(old, name)));
      const closing = [0, 1, 2]
        .map((n) => sentences[(index + n) % sentences.length]!(word(words[1 + n * 2]!), name, word(words[2 + n * 2]!)))
        .join(file === 'zh.mdx' ? '' : ' ');
      writeFileSync(join(target, file), `${text.trimEnd()}\n\n${closing}\n`);
    }
  }
  return dir;
}
