/**
 * General-knowledge word lists written for newsgraph (no external source). They become token
 * features, not rules: the model learns how much each list is worth. All entries are lower case.
 */

const words = (s: string): string[] => s.trim().split(/\s+/);

/** Titles and roles that precede a person's name (gold excludes them from PERSON spans). */
export const TITLE_WORDS = new Set(words(`
  mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady madam mister
  president vice prime minister ministers secretary chancellor premier governor gov gov. senator sen sen.
  rep rep. representative congressman congresswoman congressmember mayor ambassador envoy
  king queen prince princess emperor empress sultan sheikh emir pope cardinal bishop archbishop
  reverend rev rev. father rabbi imam pastor saint st st. general gen gen. colonel col col. major maj maj.
  captain capt capt. lieutenant lt lt. sergeant sgt sgt. admiral adm adm. commander cmdr cmdr. officer
  chief director chairman chairwoman chair ceo cfo founder head leader spokesman spokeswoman spokesperson
  judge justice attorney lawyer coach manager administrator commissioner inspector detective constable
  deputy assistant mp mep mla dean chancellor provost author writer artist actor actress singer
  player striker midfielder defender goalkeeper captain astronaut scientist researcher doctor nurse
  minister-president speaker councillor councilor alderman sheriff marshal superintendent
  uncle aunt grandma grandpa brother sister cousin mom dad
`));

/** Words that end organisation names ("Defence Ministry", "Harvard University"). */
export const ORG_SUFFIXES = new Set(words(`
  ministry department agency office bureau commission committee council board authority administration
  university college institute institution school academy museum library hospital clinic foundation
  trust fund bank society association federation union league party movement front alliance coalition
  organization organisation corporation corp corp. company co co. inc inc. ltd ltd. llc plc group holdings
  airlines airways motors industries systems technologies labs laboratories studios records entertainment
  network news times post journal herald tribune gazette press television radio channel broadcasting
  church mosque temple synagogue army navy force forces police guard brigade corps battalion regiment
  court tribunal parliament senate congress assembly cabinet government club team fc united city
  center centre service services program programme project initiative network consortium
  commission council secretariat observatory
`));

/** Words that end place names ("Mount Everest", "Red Sea", "Fifth Avenue"). */
export const PLACE_SUFFIXES = new Set(words(`
  river sea ocean lake bay gulf strait channel mountain mountains mount mt mt. hill hills valley desert
  island islands peninsula coast beach park square street st road avenue ave boulevard blvd lane way
  bridge tower castle palace cathedral station airport harbour harbor port county province state region
  district city town village borough canyon falls forest plain plains glacier reef cape heights
  archipelago isle isles atoll basin delta lagoon fjord volcano ridge highlands lowlands prairie cliffs
  crater oasis dam canal reserve gardens garden zoo marina wharf pier quay promenade esplanade
  highway freeway motorway expressway turnpike parkway trail tunnel plaza stadium arena mansion
  fort fortress citadel abbey monastery basilica chapel shrine mausoleum monument memorial cemetery
  quarter neighbourhood neighborhood suburb township municipality prefecture territory oblast governorate
`));

/** Words that open place names ("Mount Kenya", "Lake Victoria", "North Dakota"). */
export const PLACE_PREFIXES = new Set(words(`
  mount mt mt. lake cape fort port saint st st. san santa sao new north south east west northern southern
  eastern western central upper lower greater
`));

export const MONTHS_DAYS = new Set(words(`
  january february march april may june july august september october november december
  jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
`));

/** Nationality and group adjectives / nouns (singular and plural). */
export const DEMONYMS = new Set(words(`
  afghan afghans albanian albanians algerian algerians american americans argentine argentinian argentinians
  armenian armenians australian australians austrian austrians azerbaijani bangladeshi bangladeshis belgian
  belgians bolivian brazilian brazilians british briton britons bulgarian bulgarians burmese cambodian
  cameroonian canadian canadians chilean chileans chinese colombian colombians congolese croatian croats
  cuban cubans cypriot czech czechs danish dane danes dutch ecuadorian egyptian egyptians emirati english
  eritrean estonian ethiopian ethiopians european europeans filipino filipinos finnish finn finns french
  frenchman georgian german germans ghanaian greek greeks guatemalan haitian honduran hungarian hungarians
  icelandic indian indians indonesian indonesians iranian iranians iraqi iraqis irish israeli israelis
  italian italians jamaican japanese jordanian kazakh kenyan kenyans korean koreans kosovar kurdish kurd kurds
  kuwaiti kyrgyz lao latvian lebanese liberian libyan libyans lithuanian macedonian malaysian malian maltese
  mexican mexicans mongolian moroccan mozambican namibian nepalese nepali nicaraguan nigerian nigerians
  norwegian norwegians omani pakistani pakistanis palestinian palestinians panamanian paraguayan persian
  peruvian polish pole poles portuguese qatari romanian romanians russian russians rwandan saudi saudis
  scottish scot scots senegalese serbian serb serbs singaporean slovak slovenian somali somalis spanish
  spaniard spaniards sri sudanese swedish swede swedes swiss syrian syrians taiwanese tajik tanzanian thai
  tibetan tunisian turkish turk turks ugandan ukrainian ukrainians uruguayan uzbek venezuelan venezuelans
  vietnamese welsh yemeni yemenis zambian zimbabwean african africans asian asians arab arabs latino latinos
  hispanic hispanics muslim muslims christian christians jewish jew jews hindu hindus buddhist buddhists
  sikh sikhs catholic catholics protestant protestants sunni sunnis shia shiite shiites democrat democrats
  republican republicans conservative conservatives socialist socialists communist communists nazi nazis
  pashtun pashtuns uyghur uyghurs rohingya hutu tutsi maori aboriginal sami inuit
`));

/** Common given names (a few hundred, across languages), for the first-name feature. */
export const FIRST_NAMES = new Set(words(`
  james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony
  mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
  jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander
  frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle
  walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence
  jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy
  eugene vincent russell elijah louis bobby philip johnny mary patricia jennifer linda elizabeth barbara
  susan jessica sarah karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle dorothy
  carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen
  anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth
  maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith
  megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice
  madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana
  brittany natalie isabella charlotte rose alexis kayla hillary barack boris vladimir angela emmanuel
  xi jinping narendra recep justin theresa keir rishi jeremy nicola tony gordon margaret francois jacques
  nicolas olaf helmut gerhard angela silvio matteo giuseppe mario sergio pedro carlos luis jorge miguel
  manuel antonio francisco javier fernando ricardo eduardo alejandro diego andres pablo rafael roberto
  jair lula dilma cristina mauricio evo hugo nicolas ivan dmitry sergei sergey alexei alexey mikhail
  nikolai yuri igor oleg andrei viktor volodymyr petro yulia olga natalia tatiana svetlana irina elena
  mohammed muhammad mohammad mohamed ahmed ahmad ali hassan hussein omar abdul abdullah ibrahim khalid
  mahmoud mustafa youssef yusuf hamid karim tariq bashar saddam osama ayman fatima aisha layla
  benjamin yitzhak shimon ehud ariel naftali yair moshe david avi
  raj rahul amit sanjay sunil vijay anil ravi priya sonia indira manmohan imran nawaz benazir
  shinzo yoshihide fumio junichiro kim jong moon jae park geun lee hyun
  hu wen li wang zhang liu chen yang zhao huang zhou wu
  jean pierre jacques michel philippe francois marie claude alain bernard emmanuel marine ségolène
  hans klaus wolfgang jurgen dieter stefan thomas frank ursula annalena
  giovanni giorgio luca marco paolo francesco alessandro lorenzo
  jan piotr andrzej lech donald mateusz
  ole lars anders erik sven nils bjorn magnus ingrid astrid
  kofi ban antonio boutros kwame nelson jacob cyril thabo desmond uhuru raila muhammadu goodluck olusegun
  paul robert emmerson yoweri paul salva abiy haile meles isaias
  bill hillary chelsea joe kamala mike nancy chuck mitch bernie elizabeth ted marco rand lindsey newt
  al dick colin condoleezza rex jim lloyd antony janet jerome ben alan
  elon jeff tim satya sundar larry sergey mark sheryl warren steve
  neil buzz yuri valentina sally chris scott
  andy taylor kanye beyonce oprah
`));

/** Lower-case function words allowed inside names ("Bank of England", "Daughters of the ..."). */
export const NAME_CONNECTORS = new Set(words(`of the and for de du des la le al el van von der den di da & y bin ibn`));

/** Countries and territories (and short forms) the PETRARCH place list lacks; added to the place gazetteer. */
export const EXTRA_GPE = [
  'uk', 'northern ireland', 'kosovo', 'quebec', 'crimea', 'gaza', 'gaza strip', 'south sudan', 'east timor',
  'timor-leste', 'north macedonia', 'eswatini', 'czechia', 'myanmar', 'vatican city', 'puerto rico', 'greenland',
];

/*
 * Word lists for OTHER and NORP names (2026-11-26, third round). Written for this project from
 * general knowledge; the language names follow the English names of ISO 639-1 (a code list the
 * Library of Congress publishes for free use), the rest are common encyclopaedic knowledge. None
 * was taken from the dev documents. Features only: the model learns what each is worth.
 */

/** Language names (ISO 639-1 English names, one word each, plus widely named languages outside it). */
export const LANGUAGES = new Set(words(`
  abkhaz abkhazian afar afrikaans akan albanian amharic arabic aragonese armenian assamese avaric avestan
  aymara azerbaijani azeri bambara bashkir basque belarusian bengali bangla bislama bosnian breton bulgarian
  burmese catalan chamorro chechen chichewa chinese chuvash cornish corsican cree croatian czech danish
  divehi dhivehi dutch flemish dzongkha english esperanto estonian ewe faroese fijian finnish french fula
  fulah galician ganda georgian german greek guarani gujarati haitian hausa hebrew herero hindi hiri
  hungarian interlingua indonesian interlingue irish igbo inupiaq ido icelandic italian inuktitut japanese
  javanese kalaallisut kannada kanuri kashmiri kazakh khmer kikuyu kinyarwanda kirghiz kyrgyz komi kongo
  korean kurdish kurmanji sorani kwanyama latin luxembourgish limburgish lingala lao lithuanian latvian
  manx macedonian malagasy malay malayalam maltese maori marathi marshallese mongolian nauruan navajo
  ndebele nepali ndonga norwegian nynorsk bokmål occitan ojibwe ojibwa oromo oriya odia ossetian punjabi
  panjabi pali persian farsi dari polish pashto portuguese quechua romansh rundi kirundi romanian moldovan
  russian sanskrit sardinian sindhi sami samoan sango serbian gaelic shona sinhala sinhalese slovak
  slovenian slovene somali sotho sesotho spanish castilian sundanese swahili kiswahili swati swedish tamil
  telugu tajik thai tigrinya tibetan turkmen tagalog filipino tswana setswana tongan turkish tsonga tatar
  twi tahitian uighur uyghur ukrainian urdu uzbek venda vietnamese volapük walloon welsh wolof frisian
  xhosa isixhosa yiddish yoruba zhuang zulu isizulu
  mandarin cantonese hokkien hakka wu creole patois aramaic coptic sumerian akkadian hittite phoenician
  ugaritic sanskrit prakrit tocharian gothic norse anglo-saxon provençal catalan galego basque berber
  tamazight kabyle tigre ge'ez syriac ladino romani cherokee nahuatl quechua mapudungun tupi yupik
  hawaiian tok pisin bislama papiamento
`));

/** Words that end OTHER names: events, laws and treaties, awards, works, named theories, vehicles and instruments. */
export const OTHER_HEADS = new Set(words(`
  war wars revolution revolutions games olympics olympiad paralympics cup championship championships
  tournament series festival fest carnival summit expo exhibition biennale prize prizes award awards medal
  trophy bowl marathon classic prix
  act acts treaty treaties accord accords agreement pact convention declaration amendment amendments
  constitution charter doctrine protocol resolution bill manifesto
  day eve week
  crisis pandemic epidemic outbreak virus disease syndrome flu influenza fever
  massacre genocide holocaust uprising rebellion revolt riots crusade crusades
  era age
  theorem equation theory principle effect paradox hypothesis conjecture scale index test
  telescope satellite shuttle rover probe spacecraft capsule
  bible gospel testament trilogy saga chronicles symphony concerto sonata opera
`));

/** Words that open OTHER names ("Hurricane Katrina", "Operation Desert Storm", "Battle of Hastings"). */
export const OTHER_PREFIXES = new Set(words(`
  hurricane cyclone typhoon storm tropical operation battle siege treaty war wars book gospel epistle
  flight apollo gemini voyager shuttle super
`));

/**
 * Plural names of peoples and groups (GUM's NORP: "Americans", "Thais", "Democrats"): demonyms of
 * every country, ethnic and religious groups, political parties' members, historical peoples.
 */
export const GROUP_NOUNS = new Set(words(`
  afghans albanians algerians americans andorrans angolans antiguans argentines argentinians armenians
  australians austrians azerbaijanis azeris bahamians bahrainis bangladeshis barbadians belarusians belgians
  belizeans beninese bhutanese bolivians bosnians botswanans brazilians britons bruneians bulgarians
  burkinabe burmese burundians cambodians cameroonians canadians chadians chileans chinese colombians
  comorans congolese ricans croats croatians cubans cypriots czechs danes djiboutians dominicans
  dutch ecuadorians egyptians salvadorans emiratis englishmen eritreans estonians ethiopians fijians
  filipinos finns french frenchmen gabonese gambians georgians germans ghanaians greeks grenadians
  guatemalans guineans guyanese haitians hondurans hungarians icelanders indians indonesians iranians
  iraqis irish irishmen israelis italians ivorians jamaicans japanese jordanians kazakhs kenyans kiribati
  koreans kosovars kosovans kuwaitis kyrgyz laotians latvians lebanese liberians libyans lithuanians
  luxembourgers macedonians malagasy malawians malaysians maldivians malians maltese mauritanians
  mauritians mexicans moldovans monegasques mongolians montenegrins moroccans mozambicans namibians
  nepalese nepalis nicaraguans nigeriens nigerians norwegians omanis pakistanis palestinians panamanians
  paraguayans peruvians poles portuguese qataris romanians russians rwandans samoans saudis scots
  scotsmen senegalese serbs serbians seychellois singaporeans slovaks slovenians slovenes somalis
  spaniards sudanese surinamese swazis swedes swiss syrians taiwanese tajiks tanzanians thais togolese
  tongans trinidadians tunisians turks turkmens ugandans ukrainians uruguayans uzbeks venezuelans
  vietnamese welsh welshmen yemenis zambians zimbabweans
  africans asians europeans americans latinos latinas hispanics arabs persians slavs scandinavians
  balkans caucasians westerners easterners northerners southerners islanders highlanders
  kurds berbers amazighs tuaregs bedouins copts druze alawites yazidis assyrians chaldeans armenians
  pashtuns tajiks hazaras uzbeks baloch balochis sindhis punjabis bengalis gujaratis tamils telugus
  marathis kashmiris sinhalese rohingya karens shans kachins hmong uighurs uyghurs tibetans mongols
  manchus han hakka zhuang koreans ainu
  zulus xhosa yorubas yoruba igbos igbo hausas hausa fulani maasai masai kikuyus kikuyu luos amharas
  oromos tigrayans somalis hutus hutu tutsis tutsi afrikaners boers
  maori polynesians melanesians micronesians aborigines aboriginals inuit sami roma romani gypsies
  mayans maya aztecs incas olmecs apaches navajos cherokees sioux mohawks iroquois
  romans greeks celts gauls normans saxons anglo-saxons vikings huns goths visigoths franks
  phoenicians babylonians assyrians persians ottomans mughals moors byzantines etruscans spartans
  athenians carthaginians israelites philistines canaanites hebrews sumerians egyptians
  christians catholics protestants anglicans lutherans methodists baptists presbyterians calvinists
  evangelicals pentecostals mormons quakers amish mennonites puritans huguenots orthodox adventists
  muslims sunnis shias shiites shi'ites sufis salafis salafists wahhabis ismailis ahmadis
  jews hasidim israelites hindus buddhists sikhs jains parsis zoroastrians taoists shintoists rastafarians
  pagans atheists agnostics
  democrats republicans tories whigs labourites liberals conservatives socialists communists marxists
  leninists maoists trotskyists fascists nazis libertarians greens federalists anti-federalists
  bolsheviks mensheviks jacobins royalists loyalists unionists nationalists separatists islamists
  jihadists zionists populists progressives confederates yankees
  texans californians floridians yorkers londoners parisians berliners muscovites
`));
