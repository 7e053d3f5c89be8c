import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): [string, string | null][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.kind, q.speaker]);
}

describe('Serbian role forms', () => {
  it('`Šef srpske diplomatije` (a nation between the words of an office) is the foreign minister, never a person `Šef`', () => {
    expect(
      quotes(
        'Diplomatija',
        'Ministar spoljnih poslova Luka Savić sastao se sa ambasadorima. Šef srpske diplomatije upozorio je da se situacija „naglo pogoršala“.',
      ),
    ).toEqual([
      ['partial', 'Luka Savić'],
      ['indirect', 'Luka Savić'],
    ]);
  });

  it('a feminine role in `-nica` is its masculine `-nik` office (`gradonačelnica` → the mayor named before)', () => {
    expect(quotes('Poplave', 'Gradonačelnica Vera Đokić obišla je naselje. „Ovo nije trenutak za političke poene“, rekla je gradonačelnica.')).toEqual([
      ['direct', 'Vera Đokić'],
    ]);
  });

  it('a medium in quote marks before an inverted subject (`rekao je za portal „…“ direktor X`) is skipped', () => {
    expect(quotes('Gorivo', '„Nema razloga za paniku“, rekao je za portal „Nova ekonomija“ direktor Milan Đokić.')).toEqual([['direct', 'Milan Đokić']]);
  });
});
