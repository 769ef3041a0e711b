/**
 * Bodies named in Spanish, Portuguese, Italian or French inside English news ("Defensoría del
 * Pueblo", "Asociación Campesina del Alto Putumayo", "Instituto para la Defensa de la Vida y el
 * Territorio"): the model, trained on English, reads them as places or tags only their tail. A
 * name opening with a word for a kind of body is an organisation, and such a word with its
 * connectors right before a span opens the span.
 */
import type { NerSpan } from './model.js';

/** Words for kinds of bodies that open their names in Romance languages. */
const HEADS = new Set([
  'Instituto', 'Institut', 'Istituto', 'Defensoría', 'Asociación', 'Associação', 'Associazione', 'Movimiento', 'Movimento', 'Mouvement',
  'Fundación', 'Fundação', 'Fondazione', 'Fondation', 'Corporación', 'Consejo', 'Conselho', 'Consiglio', 'Comisión', 'Comissão',
  'Commissione', 'Ministerio', 'Ministério', 'Ministero', 'Ministère', 'Frente', 'Ejército', 'Exército', 'Esercito', 'Bloque',
  'Federación', 'Federação', 'Confederación', 'Sindicato', 'Partido', 'Partito', 'Coordinadora', 'Organización', 'Unión',
  'Alianza', 'Procuraduría', 'Fiscalía', 'Contraloría', 'Registraduría', 'Superintendencia', 'Secretaría', 'Observatorio',
  'Colectivo', 'Comité', 'Agencia', 'Agência', 'Agenzia', 'Unidad', 'Policía', 'Polícia', 'Guardia', 'Servicio', 'Tribunal',
]);
/** A head, maybe an adjective, and connectors right before a span ("Defensoría del ", "Instituto para la "). */
const HEAD_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])((?:${[...HEADS].join('|')})(?: \p{Lu}\p{Ll}+)? (?:(?:de|del|da|do|dos|das|di|della|des|du|para|pour|por|per|la|el|los|las|le|les) ){1,3})$`, 'u');

const CONNECTOR_BEFORE = / (?:de|del|da|do|dos|das|di|della|des|du|para|pour|por|per|la|el|los|las|le|les) $/;

const firstWord = (text: string, span: NerSpan): string => /^\p{L}+/u.exec(text.slice(span.start, span.end))?.[0] ?? '';

/** The spans with Romance bodies' names typed ORG and opened at their head. */
export function romanceBodies(text: string, spans: NerSpan[]): NerSpan[] {
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (HEADS.has(firstWord(text, span))) {
      span.type = 'ORG';
      continue;
    }
    // The word before must be a connector (tested first: cheap).
    if (!CONNECTOR_BEFORE.test(text.slice(Math.max(0, span.start - 7), span.start))) continue;
    const previousEnd = i > 0 ? spans[i - 1]!.end : 0;
    const before = HEAD_BEFORE.exec(text.slice(Math.max(previousEnd, span.start - 40), span.start));
    if (!before) continue;
    span.start -= before[1]!.length;
    span.type = 'ORG';
  }
  return spans;
}
