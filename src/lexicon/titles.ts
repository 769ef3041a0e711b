/**
 * Titles that precede a person's name ("Prime Minister Keir Starmer", "spokesperson Tommy Pigott"),
 * longest first when matched. Matching is case-insensitive on whole tokens.
 */
export const TITLES: readonly string[] = [
  'president', 'vice president', 'vice - president', 'president - elect', 'president-elect', 'prime minister', 'deputy prime minister', 'foreign minister',
  'defence minister', 'defense minister', 'interior minister', 'finance minister', 'health minister', 'minister',
  'secretary of state', 'secretary of defense', 'defense secretary', 'defence secretary', 'foreign secretary',
  'home secretary', 'secretary-general', 'secretary general', 'secretary', 'undersecretary', 'under secretary',
  'special envoy', 'envoy', 'ambassador', 'spokesperson', 'spokesman', 'spokeswoman', 'press secretary',
  'chancellor', 'king', 'queen', 'prince', 'crown prince', 'princess', 'emir', 'sheikh', 'sheikha', 'shaikh', 'shaikha', 'sayyid', 'sayyida', 'sultan', 'ayatollah',
  'supreme leader', 'pope', 'cardinal', 'archbishop', 'bishop', 'rabbi', 'imam', 'grand ayatollah',
  // Shia clerical ranks ("Hojatoleslam Mahmoud Rezvani-Far").
  'hojatoleslam', 'hojjatoleslam', 'hojatolislam', 'hojjat-ol-eslam',
  'archimandrite', 'abbot', 'abbess', 'patriarch', 'vicar', 'deacon', 'archdeacon', 'monsignor',
  'general', 'gen.', 'lieutenant general', 'major general', 'brigadier general', 'admiral', 'colonel', 'col.',
  'major', 'captain', 'commander', 'commodore', 'chief of staff', 'army chief', 'police chief', 'chief',
  'senator', 'sen.', 'representative', 'rep.', 'congressman', 'congresswoman', 'governor', 'gov.', 'gov', 'mayor',
  'lieutenant governor', 'attorney general', 'speaker', 'president pro tem', 'president pro tempore', 'speaker pro tem', 'speaker pro tempore',
  // "Tem" read as the first word of the name after "Senate President Pro".
  'tem', 'lawmaker', 'legislator', 'mp', 'pm', 'leader', 'opposition leader',
  'chairman', 'chairwoman', 'chair', 'director', 'administrator', 'director-general', 'director general', 'commissioner',
  'high commissioner', 'minister of state', 'coordinator', 'adviser', 'advisor', 'national security adviser', 'chief executive', 'ceo',
  'founder', 'judge', 'justice', 'chief justice', 'prosecutor', 'dr.', 'mr.', 'mrs.', 'ms.', 'prof.', 'adv.', 'adv',
  'dr', 'mr', 'mrs', 'ms', 'prof', 'professor', 'madam', 'mdm', 'madame', 'mme',
  'sir', 'dame', 'lord', 'lady', 'coach', 'manager', 'striker', 'goalkeeper', 'captain', 'head coach',
  'cllr', 'councillor', 'councilor', 'td', 'mla', 'mpp', 'msp', 'mep', 'mk',
  // American local offices ("Councilman Dale Prewitt", "Assemblywoman …").
  'councilman', 'councilwoman', 'councilmember', 'ald', 'ald.', 'alderman', 'alderwoman', 'alderperson', 'selectman', 'selectwoman',
  'assemblyman', 'assemblywoman', 'assemblymember', 'supervisor', 'trustee', 'comptroller', 'treasurer', 'superintendent',
  'clerk',
  // Police ranks, written out and as British papers abbreviate them ("Det Insp", "Ch Supt").
  'detective', 'inspector', 'detective inspector', 'chief inspector', 'detective chief inspector', 'sergeant',
  'detective sergeant', 'constable', 'detective constable', 'chief constable', 'superintendent',
  'chief superintendent', 'det', 'det insp', 'det sgt', 'det supt', 'det ch insp', 'det con', 'insp', 'sgt',
  'supt', 'ch supt', 'ch insp', 'dci', 'sheriff', 'superintendent of police', 'senior superintendent of police',
  'deputy superintendent of police', 'inspector general of police', 'director general of police', 'commissioner of police',
  'rear admiral', 'vice admiral', 'lieutenant colonel', 'brigadier', 'air marshal', 'air chief marshal',
  // Malaysian and Bruneian honorifics ("Datuk Seri Anwar Ibrahim", "Tan Sri …").
  'datuk', 'datuk seri', 'dato', 'dato sri', 'dato seri', 'dato seri setia', 'datin', 'tan sri', 'puan sri', 'tun', 'toh puan', 'haji', 'hajjah', 'haj', 'hajj',
  // Bruneian nobility and forms of address ("Pengiran Muda Mahkota …", the crown prince; "Awang …", "Dayang …").
  'pengiran', 'pengiran muda', 'pengiran muda mahkota', 'awang', 'dayang', 'awangku',
  // West African honorifics and forms of address ("Alhaji Musa Kurfi", "Comrade Bello Garba", "Hon. …").
  'alhaji', 'alhagie', 'alhaja', 'hajia', 'hajiya', 'comrade', 'hon', 'hon.', 'honourable', 'honorable', 'mallam', 'pastor', 'reverend', 'rev', 'rev.', 'fr', 'fr.',
  // West African traditional rulers and elders ("Oba Adekunle Sotunde", "Nana Osei Kwabena Agyemang III", "Opanin Kwaku Ntim"), Akan "Maame" (a woman elder) and "Okyeame" (a chief's linguist), Ivorian "Nanan" (a chief),
  // Nigerian police ranks and offices ("CP Babatunde Olakunrin", "the PPRO, SP Omolola Fagbemi"), Ghanaian local offices.
  'oba', 'obi', 'igwe', 'ooni', 'alaafin', 'nana', 'opanin', 'togbe', 'naa', 'omanhene', 'kabiyesi', 'maame', 'okyeame', 'nanan',
  // Southern African traditional leaders ("Kgosi Lesego Matlhare", "Inkosi …").
  'kgosi', 'kgosigadi', 'inkosi', 'nkosi', 'morena',
  // Cameroonian traditional rulers ("the Fon of Ndzeh, HRH Teke Ngwa III") and the royal style "HRH".
  'fon', 'hrh', 'h.r.h.',
  // Filipino forms of address and the engineer's title ("Mang Ramon", "Engr. Reynaldo Sagun", "Kap Dante", "Kapitan …"; not "Aling", also a company's name).
  'mang', 'engr', 'engr.', 'kap', 'kapitan',
  'cp', 'ppro', 'dsp', 'asp', 'csp', 'acp', 'aig', 'igp', 'sp', 'mce', 'dce',
  'regional minister', 'deputy governor', 'publicity secretary',
  // French forms of address ("Maître Fatou Gaye", a lawyer; "Mgr …", a bishop; "Frère …", "Sœur …", a brother, a sister of an order) and ranks.
  'maître', 'maitre', 'mgr', 'mgr.', 'monseigneur', 'msgr', 'msgr.', 'frère', 'sœur', 'soeur', 'général', 'capitaine', 'commandant', 'lieutenant-colonel',
  // French and Spanish police ranks ("Commissaire Mawussi Ayéva", "Comisario Principal …"), Paraguayan "Ña" (Doña).
  'commissaire', 'comisario', 'comisario principal', 'comisario general', 'doña', 'ña',
  // Portuguese and Cape Verdean forms of address ("Sr. Januário Neves", "Dona Albertina", "Nha …"), Guinea-Bissau's "Aladje" (Alhaji).
  // "Dra. …" (a doctor, a lawyer), "Eng. …" (an engineer); Brazilian religious and indigenous ("Irmã …", a nun; "Frei …"; "Cacique …", a chief).
  'sr.', 'sra.', 'srta.', 'dra.', 'eng.', 'dona', 'nha', 'aladje', 'irmã', 'irmão', 'frei', 'padre', 'cacique',
  // Maltese "Perit" (an architect: "Perit Marija Borg").
  'perit',
  // His or Her Excellency ("H.E. Tamuel Itsimaera"); Muslim teachers ("Ustaz …"); Surinamese Maroon village heads ("Kapitein …").
  'h.e.', 'ustaz', 'ustadh', 'ustadz', 'kapitein', 'granman',
  // Pacific chiefly and customary titles ("Ratu Inoke Vakaloloma", Fijian "Adi Mereoni …", "Afioga …", "Kaumātua …", Kiribati "Nei …" for a woman), church elders.
  'ratu', 'adi', 'afioga', 'susuga', 'nei', 'kaumātua', 'kaumatua', 'elder',
  // Irish offices ("Taoiseach Cathal Ó Duibhir", "Tánaiste …", "Ceann Comhairle …", the Seanad's "Cathaoirleach …"), the Dutch and Belgian "informateur", and police ranks ("Detective Garda Eoin Mac Conmara"); Indonesian regents ("Garut Regent …").
  'taoiseach', 'tánaiste', 'tanaiste', 'ceann comhairle', 'informateur', 'formateur', 'leas-cheann comhairle', 'cathaoirleach', 'garda', 'detective garda', 'regent', 'bupati', 'mpa', 'mna',
  // Australian usage: councillors ("Cr Jo Pettigrew"), magistrates, Aboriginal elders ("Aunty Dorothy Ngala", "Uncle Reg Dumbarra").
  'cr', 'cr.', 'magistrate', 'aunty', 'auntie', 'uncle',
  // East African forms of address ("Mheshimiwa …", "Jaji …", a judge; Amharic "Ato …", "W/ro …").
  'mheshimiwa', 'jaji', 'balozi', 'ato', 'w/ro', 'weizero', 'woizero',
  // Swahili "Bw" (Bwana, Mr), "Bi" (Mrs, Ms), "Mzee" (an elder); Luganda "Nalongo", "Salongo" (a mother, a father of twins); Buddhist monks ("Venerable Loun Sovath").
  'bw', 'bw.', 'bi', 'mzee', 'venerable', 'ven.', 'nalongo', 'salongo',
  // South Asian religious and tribal forms of address ("Maulvi Hamidullah Sarwari", "Sardar …").
  'qari', 'maulvi', 'maulana', 'mawlawi', 'mowlavi', 'molvi', 'mufti', 'mullah', 'sardar', 'sahibzada', 'barrister',
  // Kenyan cabinet secretaries ("Interior CS Paul Kimani Gathogo").
  'cs', 'cabinet secretary', 'interior cs', 'health cs', 'defence cs',
  // Indian offices and police ranks ("District Collector V. Reshmi", "Deputy Commissioner of Police K. Reddy", "Chief Minister …", "Shri …").
  'coroner',
  'collector', 'chief minister', 'deputy chief minister', 'deputy commissioner',
  'deputy commissioner of police', 'assistant commissioner of police',
  'dcp', 'acp', 'shri', 'smt', 'smt.', 'tehsildar',
  // Thai and Burmese forms of address ("Khun Pimchanok", "Daw Khin Sandar Win", "U Aung Win", Karen "Padoh Saw …"), "Maestro" for a conductor, ranks as Thai and British papers write them ("Pol Maj Gen …").
  'khun', 'daw', 'u', 'padoh', 'maestro', 'gen', 'maj gen', 'lt gen', 'brig gen', 'col', 'pol', 'pol gen', 'pol maj gen', 'pol lt gen', 'pol col',
  // Cambodian honorifics ("Oknha Chea Sovannarith", a tycoon; "Samdech …"); Bhutanese ("Lyonpo", a minister; "Lyonchhen", the prime minister; "Dasho"; "Aum", Mrs).
  'oknha', 'okhna', 'samdech', 'lyonpo', 'lyonchhen', 'dasho', 'aum',
  // US military ranks as AP abbreviates them ("Maj. Gen. …", "Lt. Col. …", "Sgt. 1st Class …").
  'maj.', 'maj', 'maj. gen.', 'lt.', 'lt', 'lt. gen.', 'lt. col.', 'lt. cmdr.', 'lt. gov.', 'lieutenant gov.', 'capt.', 'capt', 'cmdr.', 'cmdr', 'adm.',
  'rear adm.', 'vice adm.', 'brig. gen.', 'sgt.', 'staff sgt.', 'master sgt.', 'sgt. maj.', 'cpl.', 'pfc.', 'spc.',
  'lieutenant', 'corporal', 'warrant officer', 'chief warrant officer', 'petty officer', 'chief petty officer', 'airman', 'seaman',
  // British forces' abbreviations ("Cdr Oliver Brennan", "Flt Lt …", "L/Cpl …").
  'cdr', 'lt cdr', 'cdre', 'cpl', 'lcpl', 'l/cpl', 'pte', 'spr', 'gnr', 'tpr', 'rfn', 'bdr', 'flt lt', 'sqn ldr', 'wg cdr', 'gp capt', 'air cdre', 'able seaman', 'lance corporal', 'gunner', 'sapper', 'trooper', 'rifleman', 'bombardier', 'private',
  // Royal households ("Grand Steward Yoshiaki Kurosawa" of the Imperial Household Agency, "Private Secretary …").
  'grand steward', 'deputy grand steward', 'grand chamberlain', 'lord chamberlain', 'private secretary', 'equerry', 'court marshal',
];

/** Titles of one word ("Taoiseach", "President", "Regent"). */
export const ONE_WORD_TITLES: ReadonlySet<string> = new Set(TITLES.filter((t) => !t.includes(' ')));
/** Forms of address written before a name, lower case, as regular-expression source ("Dr", "Ms", "Prof."). */
export const ADDRESS_FORMS = '(?:dr|mr|mrs|ms|miss|prof|professor|sir|dame)';
/** One lower-case token that is a form of address ("dr", "mrs"; the tokenizer splits off the dot). */
export const ADDRESS_FORM = new RegExp(`^${ADDRESS_FORMS}$`);
/** Words of rank or area that open a title ("District Collector", "Deputy Commissioner", "Additional Commissioner"). */
export const TITLE_RANKS: ReadonlySet<string> = new Set(['district', 'deputy', 'assistant', 'additional', 'joint', 'chief', 'senior', 'acting', 'regional', 'divisional', 'sub', 'principal', 'city', 'county', 'town']);

/** Titles as token sequences by their first word, longest first. */
export const TITLES_BY_FIRST_WORD: ReadonlyMap<string, readonly string[][]> = (() => {
  const map = new Map<string, string[][]>();
  for (const seq of [...new Set(TITLES)].map((t) => t.split(' ')).sort((a, b) => b.length - a.length)) {
    map.set(seq[0]!, [...(map.get(seq[0]!) ?? []), seq]);
  }
  return map;
})();

/** Last words of organisation names ("State Department", "Foreign Ministry", "Labour Party"). */
export const ORG_HEADS = new Set([
  'department', 'ministry', 'office', 'agency', 'council', 'committee', 'commission', 'party', 'union', 'organization',
  'organisation', 'association', 'federation', 'bank', 'fund', 'court', 'parliament', 'assembly', 'senate', 'congress',
  'government', 'administration', 'army', 'military', 'forces', 'force', 'police', 'guard', 'corps', 'navy', 'brigades', 'front',
  'movement', 'group', 'institute', 'university', 'college', 'school', 'hospital', 'company', 'corporation', 'inc.',
  'ltd', 'times', 'post', 'news', 'network', 'service', 'services', 'authority', 'board', 'bureau', 'center', 'centre',
  'foundation', 'alliance', 'coalition', 'league', 'club', 'team', 'church', 'cabinet', 'nations',
  'staff', 'command', 'directorate', 'secretariat', 'inspectorate', 'chancellery',
]);

/** A first word that opens a company's or a club's name ("Banco Meridional", "Groupe Arnal", "Maison Delorme", "Deportivo Almarza"). */
export const COMPANY_OPENERS = /^(?:Banco|Banca|Banque|Grupo|Groupe|Gruppo|Compagnie|Compañía|Companhia|Société|Sociedad|Maison|Industrias|Laboratoires|Laboratorios|Editions|Éditions|Ediciones|Assicurazioni|Seguros|Aseguradora|Versicherung|Assurances|Cementos|Mineração|Mineradora|Minera|Construtora|Siderúrgica|Construcciones|Aerolíneas|Transportes|Distribuidora|Deportivo|Atlético|Atletico|Sporting|Olympique|Dynamo|Dinamo|Lokomotiv|Spartak)\s/u;

/** Last words of company names that are no one's surname ("Calloway Semiconductor", "Heliotrope Mining"). */
export const COMPANY_WORDS: ReadonlySet<string> = new Set([
  'semiconductor', 'semiconductors', 'mining', 'logistics', 'logistik', 'energy', 'capital', 'pharmaceuticals', 'pharma',
  'motors', 'airlines', 'airways', 'holdings', 'therapeutics', 'biosciences', 'biotech', 'software', 'telecom',
  'telecommunications', 'ventures', 'securities', 'insurance', 'freight', 'shipping', 'resources', 'minerals', 'chemicals',
  'electronics', 'robotics', 'analytics', 'aerospace', 'automotive', 'foods', 'beverages', 'brewery', 'inc', 'inc.', 'ltd',
  'ltd.', 'limited', 'plc', 'llc', 'ag', 'gmbh', 'nv', 'corp', 'corp.', 'co', 'co.', 'company', 'platinum', 'metals', 'petroleum', 'ai',
  'publishing', 'publishers', 'studios', 'pictures', 'films', 'records', 'entertainment', 'productions', 'homes', 'interactive', 'grocers', 'stores', 'supermarkets', 'retail', 'brands',
  'financial', 'partners', 'investments', 'industries', 'technologies', 'bancorp', 'realty', 'healthcare',
  'products', 'solutions', 'labs', 'laboratories', 'networks', 'communications', 'manufacturing', 'terminals',
  'cosmetics', 'apparel', 'textiles', 'seafood', 'dairy', 'bakery', 'pharmacies', 'distillery', 'distillers', 'breweries',
  'brewing', 'railroad', 'trucking', 'couriers', 'construction', 'consulting', 'hotels', 'resorts', 'cargo', 'meats', 'farms', 'promotions', 'ratings', 'tankers', 'maritime', 'navigation', 'lines',
  'payments', 'trading', 'energies', 'renewables', 'utilities', 'importers',
  // European company forms ("Helmbrecht Wasserstoff SE", "Bolsa SA", "Volvo AB").
  'se', 'sa', 'bv', 'kg', 'ab',
  // Nordic and Italian company forms ("Oyggjalaks P/F", "Vestas A/S", "Equinor ASA", "Enel SpA").
  'a/s', 'p/f', 'aps', 'asa', 'oyj', 'spa',
  // Norwegian and Danish trades ("Kvalsund Sjømat", "Vik Havbruk", "Skagerak Fonds").
  'sjømat', 'havbruk', 'laks', 'oppdrett', 'rederi', 'fonds', 'sparebank', 'eiendom', 'forsikring', 'gruppen', 'energi',
]);

/** Last words of place names ("Gaza Strip", "Red Sea", "Mount Everest"). */
export const PLACE_HEADS = new Set([
  'strip', 'sea', 'ocean', 'river', 'lake', 'mountains', 'mount', 'island', 'islands', 'valley', 'desert',
  'gulf', 'bay', 'coast', 'province', 'region', 'state', 'county', 'city', 'district', 'peninsula', 'heights',
]);

/**
 * Nouns for what a person is or does that a report uses in place of the name it has just given
 * ("said the midfielder", "the singer added"), and that a headline capitalises before a surname
 * ("Sprinter Adjei banned").
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'player', 'midfielder', 'striker', 'forward', 'defender', 'goalkeeper', 'keeper', 'winger', 'fullback', 'full-back',
  'centre-back', 'center-back', 'playmaker', 'skipper', 'batter', 'batsman', 'batswoman', 'bowler', 'all-rounder',
  'spinner', 'paceman', 'seamer', 'wicketkeeper', 'pitcher', 'quarterback', 'sprinter', 'hurdler', 'runner',
  'athlete', 'swimmer', 'cyclist', 'boxer', 'fighter', 'golfer', 'jockey', 'racer', 'skier', 'gymnast', 'wrestler',
  'rower', 'prop', 'flanker', 'fly-half', 'scrum-half', 'veteran', 'youngster', 'teenager', 'rookie', 'debutant',
  'witness', 'silk', 'champion', 'actor', 'actress', 'singer', 'rapper', 'musician', 'songwriter', 'singer-songwriter', 'star',
  'filmmaker', 'novelist', 'comedian', 'dancer', 'guitarist', 'drummer', 'bassist', 'pianist', 'frontman',
  'frontwoman', 'composer', 'poet', 'photographer', 'designer', 'chef', 'influencer', 'woman', 'man', 'girl', 'boy',
  'widow', 'widower', 'pensioner', 'grandmother', 'grandfather', 'sportswoman', 'sportsman', 'businesswoman',
  'businessman', 'entrepreneur', 'founder', 'director', 'artist',
  // Occupations ("the Clare dairy farmer said", "the paramedic added").
  'farmer', 'teacher', 'nurse', 'surgeon', 'paramedic', 'firefighter', 'driver', 'pilot', 'soldier',
  'mechanic', 'engineer', 'builder', 'fisherman', 'shopkeeper', 'baker', 'butcher', 'electrician', 'plumber',
  'carpenter', 'miner', 'welder', 'cleaner', 'waiter', 'waitress', 'barman', 'barmaid', 'landlord', 'landlady',
  'tenant', 'resident', 'homeowner', 'grower', 'rancher', 'midwife', 'pharmacist', 'dentist', 'vet', 'volunteer',
  'campaigner', 'butler', 'nanny', 'chauffeur', 'cabbie', 'trucker', 'shepherd', 'winemaker', 'crofter', 'monarch', 'cleric', 'solicitor', 'barrister',
  'porter', 'caretaker', 'janitor', 'housekeeper', 'labourer', 'laborer', 'docker', 'wharfie', 'stevedore', 'machinist', 'cashier', 'courier',
  // Customers and savers ("Retiree Lim Siew Hoon, 63, said").
  'retiree', 'shopper', 'commuter', 'customer', 'investor', 'trader', 'saver', 'depositor', 'voter', 'patient',
  'professor', 'lecturer', 'academic',
  // Scientists and forecasters as news writes them before a name ("Hydrologist Tamsin Ferrell").
  'hydrologist', 'meteorologist', 'forecaster', 'climatologist', 'seismologist', 'geologist', 'volcanologist',
  'epidemiologist', 'virologist', 'economist', 'analyst', 'astronomer', 'physicist', 'biologist', 'ecologist',
]);

/**
 * A US lawmaker's party and state ("D-Minn", "R-Texas", "I-Vt", "D-NY"), in AP or postal style, or
 * a state legislator's home town ("R-Plano", "D-San Antonio"; not "D-Day" or "I-Man").
 */
export const PARTY_STATE = new RegExp(
  `^[DRI]-(?:${[
    'Ala', 'Alaska', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Hawaii', 'Idaho', 'Ill', 'Ind', 'Iowa', 'Kan', 'Kans', 'Ky',
    'La', 'Maine', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'N\\.H', 'N\\.J', 'N\\.M', 'N\\.Y', 'N\\.C', 'N\\.D',
    'Ohio', 'Okla', 'Ore', 'Pa', 'R\\.I', 'S\\.C', 'S\\.D', 'Tenn', 'Texas', 'Tex', 'Utah', 'Vt', 'Va', 'Wash', 'W\\.Va', 'Wis', 'Wyo', '[A-Z]{2}',
  ].join('|')})\\.?$|^[DR]-(?!Day$)\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?$`,
  'u',
);
