import { check } from './check/zh';
import type { ChoiceKind, EditorMessages } from './messages';

/** 编辑工具的中文提示。 */

const NAME: Record<ChoiceKind, string> = { theme: '主题', place: '地点', tag: '标签' };

export const zh: EditorMessages = {
  tools: {
    unknownLanguage: (value) => `--lang “${value}” 无效：请写 --lang zh（中文）或 --lang en（English）`,
    unknownOption: (option) => `没有 ${option} 这个参数：请检查拼写，或用 --help 查看全部参数`,
    missingValue: (option) => `${option} 后面需要写一个值，例如 ${option} <值>`,
    unexpectedArgument: (argument) =>
      `“${argument}”不是参数：参数以 -- 开头，例如 --slug ${argument}；含空格的文字请加引号`,
  },

  scaffold: {
    help: ({
      themes,
      places,
      tags,
      sources,
    }) => `生成一个新案例的草稿：content/initiatives/<slug>/ 下的 data.yaml、zh.mdx 和 en.mdx。

用法：
  npm run new-story -- --slug <英文短名> --theme <主题> --place <地点> [--place …] --tag <标签> [--tag …]
                       [--source <已有来源的 id>]
  npm run new-story -- … --source-id <新来源 id> --source-title <标题> --source-publisher <发布方>
                       --source-date <YYYY-MM-DD> [--source-publisher-en <英文名称>] [--source-title-en <英文标题>]
                       [--source-url <https://…>] [--source-language zh|en]
  npm run new-story            （在终端里不带参数运行：逐项提问）

提示语言跟随 LC_ALL、LC_MESSAGES 或 LANG（如 zh_CN.UTF-8 为中文）；加 --lang zh 或 --lang en 可以指定
（For English, add --lang en）。

slug 是案例的英文短名，用小写字母、数字和连字符，例如 school-meals；它就是网址：/stories/school-meals/。
主题、地点和标签既可以写 id，也可以写名称，例如 南明区、南明、Nanming 或 520102。
多个值用逗号分隔（--tag parking,transport），也可以重复写同一个参数。
写了 --source-id 会同时生成 content/sources/<新来源 id>.yaml；否则案例引用 --source 指定的来源，
都没写就引用下面列出的第一个来源。

主题：
${themes}

地点：
${places}

标签（需要新标签时，先加到 content/tags.yaml）：
${tags}

content/sources/ 里已有的来源：
${sources}
`,
    noneYet: '（还没有）',
    missing: (options) => `缺少参数：${options.join('、')}。`,
    created: (story, files) => `已生成草稿 ${story}/：\n${files.map((file) => `  ${file}`).join('\n')}`,
    next: (slug) =>
      [
        '接下来：',
        '  1. 把这些文件里的每一处“TODO:”换成真实内容（包括 period 实施时间），在 data.yaml 里添加数字。',
        `  2. 运行 npm run dev，打开 http://localhost:4321/stories/${slug}/（草稿只在这里显示）。`,
        '  3. 在 data.yaml 里写上 `status: published`，再运行 `npm run check:content`。',
        '每一步的做法见 CONTRIBUTING.zh.md（中文）或 CONTRIBUTING.md（English）。',
      ].join('\n'),

    problems: {
      nothingWritten: '没有写入任何文件：',
      choice: ({ id, zh }) => `${id}（${zh}）`,
      badSlug: (slug) => `--slug “${slug}” 必须是英文小写字母、数字和连字符，例如 school-meals`,
      slugExists: (slug) => `content/initiatives/${slug}/ 已经存在：请换一个 slug，或者直接修改那个案例`,
      giveAtLeastOne: (kind, ids) => `至少要写一个 --${kind}（${NAME[kind]}）；可选：${ids}`,
      unknownChoice: (kind, value, ids) => `没有“${value}”这个${NAME[kind]}；可选：${ids}`,
      badSourceId: (id) =>
        `--source-id “${id}” 必须是英文小写字母、数字和连字符，例如 renmin-2024-01-29（发布方加日期）`,
      sourceIdExists: (id) => `content/sources/${id}.yaml 已经存在：请用 --source ${id} 引用它`,
      emptySourceTitle: '--source-title 是空的：请照来源原文写上标题',
      emptySourcePublisher: '--source-publisher 是空的：请写上发布方',
      badSourceDate: (value) =>
        `--source-date “${value}” 不是有效的日期：请写成 YYYY-MM-DD 格式的真实日期（来源发表的那一天），例如 2025-03-01`,
      badSourceUrl: (url) => `--source-url “${url}” 必须是以 https:// 开头的完整网址`,
      badSourceLanguage: (value) => `--source-language “${value}” 只能是 zh 或 en`,
      unknownSource: (value, ids) =>
        `没有“${value}”这个来源；可选：${ids}。新来源请用 --source-id、--source-title、--source-publisher 和 --source-date 描述`,
      noSources:
        'content/sources/ 里还没有来源：请用 --source-id、--source-title、--source-publisher 和 --source-date 描述来源',
    },

    ask: {
      slug: 'slug（案例的英文短名，小写字母、数字和连字符，会成为网址），例如 school-meals：',
      kebabOnly: '只能用小写英文字母、数字和单个连字符',
      exists: (path) => `${path} 已经存在`,
      kinds: {
        theme: { heading: '主题：', question: '主题（id 或名称）：' },
        place: { heading: '地点：', question: '地点（id 或名称，多个用逗号分隔）：' },
        tag: { heading: '标签：', question: '标签（id 或名称，多个用逗号分隔）：' },
      },
      giveOne: (kind) => `至少要写一个${NAME[kind]}`,
      unknown: (kind, values) => `没有这个${NAME[kind]}：${values}`,
      sourcesHeading: 'content/sources/ 里已有的来源：',
      source: '来源（写上面的一个 id；要新建来源就输入 new）：',
      sourceRetry: '请输入上面列出的一个 id，或者 new',
      newSourceId: '新来源的 id（小写英文加连字符，例如 renmin-2024-01-29）：',
      title: '标题（照来源原文）：',
      publisher: '发布方（中文来源写中文名称）：',
      date: '发表日期（YYYY-MM-DD）：',
      notADate: (value) => `“${value}” 不是有效的日期：请写成 YYYY-MM-DD 格式的真实日期，例如 2025-03-01`,
      publisherEn: '发布方的英文名称（可以以后再填，直接按回车）：',
      url: '网址或存档地址（没有就直接按回车）：',
      needed: '这一项必须填写',
      gaveUp: (question) => `“${question.trim()}”一直没有得到有效的回答，没有写入任何文件。`,
    },

    files: {
      data: {
        header: [
          '案例的事实，不分语言。每个数字都要引用 content/sources/ 里的一个来源。',
          '把 `status` 改为 `published` 之前，先填好每一处 TODO：已发布的案例留有 TODO 时，检查不会通过。',
        ].join('\n'),
        agencies: '实施单位，中英文各一。',
        agencyZh: '实施单位的中文全称',
        agencyEn: '实施单位的英文名称',
        period: [
          "实施时间，或数字所对应的时间，加引号：'2023'、'2023-11'、'2023-11/2024-01'，",
          "或 '../2024-01'（表示“截至2024年1月”）。",
        ].join('\n'),
        periodBlank: '实施时间，例如 2023-11/2024-01',
        published: '案例发布的日期，YYYY-MM-DD：正式发布时改为当天。',
        status: 'draft：草稿，只在 `npm run dev` 里显示。published：在网站上发布。',
        keyFigures: '显示在案例开头的关键数字卡片，写数字的 id，例如 [spaces]。',
        figures: (source) =>
          [
            '每个数字只写一次，照来源的说法，例如：',
            '  - id: spaces # 正文里写作 <Figure id="spaces" />',
            '    value: 3840 # 纯数字、基本单位：3.2亿元写作 320000000',
            '    unit: space # content/units.yaml 里的一个单位 id',
            '    qualifier: at-least # exact（确数）| at-least（余）| about（约）| nearly（近）',
            "    period: '../2024-01'",
            `    source: ${source}`,
            '    label: { zh: 新增停车位, en: parking spaces added }',
          ].join('\n'),
        derived: [
          '由两个数字推算出的数字：只写规则，网站会算出结果，例如：',
          '  - { id: minors-share, op: share, of: [minors, applications], unit: percent, label: { zh: …, en: … } }',
        ].join('\n'),
        corrections: '已发布的事实有改动时，追加一条：- { date: YYYY-MM-DD, note: { zh: …, en: … } }',
      },
      zhStory: {
        title: '标题：写清谁做了什么',
        summary: '一两句话：这项实事是什么、谁做的、带来了什么变化。摘要里不写数字。',
        body: [
          '用自己的话写正文，不照抄来源的句子：问题是什么，谁做了什么，带来了什么变化，说明了什么。',
          '每个数字都用 Figure 组件和 data.yaml 里的 id 来写（见 CONTRIBUTING.zh.md），不要直接打数字。',
        ],
        background: '读者需要、但来源没有说的背景写在这里；不需要就删掉这一段。',
        reading: '本站自己的解读写在这里，和来源所说的事实分开；不需要就删掉这一段。',
      },
      enStory: {
        title: '英文标题：写清谁做了什么',
        summary: '用一两句英文说明这项实事是什么、谁做的、带来了什么变化。摘要里不写数字。',
        body: [
          '用英文写正文，和中文版讲同一个故事，按英文读者的习惯来写，不照抄来源的句子。',
          '每个数字都用 Figure 组件和 data.yaml 里的 id 来写（见 CONTRIBUTING.zh.md），不要直接打数字。',
        ],
        background: '背景说明的英文版写在这里；不需要就删掉这一段。',
        reading: '本站解读的英文版写在这里，和来源所说的事实分开；不需要就删掉这一段。',
      },
      source: {
        header: '一个来源，data.yaml 用 id（即文件名）引用它。已发布的案例引用它之前，请填好每一处 TODO。',
        publisherEn: '发布方的英文名称',
        titleEn: '标题的英文译名',
        url: 'url: https://…（原文地址；原文可能变动时，写 web.archive.org 等存档地址）',
      },
    },
  },

  check,
};
