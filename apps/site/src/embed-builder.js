// The embed builder: a form made from elements.json (the widgets' Custom Elements Manifest,
// reduced at build time), a copy-paste snippet and a live preview. Everything is built with DOM
// calls and textContent, never innerHTML, so nothing typed into the form can become markup.

const elements = await (await fetch('/elements.json')).json();
const $ = (id) => document.getElementById(id);
const form = $('builder');
const chooser = $('element');
const fieldset = $('attributes');
const snippet = $('snippet');
const preview = $('preview');

for (const element of elements) chooser.append(new Option(`<${element.tag}>`, element.tag));

/** Creates an element with properties and children. */
function make(tag, properties = {}, ...children) {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

function controlFor(attribute) {
  const id = `attr-${attribute.name}`;
  const hint = make('span', { className: 'hint', id: `${id}-hint`, textContent: attribute.description });
  if (attribute.kind === 'boolean') {
    const box = make('input', { type: 'checkbox', id, name: attribute.name });
    box.setAttribute('aria-describedby', hint.id);
    return make('div', {}, make('label', { className: 'check' }, box, attribute.name), hint);
  }
  const input = make('input', { type: attribute.kind === 'number' ? 'number' : 'text', id, name: attribute.name, autocomplete: 'off' });
  input.setAttribute('aria-describedby', hint.id);
  if (attribute.name === 'exit-url') return exitUrlControl(attribute, input, hint);
  if (attribute.values.length) {
    const list = make('datalist', { id: `${id}-values` }, ...attribute.values.map((value) => new Option(value, value)));
    input.setAttribute('list', list.id);
    return make('label', {}, attribute.name, hint, input, list);
  }
  return make('label', {}, attribute.name, hint, input);
}

/** Whether a quick exit would really go to `value`: only absolute http(s) addresses are used. */
function isHttpUrl(value) {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** The exit-url field, with a warning that shows while its value is one the widgets would ignore. */
function exitUrlControl(attribute, input, hint) {
  const warning = make('p', { className: 'warning', id: `${input.id}-warning`, hidden: true, textContent:
    'Not an http(s) address: the quick exit would ignore it and go to https://www.google.com/. Write the full address, e.g. https://www.example.org/.' });
  input.setAttribute('aria-describedby', `${hint.id} ${warning.id}`);
  input.addEventListener('input', () => {
    const wrong = input.value.trim() !== '' && !isHttpUrl(input.value.trim());
    warning.hidden = !wrong;
    input.setAttribute('aria-invalid', String(wrong));
  });
  return make('div', {}, make('label', {}, attribute.name, hint, input), warning);
}

function current() {
  return elements.find((element) => element.tag === chooser.value) ?? elements[0];
}

function showAttributes() {
  const element = current();
  $('summary').textContent = element.summary;
  // The chat brings its own quick exit; the quick exit needs no second one.
  $('add-exit-row').hidden = ['thb-chat', 'thb-quick-exit'].includes(element.tag);
  fieldset.replaceChildren(make('legend', { textContent: 'Options' }), ...element.attributes.map(controlFor));
  update();
}

/** Escapes a value for a double-quoted HTML attribute. */
function attributeValue(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function update() {
  const element = current();
  const chosen = element.attributes
    .map((attribute) => {
      const input = form.elements.namedItem(attribute.name);
      if (attribute.kind === 'boolean') return input.checked ? [attribute.name, ''] : undefined;
      return input.value.trim() ? [attribute.name, input.value.trim()] : undefined;
    })
    .filter(Boolean);
  const attributes = chosen.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${attributeValue(value)}"`)).join('');
  const script = (tag) => `<script type="module" src="${location.origin}/widgets/${tag}.js"></script>\n`;
  const exit = !$('add-exit-row').hidden && $('add-exit').checked ? `${script('thb-quick-exit')}<thb-quick-exit></thb-quick-exit>\n` : '';
  snippet.textContent = `${exit}${script(element.tag)}<${element.tag}${attributes}></${element.tag}>`;
  const live = document.createElement(element.tag);
  for (const [name, value] of chosen) live.setAttribute(name, value);
  // A quick exit moves itself to the start of the page; the preview keeps it in its box.
  if (element.tag === 'thb-quick-exit') live.setAttribute('inline', '');
  preview.replaceChildren(live);
}

chooser.addEventListener('change', showAttributes);
form.addEventListener('input', (event) => event.target !== chooser && update());
form.addEventListener('submit', (event) => event.preventDefault());
$('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.textContent);
    $('copied').textContent = 'Copied.';
  } catch {
    getSelection().selectAllChildren(snippet);
    $('copied').textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
});

const wanted = new URLSearchParams(location.search).get('element');
if (wanted && elements.some((element) => element.tag === wanted)) chooser.value = wanted;
showAttributes();
