/**
 * Event triggers: a pattern over a sentence's lower-cased text → a CAMEO code. PLOVER category,
 * mode and context come from the CAMEO→PLOVER table unless a trigger names a mode itself.
 * `actorAfter`: nominal triggers whose actor follows ("mediation efforts from Qatar").
 * `recipientAfter`: the recipient is the subject of a clause that follows ("… if Israel withdraws").
 */
export interface Trigger {
  name: string;
  pattern: RegExp;
  cameo: string;
  mode?: string;
  actorAfter?: RegExp;
  recipientAfter?: RegExp;
}

const TALKS = '(?:ceasefire |peace |truce |nuclear |trade )?(?:talks|negotiations|dialogue|discussions)';

export const TRIGGERS: readonly Trigger[] = [
  { name: 'conditional-demand', pattern: /\b(?:will|would)\s+only\s+(?:agree|accept|sign|consider)\b[^.;]{0,80}?\bif\b/, cameo: '100', recipientAfter: /^/ },
  { name: 'end-talks', pattern: new RegExp(`\\b(?:cut(?:s|ting)? short|end(?:s|ed|ing)?|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|break(?:s|ing)? off|broke off|pull(?:s|ed|ing)? out of|walk(?:s|ed|ing)? (?:away from|out of)|abandon(?:s|ed|ing)?)\\s+(?:its |their |the |his |her )?${TALKS}`), cameo: '125' },
  { name: 'recall-team', pattern: /\brecall(?:s|ed|ing)?\s+(?:its |their |the |his |her )?(?:\w+\s+)?(?:team|delegation|negotiators|ambassador|envoy|diplomats)\b/, cameo: '161' },
  { name: 'expel', pattern: /\bexpel(?:s|led|ling)?\b/, cameo: '166' },
  { name: 'mediate', pattern: /\bmediat(?:e|es|ed|ing)\b|\bmediation(?: efforts?)?\s+(?:from|by|of)\b/, cameo: '045', mode: 'third-party', actorAfter: /^(?:mediation(?: efforts?)?\s+(?:from|by|of))/ },
  { name: 'negotiate', pattern: /\bnegotiat(?:e|es|ed|ing)\s+with\b/, cameo: '046' },
  { name: 'meet', pattern: /\b(?:met|meet|meets|meeting)\s+with\b|\bheld talks\b|\bhold(?:s)? talks\b/, cameo: '040' },
  { name: 'visit', pattern: /\bvisit(?:s|ed|ing)?\b(?=\s+\p{Lu}|\s+the\s+\p{Lu})/u, cameo: '042', mode: 'visit' },
  { name: 'criticise', pattern: /\b(?:criticis|criticiz|condemn|denounc|slam)(?:e|es|ed|ing|s|ned|ming)?\b|\bexpress(?:es|ed|ing)? (?:frustration|anger|outrage|concern|dismay) (?:over|with|at|about)\b/, cameo: '111', mode: 'disapprove' },
  { name: 'accuse', pattern: /\b(?:accus|blam)(?:e|es|ed|ing)\b/, cameo: '112', mode: 'disapprove' },
  { name: 'appeal', pattern: /\bcall(?:s|ed|ing)?\s+(?:for|on)\b|\burg(?:e|es|ed|ing)\b|\bappeal(?:s|ed|ing)?\s+(?:for|to)\b/, cameo: '020' },
  { name: 'demand', pattern: /\bdemand(?:s|ed|ing)?\b/, cameo: '100' },
  { name: 'recognise', pattern: /\brecogni[sz](?:e|es|ed|ing)\b/, cameo: '054' },
  { name: 'agree', pattern: /\bagree(?:s|d)?\s+to\b|\bpromis(?:e|es|ed)\s+to\b|\bpledg(?:e|es|ed)\s+to\b/, cameo: '030' },
  { name: 'sign', pattern: /\bsign(?:s|ed|ing)?\s+(?:an? |the )?(?:\w+\s+)?(?:agreement|deal|treaty|accord)\b/, cameo: '057' },
  { name: 'praise', pattern: /\b(?:prais|welcom|appreciat|commend)(?:e|es|ed|ing)\b/, cameo: '051' },
  { name: 'reject', pattern: /\b(?:reject|refus)(?:s|es|ed|ing|e)?\b/, cameo: '120' },
  { name: 'threaten', pattern: /\bthreaten(?:s|ed|ing)?\b/, cameo: '130' },
  { name: 'protest', pattern: /\bprotest(?:s|ed|ing)?\s+(?:against|over)\b/, cameo: '140' },
  { name: 'sanction', pattern: /\bimpos(?:e|es|ed|ing)\s+(?:new\s+)?sanctions\b|\bsanction(?:s|ed|ing)?\b(?=\s+\p{Lu})/u, cameo: '163' },
  { name: 'arrest', pattern: /\b(?:arrest|detain)(?:s|ed|ing)?\b/, cameo: '173' },
  { name: 'attack', pattern: /\b(?:attack|shell|bomb|raid)(?:s|ed|ing)?\b(?!\s+(?:on|of|in))|\blaunch(?:es|ed)?\s+(?:an? )?(?:attack|strike|offensive)s?\b/, cameo: '190' },
  { name: 'airstrike', pattern: /\b(?:air ?strikes?|airstrikes?|drone strikes?)\s+(?:on|against)\b/, cameo: '195' },
  { name: 'kill', pattern: /\bkill(?:s|ed|ing)?\b/, cameo: '1823' },
  { name: 'withdraw', pattern: /\bwithdr(?:aw|aws|ew|awn|awing)\s+(?:its |their |the )?(?:\w+\s+)?(?:forces|troops|soldiers)\b/, cameo: '0874' },
  { name: 'release', pattern: /\breleas(?:e|es|ed|ing)\s+(?:\w+\s+)?(?:hostages|prisoners|detainees|captives)\b/, cameo: '0841' },
  { name: 'aid', pattern: /\b(?:provid|deliver|send|sent)(?:e|es|ed|ing|s)?\s+(?:\w+\s+)?(?:humanitarian\s+)?(?:aid|assistance|relief)\b/, cameo: '073' },
  { name: 'deploy', pattern: /\bdeploy(?:s|ed|ing)?\s+(?:\w+\s+)?(?:troops|forces|soldiers|warships)\b/, cameo: '150' },
];

/** Words before a trigger that negate it. */
export const NEGATIONS = /\b(?:not|n't|never|no longer|neither|nor|refus(?:e|es|ed) to|declin(?:e|es|ed) to|fail(?:s|ed)? to)\s+(?:\w+\s+){0,2}$/;
/** Words before a trigger that put it in the future or make it intended. */
export const FUTURE = /\b(?:will|would|shall|'ll|going to|plan(?:s|ned)? to|intend(?:s|ed)? to|expect(?:s|ed)? to|set to|vow(?:s|ed)? to|promis(?:e|es|ed) to|pledg(?:e|es|ed) to|(?:is|are|was|were) to)\s+(?:\w+\s+){0,2}$/;
/** Words before a trigger that make it hypothetical. */
export const HYPOTHETICAL = /\b(?:could|might|may|if|unless|whether|should)\b[^.;]{0,60}$/;
/** Words before a trigger that make it something demanded of the actor. */
export const DEMANDED = /\b(?:call(?:s|ed)? (?:on|for) \S+ to|urg(?:e|es|ed) \S+ to|demand(?:s|ed)? that \S+)\s+$/;
/** Prepositions that put a place in the background, not the receiving end ("talks concerning Gaza"). */
export const TOPIC_PREPOSITIONS = new Set(['in', 'concerning', 'about', 'over', 'on', 'at', 'from', 'across', 'throughout', 'near', 'to', 'regarding', 'inside', 'within', 'into']);
