import { CONDITION_IDS, CONDITIONS, type AdviceLanguage, type DiagnosisDetail } from '@derma/shared';
import type { Message } from 'ollama';
import { zoneSummary } from './zone-summary';

const SYSTEM: Record<AdviceLanguage, string> = {
  en: [
    'You are a skincare assistant in the derma-edge app. You receive scores from an automated,',
    'non-clinical skin analysis (0-100 per condition, 100 = nothing detected) and their recent trend.',
    'Give practical, gentle daily skincare advice in English in at most 180 words: what the scores',
    'suggest, what to try, and when to see a dermatologist. Never diagnose a disease or name a drug dose.',
  ].join(' '),
  ko: [
    '당신은 derma-edge 앱의 피부 관리 도우미입니다. 자동화된 비임상 피부 분석 점수(조건별 0-100, 100 = 발견 없음)와',
    '최근 추세를 받습니다. 한국어로 180단어 이내로 실용적이고 부드러운 일상 피부 관리 조언을 하세요:',
    '점수가 시사하는 점, 시도할 것, 피부과 전문의를 찾아야 할 때. 질병을 진단하거나 약 용량을 말하지 마세요.',
  ].join(' '),
};

/**
 * The structured findings and trend of a diagnosis as plain text lines; no photo, no identity.
 * Version 2 results add, under each condition with findings, where on the face they are.
 */
export function describeFindings(detail: DiagnosisDetail, language: AdviceLanguage): string {
  const lines = CONDITION_IDS.flatMap((id) => {
    const f = detail.result.findings[id];
    const label = CONDITIONS[id].label[language];
    if (!f) return [`- ${label}: n/a`];
    const where = zoneSummary(id, f, language);
    const line = `- ${label}: score ${f.score}/100, ${f.lesionCount} areas, ${(f.areaRatio * 100).toFixed(1)}% of the face`;
    return where ? [line, `  ${where}`] : [line];
  });
  const trend = [...detail.recent].reverse().map((r) => r.totalScore);
  return [
    `Total score: ${detail.totalScore}/100`,
    ...lines,
    trend.length > 1 ? `Total scores of the last ${trend.length} analyses, oldest first: ${trend.join(', ')}` : 'This is the first analysis.',
  ].join('\n');
}

const PHOTO_NOTE: Record<AdviceLanguage, string> = {
  en: 'The photo the user chose to keep is attached: use what you see only to make the advice more specific, and do not describe the person.',
  ko: '사용자가 보관하기로 한 사진이 첨부되어 있습니다: 보이는 것은 조언을 더 구체적으로 하는 데만 쓰고, 사람을 묘사하지 마세요.',
};

/**
 * The chat messages asking Ollama for advice on a diagnosis, in the user's language; with
 * `photo` (a kept JPEG, for the vision model) the findings message carries it as an image.
 * @example await ollama.chat({ model, messages: adviceMessages(detail, 'ko'), stream: true })
 */
export function adviceMessages(detail: DiagnosisDetail, language: AdviceLanguage, photo?: Uint8Array): Message[] {
  const findings = describeFindings(detail, language);
  return [
    { role: 'system', content: SYSTEM[language] },
    photo ? { role: 'user', content: `${findings}\n${PHOTO_NOTE[language]}`, images: [photo] } : { role: 'user', content: findings },
  ];
}
