/**
 * Bodies named in Spanish, Portuguese, Italian or French inside English news ("Defensoría del
 * Pueblo", "Asociación Campesina del Alto Putumayo", "Instituto para la Defensa de la Vida y el
 * Territorio"): the model, trained on English, reads them as places or tags only their tail. A
 * name opening with a word for a kind of body is an organisation, and such a word with its
 * connectors right before a span opens the span.
 */
import type { NerSpan } from './model.js';
import { isGivenName } from '../../../lexicon/names.js';

/** Words for kinds of bodies that open their names in Romance languages. */
const HEADS = new Set([
  'Instituto', 'Institut', 'Istituto', 'Defensoría', 'Asociación', 'Associação', 'Associazione', 'Movimiento', 'Movimento', 'Mouvement',
  'Fundación', 'Fundação', 'Fondazione', 'Fondation', 'Corporación', 'Consejo', 'Conselho', 'Consiglio', 'Comisión', 'Comissão',
  'Commissione', 'Ministerio', 'Ministério', 'Ministero', 'Ministère', 'Frente', 'Ejército', 'Exército', 'Esercito', 'Bloque',
  'Federación', 'Federação', 'Confederación', 'Sindicato', 'Partido', 'Partito', 'Coordinadora', 'Organización', 'Unión',
  'Alianza', 'Procuraduría', 'Fiscalía', 'Contraloría', 'Registraduría', 'Superintendencia', 'Secretaría', 'Observatorio',
  'Colectivo', 'Comité', 'Agencia', 'Agência', 'Agenzia', 'Unidad', 'Policía', 'Polícia', 'Guardia', 'Servicio', 'Tribunal',
  'Collectif', 'Conseil', 'Société', 'Syndicat', 'Fédération', 'Confédération', 'Groupement', 'Caisse', 'Chambre', 'Observatoire',
  'Rassemblement', 'Autorité', 'Régie', 'Compagnie', 'Conférence', 'Agence', 'Direction', 'Dirección', 'Direção', 'Direzione',
  'Secretaria', 'Federação', 'Confederação', 'Companhia', 'Departamento', 'Procuradoria', 'Superintendência', 'Acción', 'Ação', 'Azione',
]);
/** Heads English shares, which open a Romance name only before the name's lower-case words ("Association interprofessionnelle du coton"). */
const SHARED_HEADS = new Set(['Union', 'Association', 'Centre', 'Office', 'Port', 'Commission', 'Front', 'Institute']);

/** A word of a Romance body's name: lower case, elided ("l’économie") or capitalised, as regular-expression source. */
const NAME_WORD = String.raw`(?:[\p{Ll}\d][\p{L}\d’'-]*|[ldLD][’']\p{L}[\p{L}’'-]*|\p{Lu}[\p{L}’'-]*)`;

/**
 * The rest of a Romance body's name after its head, up to its short name in brackets: lower-case
 * words with at least one Romance connector, and capitalised words ("national des pêcheurs
 * artisanaux du Sénégal (CNPS)", "de la protection et de la surveillance des pêches (DPSP)").
 */
const TAIL_TO_SHORT_NAME = new RegExp(String.raw`^((?: ${NAME_WORD}){1,10}?) \(\p{Lu}[\p{L}]{1,9}\)`, 'u');
const ROMANCE_CONNECTOR = / (?:de|del|des|du|da|do|dos|das|di|della|la|le|les|et|pour|sur|para|por|y|e|[ld][’']\p{L})/u;
/** A head and the rest of its name right before an opening bracket, as TAIL_TO_SHORT_NAME reads it ("Direction de la protection … des pêches ("). */
const NAME_BEFORE_SHORT = new RegExp(String.raw`(?:^|[^\p{L}])((?:${[...HEADS, ...SHARED_HEADS].join('|')})(?: ${NAME_WORD}){1,10}) \($`, 'u');
const ENGLISH_WORD = / (?:of|the|and|for|in|on|to|at|with|by)(?= |$)/;
/** The words that join a Romance body's head to the rest of its name ("del", "para la"). */
const CONNECTORS = 'de|del|da|do|dos|das|di|della|des|du|para|pour|por|per|la|el|los|las|le|les';
/** A head, maybe an adjective, and connectors right before a span ("Defensoría del ", "Instituto para la "). */
const HEAD_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])((?:${[...HEADS].join('|')})(?: \p{Lu}\p{Ll}+)? (?:(?:${CONNECTORS}) ){1,3})$`, 'u');

const CONNECTORS_ONLY = new RegExp(`^ (?:(?:${CONNECTORS}) ){1,3}$`);
const CONNECTOR_BEFORE = new RegExp(` (?:${CONNECTORS}) $`);

const firstWord = (text: string, span: NerSpan): string => /^\p{L}+/u.exec(text.slice(span.start, span.end))?.[0] ?? '';

/** The spans with Romance bodies' names typed ORG and opened at their head. */
export function romanceBodies(text: string, spans: NerSpan[]): NerSpan[] {
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const head = firstWord(text, span);
    if (HEADS.has(head) || SHARED_HEADS.has(head)) {
      // "Collectif" + " national des pêcheurs artisanaux du Sénégal (CNPS)": the name runs on to its short name.
      const tail = text.charCodeAt(span.end) === 32 ? TAIL_TO_SHORT_NAME.exec(text.slice(span.end, span.end + 160)) : null;
      if (tail && ROMANCE_CONNECTOR.test(tail[1]!) && !ENGLISH_WORD.test(tail[1]!)) {
        span.end += tail[1]!.length;
        while (i + 1 < spans.length && spans[i + 1]!.start < span.end) spans.splice(i + 1, 1);
        span.type = 'ORG';
      }
      if (HEADS.has(head)) span.type = 'ORG';
      continue;
    }
    // "Direction de la protection et de la surveillance des pêches (DPSP)" with only the short name tagged: the name before it.
    if (text[span.start - 1] === '(' && text[span.end] === ')' && /^\p{Lu}[\p{L}]{1,9}$/u.test(text.slice(span.start, span.end))) {
      const name = NAME_BEFORE_SHORT.exec(text.slice(Math.max(0, span.start - 160), span.start));
      const start = span.start - 2 - (name?.[1]!.length ?? 0);
      if (name && ROMANCE_CONNECTOR.test(name[1]!) && !ENGLISH_WORD.test(name[1]!)) {
        while (i > 0 && spans[i - 1]!.end > start) spans.splice(--i, 1);
        if (i === 0 || spans[i - 1]!.end <= start) {
          spans.splice(i, 0, { start, end: span.start - 2, type: 'ORG', confidence: span.confidence });
          i++;
        }
        continue;
      }
    }
    // The word before must be a connector (tested first: cheap).
    if (!CONNECTOR_BEFORE.test(text.slice(Math.max(0, span.start - 7), span.start))) continue;
    const previousEnd = i > 0 ? spans[i - 1]!.end : 0;
    // "Comité" + " por la " + "Dignidad Carcelaria", "Acción Ciudadana" + " por la " + "Transparencia Judicial": one name cut at its connectors.
    // "Associação de Inquilinos" + " do " + "Centro Histórico" read as a person: no given name opens it.
    if (i > 0 && (span.type !== 'PERSON' || !isGivenName(firstWord(text, span).toLowerCase())) && HEADS.has(firstWord(text, spans[i - 1]!)) && CONNECTORS_ONLY.test(text.slice(previousEnd, span.start))) {
      span.start = spans[i - 1]!.start;
      span.type = 'ORG';
      spans.splice(--i, 1);
      continue;
    }
    const before = HEAD_BEFORE.exec(text.slice(Math.max(previousEnd, span.start - 40), span.start));
    if (!before) continue;
    span.start -= before[1]!.length;
    span.type = 'ORG';
  }
  return spans;
}
