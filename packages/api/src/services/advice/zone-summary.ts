import { CONDITIONS, ZONE_IDS, ZONE_LABELS, type AdviceLanguage, type ConditionId, type Finding, type ZoneId } from '@derma/shared';

/** What one finding of each condition is called when counted, in English. */
const EN_UNIT: Record<ConditionId, string> = { acne: 'spots', atopy: 'patches', wrinkle: 'lines' };

/** "on the chin", but "around the eyes": that zone's label is already a place. */
function enPlace(zone: ZoneId): string {
  return zone === 'periocular' ? ZONE_LABELS[zone].en : `on the ${ZONE_LABELS[zone].en}`;
}

function enList(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** The Korean topic particle after `word`: 은 after a final consonant, else 는. */
function koTopic(word: string): string {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  return code >= 0 && code < 11172 && code % 28 !== 0 ? `${word}은` : `${word}는`;
}

interface Spread {
  /** Zones with the most findings (more than one on a tie). */
  top: ZoneId[];
  topCount: number;
  /** The other zones with findings, most first. */
  others: ZoneId[];
}

function spreadOf(zones: NonNullable<Finding['zones']>): Spread | null {
  const found = ZONE_IDS.filter((z) => zones[z].count > 0).sort((a, b) => zones[b].count - zones[a].count);
  const first = found[0];
  if (!first) return null;
  const topCount = zones[first].count;
  return { top: found.filter((z) => zones[z].count === topCount), topCount, others: found.filter((z) => zones[z].count < topCount) };
}

function english(id: ConditionId, total: number, s: Spread): string {
  const name = CONDITIONS[id].label.en.toLowerCase();
  const each = s.top.length > 1 ? ' each' : '';
  const lead = s.top.length === 1 && s.topCount === total ? `all ${name}` : `most ${name}`;
  const also = s.others.length > 0 ? `; also ${enList(s.others.map(enPlace))}` : '';
  return `${lead} ${enList(s.top.map(enPlace))} (${s.topCount}${each} of ${total} ${EN_UNIT[id]})${also}`;
}

function korean(id: ConditionId, total: number, s: Spread): string {
  const name = koTopic(CONDITIONS[id].label.ko);
  const where = s.top.map((z) => ZONE_LABELS[z].ko).join(', ');
  const lead = s.top.length === 1 && s.topCount === total ? '모두' : '주로';
  const count = s.top.length > 1 ? `${total}개 중 각 ${s.topCount}개` : `${total}개 중 ${s.topCount}개`;
  const also = s.others.length > 0 ? `; ${s.others.map((z) => ZONE_LABELS[z].ko).join(', ')}에도 있습니다` : '';
  return `${name} ${lead} ${where}에 있습니다 (${count})${also}`;
}

/**
 * Where on the face a condition's findings are, in the prompt's language, from the finding's
 * per-zone counts; null when the finding has no zones (a version 1 result) or none counted.
 * @example zoneSummary('acne', finding, 'en') // "most acne on the chin (4 of 6 spots); also on the left cheek"
 */
export function zoneSummary(id: ConditionId, finding: Finding, language: AdviceLanguage): string | null {
  if (!finding.zones || finding.lesionCount === 0) return null;
  const spread = spreadOf(finding.zones);
  if (!spread) return null;
  return language === 'ko' ? korean(id, finding.lesionCount, spread) : english(id, finding.lesionCount, spread);
}
