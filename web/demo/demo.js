// The demo page's script (a file, not inline: the page's CSP allows no inline script). It logs
// the component's events, switches its theme, and restyles it with custom properties.
const chat = document.getElementById('coach');
const log = document.getElementById('event-log');
const status = document.getElementById('pack-status');
const MAX_LOG = 50;

/** Adds a line to the event log (newest first), as text only. */
function record(type, summary) {
  const item = document.createElement('li');
  item.dataset.event = type;
  const time = document.createElement('time');
  time.textContent = new Date().toLocaleTimeString();
  const name = document.createElement('span');
  name.className = 'event-type';
  name.textContent = type;
  const text = document.createElement('div');
  text.className = 'event-summary';
  text.textContent = summary;
  item.append(time, name, text);
  log.prepend(item);
  while (log.children.length > MAX_LOG) log.lastElementChild.remove();
}

chat.addEventListener('answer', (e) => {
  const { question, citations, abstained } = e.detail;
  const cited = citations.map((c) => c.id).join(', ');
  record('answer', `“${question}” → ${abstained ? 'not in the sources' : `${citations.length} citation(s): ${cited}`}`);
});

const handleCitations = document.getElementById('handle-citations');
const aside = document.getElementById('citation-aside');
chat.addEventListener('citation-click', (e) => {
  const { citation } = e.detail;
  record('citation-click', `[${citation.n}] ${citation.title} (${citation.id})${handleCitations.checked ? ', shown by the page' : ''}`);
  if (!handleCitations.checked) return;
  // The page shows the citation itself; the component does not open its passage view.
  e.preventDefault();
  document.getElementById('citation-aside-name').textContent = `${citation.title} — ${citation.source.title ?? citation.source.file}, ${citation.source.section}`;
  document.getElementById('citation-aside-excerpt').textContent = citation.excerpt;
  aside.hidden = false;
});

chat.addEventListener('insert-plan', (e) => {
  record('insert-plan', `${e.detail.passageId}: ${e.detail.markdown.split('\n')[0]}`);
});

// What the sources lack: the element keeps the list (chat.abstentions(), exportAbstentions()).
chat.addEventListener('abstained', (e) => {
  record('abstained', `“${e.detail.question}” (${e.detail.count}×; ${e.detail.questions.length} unanswered in all)`);
});

chat.addEventListener('pack-load', (e) => {
  status.classList.remove('error');
  status.textContent = `Knowledge pack: “${e.detail.name}” loaded (${e.detail.passages} passages).`;
  record('pack-load', `${e.detail.url}: ${e.detail.name}, ${e.detail.passages} passages`);
});

chat.addEventListener('pack-error', (e) => {
  status.classList.add('error');
  status.textContent = e.detail.message;
  record('pack-error', e.detail.message);
});

for (const radio of document.querySelectorAll('input[name="theme"]')) {
  radio.addEventListener('change', () => {
    if (!radio.checked) return;
    chat.theme = radio.value;
    // The page follows the same choice.
    if (radio.value === 'auto') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = radio.value;
    record('theme', radio.value);
  });
}

document.getElementById('accent').addEventListener('input', (e) => {
  // CSSOM, which the CSP allows (unlike a style attribute in the markup).
  chat.style.setProperty('--stride-accent', e.target.value);
});

document.getElementById('serif').addEventListener('change', (e) => {
  document.documentElement.classList.toggle('serif', e.target.checked);
});

document.getElementById('clear-log').addEventListener('click', () => log.replaceChildren());

// This script runs before the component's (see index.html), so the element is not defined yet
// and every pack-load or pack-error reaches the listeners above. A page without a pack:
if (!chat.getAttribute('pack')?.trim()) status.textContent = 'Knowledge pack: none.';
