/**
 * The editor's own fields, as Decap CMS widgets (React components made with the `h` and
 * `createClass` Decap puts on window): the story text as typed (a plain text area, so the file
 * keeps every byte the editor did not change) with buttons that insert the story components,
 * lists of figure ids, the slug, and the panel that shows the content check.
 */
import { label, type EditorLanguage } from '../labels';
import { problemText } from '../problem-text';
import { checkState, onCheck, type CheckState } from './check';

/* eslint-disable @typescript-eslint/no-explicit-any -- Decap's widget API is untyped React. */
type H = (type: any, props?: Record<string, any> | null, ...children: any[]) => any;
type CreateClass = (spec: Record<string, any>) => any;

/** What Decap passes a widget's control. */
interface ControlProps {
  value: any;
  onChange: (value: unknown) => void;
  forID: string;
  classNameWrapper: string;
  field: { get(key: string): any };
  entry: { get(key: string): any; getIn(path: string[]): any };
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
}

/** The ids of an entry's figures: stated ones, and derived ones too unless `stated` only. */
function figureIds(entry: ControlProps['entry'], stated = false): string[] {
  const ids = (key: string) =>
    ((entry.getIn(['data', key])?.toJS?.() ?? []) as { id?: string }[]).map((item) => item?.id).filter(Boolean);
  return [...ids('figures'), ...(stated ? [] : ids('derived'))] as string[];
}

/** Text to insert for each button, around the selection where there is one. */
export function insertion(kind: 'figure' | 'chart' | 'background' | 'reading', id: string, selected: string): string {
  switch (kind) {
    case 'figure':
      return `<Figure id="${id}" />`;
    case 'chart':
      return `\n\n<Chart id="${id}" />\n\n`;
    case 'background':
      return `\n\n<Background>\n\n${selected || '…'}\n\n</Background>\n\n`;
    case 'reading':
      return `\n\n<Reading>\n\n${selected || '…'}\n\n</Reading>\n\n`;
  }
}

/** Registers the widgets with Decap CMS. */
export function registerWidgets(CMS: any, h: H, createClass: CreateClass, language: EditorLanguage): void {
  const t = (key: Parameters<typeof label>[0], values?: Record<string, string | number>) =>
    label(key, language, values);

  const BodyControl = createClass({
    getInitialState() {
      return { figure: '', chart: '' };
    },
    insert(kind: 'figure' | 'chart' | 'background' | 'reading', id = '') {
      const area = this.area as HTMLTextAreaElement | null;
      const value = String(this.props.value ?? '');
      const start = area?.selectionStart ?? value.length;
      const end = area?.selectionEnd ?? value.length;
      const text = insertion(kind, id, value.slice(start, end));
      this.props.onChange(value.slice(0, start) + text + value.slice(end));
    },
    render() {
      const props = this.props as ControlProps;
      const lang = props.field.get('language') === 'en' ? 'en' : 'zh-CN';
      const charts = ((props.entry.getIn(['data', 'charts'])?.toJS?.() ?? []) as { id?: string }[])
        .map((chart) => chart?.id)
        .filter(Boolean) as string[];
      const picker = (kind: 'figure' | 'chart', ids: string[], name: 'insertFigure' | 'insertChart') =>
        h(
          'select',
          {
            'aria-label': `${t('insert')}: ${t(name)}`,
            'data-insert': kind,
            value: '',
            onChange: (event: Event) => {
              const id = (event.target as HTMLSelectElement).value;
              if (id) this.insert(kind, id);
            },
          },
          h('option', { value: '' }, `${t('insert')} ${t(name)}…`),
          ...ids.map((id) => h('option', { key: id, value: id }, id)),
        );
      return h(
        'div',
        { className: 'casebook-body' },
        h(
          'div',
          { className: 'casebook-toolbar', role: 'toolbar', 'aria-label': t('insert') },
          picker('figure', figureIds(props.entry), 'insertFigure'),
          picker('chart', charts, 'insertChart'),
          h(
            'button',
            { type: 'button', onClick: () => this.insert('background') },
            `${t('insert')} ${t('insertBackground')}`,
          ),
          h(
            'button',
            { type: 'button', onClick: () => this.insert('reading') },
            `${t('insert')} ${t('insertReading')}`,
          ),
        ),
        h('textarea', {
          id: props.forID,
          ref: (element: HTMLTextAreaElement | null) => {
            this.area = element;
          },
          className: props.classNameWrapper,
          lang,
          rows: 18,
          spellCheck: false,
          value: props.value ?? '',
          onFocus: props.setActiveStyle,
          onBlur: props.setInactiveStyle,
          onChange: (event: Event) => props.onChange((event.target as HTMLTextAreaElement).value),
        }),
      );
    },
  });
  CMS.registerWidget('casebook-body', BodyControl, createClass({ render: () => null }));

  const IdsControl = createClass({
    getInitialState() {
      const value = this.props.value?.toJS?.() ?? this.props.value ?? [];
      return { text: (Array.isArray(value) ? value : []).join(', ') };
    },
    render() {
      const props = this.props as ControlProps;
      const known = figureIds(props.entry, Boolean(props.field.get('stated')));
      return h(
        'div',
        null,
        h('input', {
          id: props.forID,
          className: props.classNameWrapper,
          type: 'text',
          value: this.state.text,
          onFocus: props.setActiveStyle,
          onBlur: props.setInactiveStyle,
          onChange: (event: Event) => {
            const text = (event.target as HTMLInputElement).value;
            this.setState({ text });
            props.onChange(text.split(/[\s,，、;；]+/).filter(Boolean));
          },
        }),
        h('p', { className: 'casebook-hint' }, known.join(', ')),
      );
    },
  });
  CMS.registerWidget('casebook-figure-ids', IdsControl, createClass({ render: () => null }));

  const SlugControl = createClass({
    render() {
      const props = this.props as ControlProps;
      const isNew = Boolean(props.entry.get('newRecord'));
      if (!isNew) {
        const slug = props.value || String(props.entry.get('slug') ?? '').replace(/\/data$/, '');
        return h('p', { id: props.forID, className: 'casebook-slug' }, h('code', null, String(slug ?? '')));
      }
      return h('input', {
        id: props.forID,
        className: props.classNameWrapper,
        type: 'text',
        value: props.value ?? '',
        onFocus: props.setActiveStyle,
        onBlur: props.setInactiveStyle,
        onChange: (event: Event) => props.onChange((event.target as HTMLInputElement).value.trim()),
      });
    },
  });
  CMS.registerWidget('casebook-slug', SlugControl, createClass({ render: () => null }));

  const list = (problems: CheckState['problems'], kind: string) =>
    h(
      'ul',
      { className: kind },
      ...problems.map((problem, index) => h('li', { key: index }, problemText(problem, language))),
    );
  const CheckControl = createClass({
    getInitialState() {
      return { check: checkState() };
    },
    componentDidMount() {
      this.off = onCheck((check) => this.setState({ check }));
    },
    componentWillUnmount() {
      this.off?.();
    },
    render() {
      const check = this.state.check as CheckState;
      const run = () => (window as any).casebookCheck?.(this.props.entry);
      const heading =
        check.status === 'running'
          ? t('checkRunning')
          : check.status === 'passed'
            ? t('checkPassed')
            : check.status === 'failed'
              ? t('checkFailed', { n: check.problems.length })
              : (check.message ?? t('checkNotRun'));
      return h(
        'div',
        {
          className: `casebook-check casebook-check-${check.status}`,
          role: check.status === 'failed' ? 'alert' : 'status',
          'data-status': check.status,
        },
        h('p', null, heading),
        check.problems.length ? list(check.problems, 'problems') : null,
        check.warnings.length ? h('p', null, t('checkWarnings')) : null,
        check.warnings.length ? list(check.warnings, 'warnings') : null,
        h('button', { type: 'button', onClick: run }, t('checkRun')),
      );
    },
  });
  CMS.registerWidget('casebook-check', CheckControl, createClass({ render: () => null }));
}
