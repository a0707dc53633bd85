/** Text from an image printed to a workflow's log is no workflow command, by the runner's own rules. */
import { describe, expect, it } from 'vitest';
import { InertLineWriter, inertLogText } from '../src/report/workflow-commands.js';
import { runnerCommand, workflowCommandsIn } from './support/runner-commands.js';

const HOSTILE: [number, string][] = [
  [1, '/usr/lib/zzz/##[error title=x]PWNED ##[add-mask]owner'],
  [2, 'why: file /usr/lib/zzz/##[group]x exists'],
  [3, '::error file=a,line=1::PWNED'],
  [4, '   \t::add-mask::owner'],
  [5, '\u0085::error::slips past a guard for ASCII white space'],
  [6, '\u00A0\u2028\u3000::warning::x'],
  [7, 'fine\r::error::a carriage return starts a line for ReadLine'],
  [8, '::stop-commands::attacker-token'],
  [9, '#\u00AD#[error]soft hyphen, ignored by a culture-sensitive IndexOf'],
  [10, '\u200B::error::a zero-width space before the command'],
  [11, '###[error]three'],
  [12, '\u0000::error::NUL'],
  [13, 'Filesystem tree cycle detected at /x/##[endgroup]'],
];

describe('inertLogText', () => {
  it.each(HOSTILE)('%i. the runner takes the raw line for a command, and not the inert one', (_n, text) => {
    expect(workflowCommandsIn(text).length).toBeGreaterThan(0);
    expect(workflowCommandsIn(inertLogText(text))).toEqual([]);
  });

  it('keeps ordinary text, line breaks and tabs as they are', () => {
    const text = 'Title\tEnsure x\r\nRule\txccdf_rule\nResult\tpass\n  a::b ## [x] #[y]\n';
    expect(inertLogText(text)).toBe(text);
  });

  it('shows a neutralised line as a quotation and keeps its words', () => {
    expect(inertLogText('  ::error::x')).toBe('  > ::error::x');
    expect(inertLogText('a ##[add-mask]b')).toBe('a ## [add-mask]b');
  });

  it('no random mix of the characters that matter makes a command', () => {
    const alphabet = [
      '::',
      '##[',
      '#',
      '[',
      ']',
      ':',
      'e',
      ' ',
      '\r',
      '\n',
      '\u0085',
      '\u00AD',
      '\u200B',
      '\t',
      '\u2028',
    ];
    let seed = 25;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    let commands = 0;
    for (let n = 0; n < 5000; n++) {
      let text = '';
      const length = 1 + Math.floor(random() * 10);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      commands += workflowCommandsIn(text).length;
      expect(workflowCommandsIn(inertLogText(text)), JSON.stringify(text)).toEqual([]);
    }
    // The mix does make commands before it is made inert.
    expect(commands).toBeGreaterThan(100);
  });
});

describe('InertLineWriter', () => {
  it('judges whole lines, however the text is cut into writes', () => {
    const text = 'ok\r\n::err' + 'or::x\n#' + '#[add-mask]y\r' + '::warning::z\r\nlast ##[';
    for (let cut = 1; cut < text.length; cut++) {
      const written: string[] = [];
      const writer = new InertLineWriter((chunk) => written.push(chunk));
      writer.push(text.slice(0, cut));
      writer.push(text.slice(cut));
      writer.flush();
      const all = written.join('');
      expect(workflowCommandsIn(all), `cut at ${cut}`).toEqual([]);
      expect(all).toBe(inertLogText(text));
    }
  });

  it('the model reads a plain command as the runner does', () => {
    expect(runnerCommand('::error title=t::x')).toBe('error');
    expect(runnerCommand('x ##[warning]y')).toBe('warning');
    expect(runnerCommand('x ::error::y')).toBeUndefined();
  });
});
