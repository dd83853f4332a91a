/**
 * The review page's script: reads the data the build embedded, fills the side panel (counts,
 * filters, findings by name or "what to replace", decisions, exports), and links the panel and
 * the marks in the edition both ways. Runs from file:// with no network.
 */
import { DATA_ELEMENT_ID, type ReviewData, type ReviewFinding, type ReviewLanguage } from '../types.js';
import { DecisionStore, findingStatus, MIN_REASON, type DecisionScope, type DecisionStatus } from './decisions.js';
import { el, replaceChildren } from './dom.js';
import { download } from './export.js';
import { findingsCsv, suppressionsYaml } from './formats.js';
import { emptyFilters, matches, NO_DEVIATION, type Filters } from './filters.js';
import { deviationName, initLabels, LANGUAGES, languageName, ruleName, setLanguage, setRuleNames, t } from './i18n.js';
import { decisionItem, deviantForms, findingItem, groupFindings, groupTitle, replaceList, type RenderContext } from './render.js';

const data = JSON.parse(document.getElementById(DATA_ELEMENT_ID)?.textContent ?? 'null') as ReviewData;
const store = new DecisionStore(data.document);
const LANGUAGE_KEY = 'kaikyo-review:language';

const state = {
  language: initialLanguage(),
  view: 'names' as 'names' | 'replace',
  filters: emptyFilters(),
  open: new Set<string>(),
  current: undefined as string | undefined,
  rulesOpen: false,
};

const panel = document.getElementById('findings') as HTMLElement;
const edition = document.getElementById('edition') as HTMLElement;
const byId = new Map(data.findings.map((finding) => [finding.findingId, finding]));

initLabels(state.language);
setRuleNames(data.ruleNames);
renderAll();
edition.addEventListener('click', onEditionClick);

function initialLanguage(): ReviewLanguage {
  try {
    const saved = window.localStorage.getItem(LANGUAGE_KEY);
    if (saved && (LANGUAGES as readonly string[]).includes(saved)) return saved as ReviewLanguage;
  } catch {
    // No storage: the build's language.
  }
  return data.lang;
}

/** The findings that pass the filters. */
function visible(): ReviewFinding[] {
  return data.findings.filter((finding) => matches(finding, state.filters, findingStatus(store, finding), data.cards, state.language));
}

function context(): RenderContext {
  return { data, store, language: state.language, open: state.open };
}

/** Everything: static labels, the panel's controls and list, the marks' states. */
function renderAll(): void {
  document.documentElement.lang = state.language;
  document.title = t('title', { title: data.title });
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) node.textContent = t(node.dataset.i18n ?? '');
  panel.setAttribute('aria-label', t('findings'));
  // The footnotes' heading comes from mdast-util-to-hast in the build's language.
  const footnotes = edition.querySelector('section.footnotes > h2');
  if (footnotes) footnotes.textContent = t('footnotes');
  for (const node of document.querySelectorAll<HTMLElement>('.page-marker[data-page]')) {
    node.textContent = t('page', { n: node.dataset.page });
    node.setAttribute('aria-label', node.textContent);
  }
  renderLanguagePicker();
  const occurrences = data.findings.reduce((sum, finding) => sum + finding.occurrences.length, 0);
  replaceChildren(
    panel,
    el('h2', { id: 'findings-heading' }, t('findings')),
    el('p', { class: 'summary' }, t('summary', { count: data.findings.length, occurrences, reported: data.reported })),
    counts(),
    viewSwitch(),
    filterForm(),
    el('p', { id: 'shown', class: 'shown', role: 'status' }),
    el('div', { id: 'list' }),
    decisionsPanel(),
    el('p', { id: 'announce', class: 'visually-hidden', role: 'status', 'aria-live': 'polite' }),
  );
  renderList();
}

function renderLanguagePicker(): void {
  const holder = document.getElementById('language');
  if (!holder) return;
  const select = el('select', { id: 'language-select' }, ...LANGUAGES.map((language) => el('option', { value: language, selected: language === state.language, lang: language }, languageName(language))));
  select.addEventListener('change', () => {
    state.language = select.value as ReviewLanguage;
    try {
      window.localStorage.setItem(LANGUAGE_KEY, state.language);
    } catch {
      // Not kept: the choice holds for this visit.
    }
    setLanguage(state.language);
    renderAll();
    document.getElementById('language-select')?.focus();
  });
  replaceChildren(holder, el('label', { for: 'language-select' }, t('language')), ' ', select);
}

function counts(): HTMLElement {
  const tally = (key: (finding: ReviewFinding) => string) => {
    const map = new Map<string, number>();
    for (const finding of data.findings) map.set(key(finding), (map.get(key(finding)) ?? 0) + 1);
    return [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  };
  const chips = (filter: 'rule' | 'severity', entries: Array<[string, number]>, name: (value: string) => string) =>
    el(
      'ul',
      { class: 'chips' },
      ...entries.map(([value, count]) =>
        el(
          'li',
          {},
          el(
            'button',
            { type: 'button', class: `chip${filter === 'severity' ? ` severity-${value}` : ''}`, 'aria-pressed': String(state.filters[filter] === value), 'data-filter': filter, 'data-value': value },
            name(value),
            ' ',
            el('span', { class: 'count' }, String(count)),
          ),
        ),
      ),
    );
  // The rules' chips fold away (a paper can have a dozen rules): the list is what matters.
  const rules = tally((f) => f.ruleId);
  const box = el(
    'div',
    { class: 'counts' },
    el('h3', {}, t('bySeverity')),
    chips('severity', tally((f) => f.severity), (value) => t(`consistency:severity.${value}`)),
    el('details', { class: 'by-rule', open: state.rulesOpen }, el('summary', {}, el('h3', {}, `${t('byRule')} (${rules.length})`)), chips('rule', rules, ruleName)),
  );
  box.querySelector('details')?.addEventListener('toggle', (event) => {
    state.rulesOpen = (event.target as HTMLDetailsElement).open;
  });
  box.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-filter]');
    if (!button) return;
    const filter = button.dataset.filter as 'rule' | 'severity';
    state.filters[filter] = state.filters[filter] === button.dataset.value ? '' : (button.dataset.value ?? '');
    syncFilterControls();
    renderList();
  });
  return box;
}

function viewSwitch(): HTMLElement {
  const button = (view: 'names' | 'replace') =>
    el('button', { type: 'button', id: `view-${view}`, 'aria-pressed': String(state.view === view), 'data-view': view }, t(`views.${view}`));
  const group = el('div', { class: 'views', role: 'group', 'aria-label': t('views.label') }, button('names'), button('replace'));
  group.addEventListener('click', (event) => {
    const target = (event.target as Element).closest<HTMLButtonElement>('button[data-view]');
    if (!target) return;
    state.view = target.dataset.view as 'names' | 'replace';
    for (const b of group.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b === target));
    renderList();
  });
  return group;
}

function filterForm(): HTMLElement {
  const select = (name: keyof Filters, values: Array<[string, string]>) =>
    el(
      'div',
      { class: 'field' },
      el('label', { for: `filter-${name}` }, t(`filters.${name}`)),
      el(
        'select',
        { id: `filter-${name}`, name },
        el('option', { value: '' }, t('filters.all')),
        ...values.map(([value, label]) => el('option', { value, selected: state.filters[name] === value }, label)),
      ),
    );
  const distinct = (values: string[]) => [...new Set(values)].sort();
  const rules = distinct(data.findings.map((f) => f.ruleId)).map((id): [string, string] => [id, ruleName(id)]);
  const severities = (['error', 'warning', 'info'] as const).filter((s) => data.findings.some((f) => f.severity === s)).map((s): [string, string] => [s, t(`consistency:severity.${s}`)]);
  const deviations = distinct(data.findings.map((f) => f.deviation ?? NO_DEVIATION)).map((d): [string, string] => [d, d === NO_DEVIATION ? t('filters.none') : deviationName(d)]);
  const statuses = (['open', 'accepted', 'false-positive'] as const).map((s): [string, string] => [s, t(`status.${s}`)]);
  const search = el('input', { type: 'search', id: 'filter-search', name: 'search', value: state.filters.search, placeholder: t('filters.searchPlaceholder'), autocomplete: 'off' });
  const form = el(
    'form',
    { class: 'filters', role: 'search', 'aria-label': t('filters.label') },
    select('rule', rules),
    select('severity', severities),
    select('deviation', deviations),
    select('status', statuses),
    el('div', { class: 'field field-search' }, el('label', { for: 'filter-search' }, t('filters.search')), search),
    el('button', { type: 'reset', class: 'link' }, t('filters.reset')),
  );
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (!target.name) return;
    state.filters[target.name as keyof Filters] = target.value;
    if (target.name !== 'search') syncChips();
    renderList();
  });
  form.addEventListener('reset', () => {
    state.filters = emptyFilters();
    // After the browser has reset the controls.
    setTimeout(() => {
      syncChips();
      renderList();
    });
  });
  return form;
}

function syncFilterControls(): void {
  for (const name of ['rule', 'severity', 'deviation', 'status', 'search'] as const) {
    const control = document.getElementById(`filter-${name}`) as HTMLInputElement | HTMLSelectElement | null;
    if (control) control.value = state.filters[name];
  }
  syncChips();
}

function syncChips(): void {
  for (const chip of panel.querySelectorAll<HTMLButtonElement>('button[data-filter]')) {
    chip.setAttribute('aria-pressed', String(state.filters[chip.dataset.filter as 'rule' | 'severity'] === chip.dataset.value));
  }
}

/** The list (by name or what to replace), the shown count, and the marks' states. */
function renderList(): void {
  const list = document.getElementById('list');
  if (!list) return;
  const shown = visible();
  const shownLabel = document.getElementById('shown');
  if (shownLabel) shownLabel.textContent = t('shown', { count: shown.length });
  if (data.findings.length === 0) replaceChildren(list, el('p', { class: 'empty' }, t('empty')));
  else if (shown.length === 0) replaceChildren(list, el('p', { class: 'empty' }, t('noMatch')));
  else if (state.view === 'replace') replaceChildren(list, replaceList(shown));
  else {
    const ctx = context();
    replaceChildren(
      list,
      ...groupFindings(shown).map(({ key, findings }) =>
        el('section', { class: 'group', 'data-group': key }, el('h3', {}, ...groupTitle(key, findings, data.cards)), el('ul', { class: 'findings' }, ...findings.map((finding) => findingItem(finding, ctx)))),
      ),
    );
  }
  updateMarks(new Set(shown.map((finding) => finding.findingId)));
  renderDecisions();
}

/** Marks of findings the filters hide are dimmed; decided places are struck through. */
function updateMarks(shown: ReadonlySet<string>): void {
  for (const mark of edition.querySelectorAll<HTMLElement>('mark[data-finding]')) {
    const finding = byId.get(mark.dataset.finding ?? '');
    mark.classList.toggle('dimmed', !shown.has(mark.dataset.finding ?? ''));
    const decided = finding ? (store.get('occurrence', mark.dataset.occurrence ?? '') ?? (findingStatus(store, finding) !== 'open' ? true : undefined)) : undefined;
    mark.classList.toggle('decided', Boolean(decided));
    mark.classList.toggle('current', mark.dataset.occurrence === state.current);
  }
}

function decisionsPanel(): HTMLElement {
  const section = el(
    'section',
    { class: 'decisions', 'aria-labelledby': 'decisions-heading' },
    el('h2', { id: 'decisions-heading' }, t('decision.list')),
    el('p', { id: 'decision-count' }),
    el('ul', { id: 'decision-list', class: 'existing' }),
    el(
      'div',
      { class: 'exports' },
      el('button', { type: 'button', id: 'export-suppressions', 'data-action': 'export-suppressions' }, t('export.suppressions')),
      el('button', { type: 'button', id: 'export-csv', 'data-action': 'export-csv' }, t('export.csv')),
    ),
  );
  return section;
}

function renderDecisions(): void {
  const list = document.getElementById('decision-list');
  const count = document.getElementById('decision-count');
  if (!list || !count) return;
  count.textContent = t('decision.count', { count: store.all().length });
  replaceChildren(list, ...store.all().map(decisionItem));
}

panel.addEventListener('click', (event) => {
  const target = (event.target as Element).closest<HTMLElement>('[data-action]');
  if (!target) return;
  const action = target.dataset.action;
  if (action === 'toggle') toggle(target.closest<HTMLElement>('li.finding')?.dataset.finding ?? '');
  else if (action === 'show') show(target.dataset.occurrence ?? '');
  else if (action === 'replace') {
    const id = target.dataset.replaceFinding ?? '';
    state.view = 'names';
    state.open.add(id);
    for (const b of panel.querySelectorAll<HTMLButtonElement>('button[data-view]')) b.setAttribute('aria-pressed', String(b.dataset.view === 'names'));
    renderList();
    focusFinding(id);
    show(target.dataset.occurrence ?? '');
  } else if (action === 'remove') {
    store.remove(target.dataset.scope as DecisionScope, target.dataset.target ?? '');
    const finding = target.closest<HTMLElement>('li.finding')?.dataset.finding;
    renderList();
    announce(t('decision.removed'));
    if (finding) focusFinding(finding);
  } else if (action === 'export-suppressions') exportSuppressions();
  else if (action === 'export-csv') exportCsv();
});

panel.addEventListener('submit', (event) => {
  const form = (event.target as Element).closest<HTMLFormElement>('form[data-finding-form]');
  if (!form) return;
  event.preventDefault();
  const finding = byId.get(form.dataset.findingForm ?? '');
  if (!finding) return;
  const reason = (form.elements.namedItem('reason') as HTMLTextAreaElement).value.trim();
  const error = form.querySelector<HTMLElement>('.error');
  if (reason.length < MIN_REASON) {
    if (error) error.hidden = false;
    (form.elements.namedItem('reason') as HTMLTextAreaElement).focus();
    return;
  }
  const [scope, ...rest] = (form.elements.namedItem('scope') as HTMLSelectElement).value.split(':');
  const target = rest.join(':');
  const status = (form.querySelector<HTMLInputElement>('input[name="status"]:checked')?.value ?? 'false-positive') as DecisionStatus;
  const occurrence = finding.occurrences.find((o) => o.occurrenceId === target);
  const card = finding.entry ? data.cards[finding.entry] : undefined;
  const label =
    scope === 'occurrence' ? `${occurrence?.text ?? target} — ${finding.ja ?? ''}`
    : scope === 'name' ? (card ? `${card.ja} ${card.ko}` : (finding.ja ?? target))
    : scope === 'rule' ? finding.ruleId
    : `${deviantForms(finding).join(', ') || finding.ja || ''} (${finding.ruleId})`;
  store.set({ scope: scope as DecisionScope, target, status, reason, rule: finding.ruleId, label: label.trim() });
  renderList();
  announce(t('decision.saved'));
  focusFinding(finding.findingId);
});

function toggle(id: string): void {
  if (state.open.has(id)) state.open.delete(id);
  else state.open.add(id);
  renderList();
  focusFinding(id);
  const finding = byId.get(id);
  const first = finding?.occurrences.find((occurrence) => occurrence.marked);
  if (state.open.has(id) && first) show(first.occurrenceId);
}

function focusFinding(id: string): void {
  const item = panel.querySelector<HTMLElement>(`li.finding[data-finding="${CSS.escape(id)}"]`);
  if (!item) return;
  item.querySelector<HTMLButtonElement>('.finding-toggle')?.focus({ preventScroll: true });
  // Bring the finding's heading into view when it is not: the panel scrolls on wide screens,
  // the window below the sticky edition on narrow ones (scroll-margin keeps it clear of it).
  const narrow = getComputedStyle(edition).position === 'sticky';
  const top = narrow ? edition.getBoundingClientRect().bottom : panel.getBoundingClientRect().top;
  const bottom = narrow ? window.innerHeight : panel.getBoundingClientRect().bottom;
  const box = item.getBoundingClientRect();
  if (box.top < top || box.top > bottom - 48) item.scrollIntoView({ block: 'start' });
}

/** Scroll the edition to a place and highlight it. */
function show(occurrenceId: string): void {
  const marks = edition.querySelectorAll<HTMLElement>(`mark[data-occurrence="${CSS.escape(occurrenceId)}"]`);
  if (marks.length === 0) return;
  state.current = occurrenceId;
  for (const mark of edition.querySelectorAll<HTMLElement>('mark.current')) mark.classList.remove('current');
  for (const mark of marks) mark.classList.add('current');
  // A mark inside a closed <details> (a table's printed lines) needs it open to be seen.
  const details = marks[0].closest('details');
  if (details && !details.open) details.open = true;
  // Scroll the edition alone (scrollIntoView would also move the window on narrow screens).
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const box = marks[0].getBoundingClientRect();
  const view = edition.getBoundingClientRect();
  edition.scrollBy({ top: box.top - view.top - (edition.clientHeight - box.height) / 2, behavior: smooth ? 'smooth' : 'auto' });
  const finding = byId.get(marks[0].dataset.finding ?? '');
  const occurrence = finding?.occurrences.find((o) => o.occurrenceId === occurrenceId);
  if (occurrence) announce(`${occurrence.text}: ${t('occurrence', { ...occurrence })}`);
}

/** A click on a mark opens its finding in the panel. */
function onEditionClick(event: MouseEvent): void {
  const mark = (event.target as Element).closest<HTMLElement>('mark[data-finding]');
  if (!mark) return;
  const id = mark.dataset.finding ?? '';
  if (state.view !== 'names') {
    state.view = 'names';
    for (const b of panel.querySelectorAll<HTMLButtonElement>('button[data-view]')) b.setAttribute('aria-pressed', String(b.dataset.view === 'names'));
  }
  state.open.add(id);
  state.current = mark.dataset.occurrence;
  // A filtered-out finding is shown anyway: the translator asked for it.
  if (!visible().some((finding) => finding.findingId === id)) {
    state.filters = emptyFilters();
    syncFilterControls();
  }
  renderList();
  focusFinding(id);
}

function announce(text: string): void {
  const region = document.getElementById('announce');
  if (region) region.textContent = text;
}

function exportSuppressions(): void {
  if (store.all().length === 0) {
    announce(t('export.nothing'));
    return;
  }
  download(suppressionsYaml(store.all(), data.document), `${data.document}.suppressions.yaml`, 'application/yaml;charset=utf-8');
}

function exportCsv(): void {
  const rows = visible().flatMap((finding) => {
    const status = findingStatus(store, finding);
    return finding.occurrences.map((occurrence) => ({ finding, occurrence, status: store.get('occurrence', occurrence.occurrenceId)?.status ?? status, message: finding.message[state.language] }));
  });
  const header = ['finding', 'rule', 'severity', 'entry', 'japanese', 'expected', 'found', 'deviation', 'status', 'line', 'column', 'page', 'context', 'message'].map((key) => t(`csv.${key}`));
  download(findingsCsv(rows, header), `${data.document}.findings.csv`, 'text/csv;charset=utf-8');
}
