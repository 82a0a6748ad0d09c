import { describe, expect, it } from 'vitest';
import { EDITOR_CATALOGUES } from '../../src/i18n/editor';
import { editorLanguage, languageOfLocale } from '../../src/i18n/editor-locale';

describe("the editor tools' language", () => {
  it('is Chinese for a zh locale and English for any other', () => {
    for (const locale of ['zh_CN.UTF-8', 'zh_TW', 'zh-Hans', 'zh', 'ZH_cn.utf8', 'zh_CN@pinyin'])
      expect(languageOfLocale(locale), locale).toBe('zh');
    for (const locale of ['C', 'POSIX', 'C.UTF-8', 'en_GB.UTF-8', 'fr_FR', 'zu_ZA', 'zhx'])
      expect(languageOfLocale(locale), locale).toBe('en');
  });

  it('follows LC_ALL, then LC_MESSAGES, then LANG, skipping empty ones', () => {
    const cases: [Record<string, string>, 'zh' | 'en'][] = [
      [{}, 'en'],
      [{ LANG: 'zh_CN.UTF-8' }, 'zh'],
      [{ LANG: 'zh_CN.UTF-8', LC_MESSAGES: 'en_US.UTF-8' }, 'en'],
      [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' }, 'zh'],
      [{ LANG: 'zh_CN.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8', LC_ALL: 'C' }, 'en'],
      [{ LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' }, 'zh'],
      [{ LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: ' ' }, 'zh'],
    ];
    for (const [env, language] of cases) expect(editorLanguage([], env), JSON.stringify(env)).toBe(language);
  });

  it('takes --lang over the environment, before any --', () => {
    const chinese = { LANG: 'zh_CN.UTF-8' };
    expect(editorLanguage(['--slug', 'tea', '--lang', 'en'], chinese)).toBe('en');
    expect(editorLanguage(['--lang=EN'], chinese)).toBe('en');
    expect(editorLanguage(['--lang', 'zh'], { LC_ALL: 'en_GB.UTF-8' })).toBe('zh');
    expect(editorLanguage(['--', '--lang', 'en'], chinese)).toBe('zh');
  });

  it('refuses another --lang, saying so in the language of the environment', () => {
    expect(() => editorLanguage(['--lang', 'fr'], { LANG: 'zh_CN.UTF-8' })).toThrow(/^--lang “fr” 无效/);
    expect(() => editorLanguage(['--lang'], {})).toThrow(/^--lang "" is not a language the tools speak/);
  });
});

/** Every path to a message (`scaffold.ask.slug`), with what is there. */
function leaves(catalogue: object, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object' && !Array.isArray(value))
      for (const [inner, leaf] of leaves(value, path)) found.set(inner, leaf);
    else found.set(path, value);
  }
  return found;
}

describe('the editor message catalogues', () => {
  const zh = leaves(EDITOR_CATALOGUES.zh);
  const en = leaves(EDITOR_CATALOGUES.en);

  it('have every message in both languages', () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    expect(zh.size).toBeGreaterThan(40);
  });

  it('hold text in every message, and Chinese text in the Chinese one', () => {
    for (const [path, english] of en) {
      const chinese = zh.get(path);
      expect(typeof chinese, path).toBe(typeof english);
      // One argument that serves as any of the messages' parameters: text, a list of texts, a kind of choice.
      const sample = Object.assign(['place'], {
        trim: () => 'place',
        ...{ themes: 'themes', places: 'places', tags: 'tags', sources: 'sources' },
        ...{ id: 'place', zh: '地点', en: 'place' },
      });
      const say = (value: unknown): string =>
        typeof value === 'function'
          ? String((value as (...args: unknown[]) => unknown)(...Array.from({ length: 6 }, () => sample)))
          : Array.isArray(value)
            ? value.join('\n')
            : String(value);
      const [zhText, enText] = [say(chinese), say(english)];
      expect(zhText.trim(), path).not.toBe('');
      expect(enText.trim(), path).not.toBe('');
      expect(zhText, path).toMatch(/\p{Script=Han}/u);
      expect(`${zhText}${enText}`, path).not.toMatch(/undefined|\[object/);
    }
  });
});
