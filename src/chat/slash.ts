/**
 * Slash commands of the chat. Shared by the webview (completion in the input) and the host
 * (turning a command into an engine call), so both agree on names and arguments. Pure.
 */

export interface SlashCommand {
  name: string;
  /** Placeholder for the argument, shown in completion. */
  args: string;
  description: string;
  /** What the argument completes against. */
  completes: 'muscles' | 'exercises' | 'none';
}

export const SLASH_COMMANDS: readonly SlashCommand[] = [
  { name: 'muscle', args: '<muscle>', description: 'What a muscle does in the stride, and what goes wrong when it is weak', completes: 'muscles' },
  { name: 'exercise', args: '<muscle>', description: 'Exercises, drills and stretches for a muscle', completes: 'muscles' },
  { name: 'check', args: '<claim>', description: 'Check a claim against the sources: supported, contradicted or unverified', completes: 'none' },
  {
    name: 'plan',
    args: '<muscles or complaint> [equipment:none|band|…] [type:strength|stretch|…]',
    description: 'A strength-and-mobility block for muscles, a weakness or a complaint, with doses and citations',
    completes: 'muscles',
  },
  { name: 'help', args: '', description: 'What the coach can do', completes: 'none' },
];

export type ParsedInput =
  | { kind: 'ask'; question: string }
  | { kind: 'check'; claim: string }
  | { kind: 'plan'; request: string; equipment?: string[]; types?: string[] }
  | { kind: 'help' }
  | { kind: 'usage'; message: string };

/** Reads what the user typed: a plain question, or a slash command and its argument. */
export function parseInput(text: string): ParsedInput {
  const trimmed = text.trim();
  const m = /^\/([a-z]+)(?:\s+([\s\S]*))?$/i.exec(trimmed);
  if (!m) return { kind: 'ask', question: trimmed };
  const name = m[1].toLowerCase();
  const arg = (m[2] ?? '').trim();
  const command = SLASH_COMMANDS.find((c) => c.name === name);
  if (!command) {
    return { kind: 'usage', message: `Unknown command /${name}. Try ${SLASH_COMMANDS.map((c) => `/${c.name}`).join(', ')}.` };
  }
  if (name === 'help') return { kind: 'help' };
  if (!arg) return { kind: 'usage', message: `/${name} needs ${command.args}: for example \`${example(name)}\`.` };
  switch (name) {
    case 'muscle':
      return { kind: 'ask', question: `What does the ${arg} do in running, and what happens when it is weak?` };
    case 'exercise':
      return { kind: 'ask', question: `Exercises for the ${arg}` };
    case 'check':
      return { kind: 'check', claim: arg };
    default: {
      // Filters are written inline: "/plan weak calves equipment:band,none type:strength".
      const equipment: string[] = [];
      const types: string[] = [];
      const request = arg
        .replace(/\b(equipment|type|kind):\s*([a-z,-]+)/gi, (_, key: string, list: string) => {
          (key.toLowerCase() === 'equipment' ? equipment : types).push(...list.toLowerCase().split(',').filter(Boolean));
          return ' ';
        })
        .replace(/\s+/g, ' ')
        .trim();
      if (!request) return { kind: 'usage', message: `/plan needs muscles or a complaint: for example \`${example('plan')}\`.` };
      return { kind: 'plan', request, ...(equipment.length ? { equipment } : {}), ...(types.length ? { types } : {}) };
    }
  }
}

function example(name: string): string {
  switch (name) {
    case 'muscle':
      return '/muscle soleus';
    case 'exercise':
      return '/exercise peroneals';
    case 'check':
      return '/check the soleus is mostly fast-twitch';
    default:
      return '/plan weak calves and shin pain equipment:none';
  }
}

/** Completions for a partly typed input: command names, then names for the argument. */
export function completeInput(text: string, names: { muscles: readonly string[]; exercises: readonly string[] }, limit = 8): string[] {
  const m = /^\/([a-z]*)$/i.exec(text);
  if (m) {
    return SLASH_COMMANDS.filter((c) => c.name.startsWith(m[1].toLowerCase())).map((c) => `/${c.name} `);
  }
  const a = /^\/([a-z]+)\s+(.*)$/i.exec(text);
  if (!a) return [];
  const command = SLASH_COMMANDS.find((c) => c.name === a[1].toLowerCase());
  if (!command || command.completes === 'none') return [];
  // For /plan only the last item of the list is being typed.
  const head = command.name === 'plan' ? a[2].replace(/[^,]*$/, '') : '';
  const partial = (command.name === 'plan' ? a[2].slice(head.length) : a[2]).trim().toLowerCase();
  const pool = names[command.completes];
  const out: string[] = [];
  for (const n of pool) {
    if (n.toLowerCase().startsWith(partial) && n.toLowerCase() !== partial) out.push(`/${command.name} ${head}${head && !head.endsWith(' ') ? ' ' : ''}${n}`);
    if (out.length >= limit) break;
  }
  return out;
}
