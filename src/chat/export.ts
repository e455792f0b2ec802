/**
 * A chat as a Markdown document: each question as a heading, the answer with its [n] markers
 * turned into footnotes, and the cited passages as the footnote texts. Pure.
 */
import type { Chat } from '../protocol/messages';

export function chatToMarkdown(chat: Chat): string {
  const out: string[] = [`# ${oneLine(chat.title)}`, '', `_Exported from Stride Coach on ${new Date(chat.updated).toISOString().slice(0, 10)}._`, ''];
  const notes: string[] = [];
  chat.turns.forEach((turn, t) => {
    out.push(`## ${oneLine(turn.question)}`, '');
    if (turn.verdict) out.push(`**Verdict: ${turn.verdict}**`, '');
    // Footnote labels are unique across the document: turn number, then citation number.
    const label = (n: number) => `[^${t + 1}-${n}]`;
    const known = new Set(turn.citations.map((c) => c.n));
    out.push(turn.answer.replace(/\[(\d+)\]/g, (m, n) => (known.has(Number(n)) ? label(Number(n)) : m)), '');
    for (const c of turn.citations) {
      const article = c.source.title ? `“${c.source.title}”` : c.source.file;
      notes.push(`${label(c.n)}: **${oneLine(c.title)}** (${c.kind}), ${article} › ${c.source.section.replace(/ > /g, ' › ')}. ${oneLine(c.excerpt)}`);
    }
  });
  if (notes.length) out.push('---', '', ...notes, '');
  return out.join('\n');
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
