/**
 * Frequent English words that start sentences capitalised but are not names ("The", "Reports",
 * "Meanwhile"). A capitalised sentence-initial token is a name candidate only when it is not here
 * and does not occur in lower case elsewhere in the document.
 */
export const COMMON_WORDS = new Set(
  `a about above according across after afterwards again against all almost alone along already also although always
among an and another any anyone anything are around as at back be because been before being below besides between both
but by can could despite did do does during each earlier either else even ever every everyone few following for former
from further had has have he her here hers him his how however i if in including instead into is it its just last later
latter least less many may me meanwhile might more moreover most much must my near neither never nevertheless next no
none nor not nothing now of off officials often on once one only or other others otherwise our out over own per perhaps
rather same several she should since so some someone something sometimes still such than that the their them then there
therefore these they this those though through throughout thus to today together too toward towards under unless until
up upon us very was we well were what whatever when where whereas whether which while who whoever whole whom whose why
will with within without would yet you your yesterday tomorrow tonight
reports report experts analysts critics officials sources witnesses residents people police authorities observers
looking speaking asked told said says saying adding according given meanwhile elsewhere overall instead separately
after following amid despite during earlier later last next first second third finally initially eventually
monday tuesday wednesday thursday friday saturday sunday
new old many several some most much more few both each every all any no other such
breaking update updated exclusive analysis opinion editorial watch read listen live
shares stocks investors traders markets prices
`.split(/\s+/).filter(Boolean),
);

/** Words that join name parts without being capitalised ("Bank of England", "Osama bin Laden"). */
export const NAME_CONNECTORS = new Set(['of', 'the', 'de', 'du', 'da', 'di', 'del', 'van', 'von', 'der', 'bin', 'bint', 'al', 'el', 'la', 'le', 'and', '&', 'for', 'ibn', 'abu']);

/** Days and months: capitalised but never entities here (dates are read by other stages). */
export const DATE_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);

/** Words that open a storm's name ("Hurricane Marisol", "Typhoon Haiyan", "Storm Isolde"): an event, no body, person or place. */
export const STORMS: ReadonlySet<string> = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'super-typhoon']);
