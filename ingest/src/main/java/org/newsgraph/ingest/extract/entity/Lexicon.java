package org.newsgraph.ingest.extract.entity;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * General world knowledge the extraction needs: country names and their common aliases,
 * demonyms, capitals and seats of government (which stand for the country when they act),
 * well-known organisations and the words titles are made of. Nothing here is about one story.
 * Longer than 300 lines because most of it is data: the table of countries.
 */
public final class Lexicon {
    /** name|aliases|demonyms|capitals and seats of government that act for the country. */
    private static final String COUNTRIES = """
            United Kingdom|UK,U.K.,Britain,Great Britain,United Kingdom of Great Britain and Northern Ireland|British,Briton,Britons|London,Downing Street,Whitehall,No 10
            United States|US,U.S.,USA,U.S.A.,America,United States of America|American,Americans|Washington,White House,Pentagon
            Russia|Russian Federation|Russian,Russians|Moscow,Kremlin
            Ukraine||Ukrainian,Ukrainians|Kyiv,Kiev
            Germany|Federal Republic of Germany|German,Germans|Berlin
            France|French Republic|French|Paris,Elysee,Élysée
            Italy||Italian,Italians|Rome
            Spain||Spanish,Spaniards|Madrid
            Portugal||Portuguese|Lisbon
            Netherlands|Holland,The Netherlands|Dutch|Amsterdam,The Hague
            Belgium||Belgian,Belgians|Brussels
            Luxembourg||Luxembourgish|
            Switzerland||Swiss|Bern
            Austria||Austrian,Austrians|Vienna
            Poland||Polish,Poles|Warsaw
            Czech Republic|Czechia|Czech,Czechs|Prague
            Slovakia||Slovak,Slovakian|Bratislava
            Hungary||Hungarian,Hungarians|Budapest
            Romania||Romanian,Romanians|Bucharest
            Bulgaria||Bulgarian,Bulgarians|Sofia
            Greece||Greek,Greeks|Athens
            Turkey|Türkiye,Turkiye|Turkish,Turks|Ankara
            Cyprus||Cypriot|Nicosia
            Denmark||Danish,Danes|Copenhagen
            Norway||Norwegian,Norwegians|Oslo
            Sweden||Swedish,Swedes|Stockholm
            Finland||Finnish,Finns|Helsinki
            Iceland||Icelandic|Reykjavik
            Ireland|Republic of Ireland,Irish Republic|Irish|Dublin
            Estonia||Estonian,Estonians|Tallinn
            Latvia||Latvian,Latvians|Riga
            Lithuania||Lithuanian,Lithuanians|Vilnius
            Belarus||Belarusian,Belarusians|Minsk
            Moldova||Moldovan|Chisinau
            Georgia||Georgian,Georgians|Tbilisi
            Armenia||Armenian,Armenians|Yerevan
            Azerbaijan||Azerbaijani,Azeri|Baku
            Serbia||Serbian,Serbs|Belgrade
            Croatia||Croatian,Croats|Zagreb
            Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
            Slovenia||Slovenian,Slovene|Ljubljana
            Albania||Albanian|Tirana
            Kosovo||Kosovan,Kosovar|Pristina
            North Macedonia|Macedonia|Macedonian|Skopje
            Montenegro||Montenegrin|Podgorica
            Malta||Maltese|Valletta
            Israel||Israeli,Israelis|Jerusalem,Tel Aviv
            Palestine|Palestinian territories,State of Palestine|Palestinian,Palestinians|Ramallah
            Lebanon||Lebanese|Beirut
            Syria||Syrian,Syrians|Damascus
            Jordan||Jordanian|Amman
            Iraq||Iraqi,Iraqis|Baghdad
            Iran|Islamic Republic of Iran|Iranian,Iranians|Tehran
            Saudi Arabia|Saudi|Saudi,Saudis|Riyadh
            Yemen||Yemeni,Yemenis|Sanaa
            Oman||Omani|Muscat
            United Arab Emirates|UAE,Emirates|Emirati|Abu Dhabi
            Qatar||Qatari|Doha
            Kuwait||Kuwaiti|
            Bahrain||Bahraini|Manama
            Egypt||Egyptian,Egyptians|Cairo
            Libya||Libyan,Libyans|Tripoli
            Tunisia||Tunisian|Tunis
            Algeria||Algerian|Algiers
            Morocco||Moroccan|Rabat
            Sudan||Sudanese|Khartoum
            South Sudan||South Sudanese|Juba
            Ethiopia||Ethiopian|Addis Ababa
            Eritrea||Eritrean|Asmara
            Somalia||Somali|Mogadishu
            Kenya||Kenyan|Nairobi
            Uganda||Ugandan|Kampala
            Tanzania||Tanzanian|Dodoma
            Rwanda||Rwandan|Kigali
            Democratic Republic of the Congo|DR Congo,DRC,Congo-Kinshasa,Democratic Republic of Congo,D.R. Congo|Congolese|Kinshasa
            Nigeria||Nigerian,Nigerians|Abuja
            Ghana||Ghanaian|Accra
            Senegal||Senegalese|Dakar
            Mali||Malian|Bamako
            Niger||Nigerien|Niamey
            Chad||Chadian|N'Djamena
            Cameroon||Cameroonian|Yaoundé
            South Africa||South African,South Africans|Pretoria
            Zimbabwe||Zimbabwean|Harare
            Mozambique||Mozambican|Maputo
            Angola||Angolan|Luanda
            Zambia||Zambian,Zambians|Lusaka
            Malawi||Malawian|Lilongwe
            Botswana||Botswanan,Motswana|Gaborone
            Namibia||Namibian|Windhoek
            Madagascar||Malagasy|Antananarivo
            Burkina Faso|Burkina|Burkinabe|Ouagadougou
            Sierra Leone||Sierra Leonean|Freetown
            Liberia||Liberian|Monrovia
            Guinea||Guinean|Conakry
            Ivory Coast|Côte d'Ivoire,Cote d'Ivoire|Ivorian|Yamoussoukro,Abidjan
            Benin||Beninese|Porto-Novo
            Togo||Togolese|Lomé,Lome
            Gabon||Gabonese|Libreville
            Republic of the Congo|Congo-Brazzaville||Brazzaville
            Central African Republic||Central African|Bangui
            Burundi||Burundian|Gitega
            Djibouti||Djiboutian|
            Mauritania||Mauritanian|Nouakchott
            Gambia|The Gambia|Gambian|Banjul
            Lesotho||Basotho|Maseru
            Eswatini|Swaziland|Swazi|Mbabane
            China|People's Republic of China,PRC|Chinese|Beijing
            Taiwan|Republic of China|Taiwanese|Taipei
            Japan||Japanese|Tokyo
            South Korea|Republic of Korea|South Korean,South Koreans|Seoul
            North Korea|DPRK,Democratic People's Republic of Korea|North Korean,North Koreans|Pyongyang
            Mongolia||Mongolian|Ulaanbaatar
            India||Indian,Indians|New Delhi,Delhi
            Pakistan||Pakistani,Pakistanis|Islamabad
            Bangladesh||Bangladeshi|Dhaka
            Sri Lanka||Sri Lankan|Colombo
            Nepal||Nepalese,Nepali|Kathmandu
            Afghanistan||Afghan,Afghans|Kabul
            Kazakhstan||Kazakh|Astana
            Uzbekistan||Uzbek|Tashkent
            Turkmenistan||Turkmen|Ashgabat
            Kyrgyzstan||Kyrgyz|Bishkek
            Tajikistan||Tajik|Dushanbe
            Myanmar|Burma|Burmese|Naypyidaw
            Thailand||Thai|Bangkok
            Vietnam|Viet Nam|Vietnamese|Hanoi
            Cambodia||Cambodian|Phnom Penh
            Laos||Laotian|Vientiane
            Malaysia||Malaysian|Kuala Lumpur
            Singapore||Singaporean|
            Indonesia||Indonesian,Indonesians|Jakarta
            Philippines|The Philippines|Filipino,Filipinos,Philippine|Manila
            Australia||Australian,Australians|Canberra
            New Zealand||New Zealander|Wellington
            Papua New Guinea|PNG|Papua New Guinean|Port Moresby
            Fiji||Fijian|Suva
            Bhutan||Bhutanese|Thimphu
            Maldives|The Maldives|Maldivian|Malé
            Brunei||Bruneian|
            East Timor|Timor-Leste|Timorese|Dili
            Dominican Republic||Dominican|Santo Domingo
            Jamaica||Jamaican|Kingston
            Trinidad and Tobago|Trinidad|Trinidadian|Port of Spain
            Liechtenstein||Liechtensteiner|Vaduz
            Monaco||Monegasque|
            Andorra||Andorran|
            Canada||Canadian,Canadians|Ottawa
            Mexico||Mexican,Mexicans|Mexico City
            Cuba||Cuban,Cubans|Havana
            Haiti||Haitian|Port-au-Prince
            Venezuela||Venezuelan,Venezuelans|Caracas
            Colombia||Colombian,Colombians|Bogotá,Bogota
            Ecuador||Ecuadorian|Quito
            Peru||Peruvian|Lima
            Bolivia||Bolivian|La Paz
            Brazil||Brazilian,Brazilians|Brasília,Brasilia
            Argentina||Argentine,Argentinian,Argentines|Buenos Aires
            Chile||Chilean|Santiago
            Uruguay||Uruguayan|Montevideo
            Paraguay||Paraguayan|Asunción
            Guatemala||Guatemalan|Guatemala City
            Honduras||Honduran|Tegucigalpa
            El Salvador||Salvadoran|San Salvador
            Nicaragua||Nicaraguan|Managua
            Costa Rica||Costa Rican|San José
            Panama||Panamanian|Panama City
            Greenland||Greenlandic|Nuuk
            Vatican City|Holy See,Vatican||
            """;

    /** label|aliases of organisations known by several names. */
    private static final String ORGANISATIONS = """
            NATO|Nato,North Atlantic Treaty Organization,North Atlantic Treaty Organisation
            European Union|EU,E.U.
            United Nations|UN,U.N.
            UN Security Council|Security Council,United Nations Security Council,UNSC
            European Commission|EC
            European Parliament|
            International Monetary Fund|IMF
            World Bank|
            World Health Organization|WHO,World Health Organisation
            International Atomic Energy Agency|IAEA
            International Criminal Court|ICC
            Group of Seven|G7,G-7
            Group of Twenty|G20,G-20
            OPEC|Organization of the Petroleum Exporting Countries
            African Union|AU
            BBC|British Broadcasting Corporation,BBC News
            Kremlin|
            White House|
            Pentagon|
            Downing Street|No 10
            """;

    private static final Set<String> TITLE_HEADS = setOf("president", "minister", "secretary", "spokesperson",
            "spokesman", "spokeswoman", "envoy", "chief", "head", "governor", "correspondent", "editor", "ambassador",
            "chancellor", "leader", "commander", "general", "mayor", "director", "chairman", "chairwoman", "chair",
            "ceo", "adviser", "advisor", "diplomat", "prosecutor", "king", "queen", "senator", "premier",
            "representative", "commissioner", "reporter", "president-elect", "vice-president", "official",
            "negotiator", "speaker", "attorney", "prince", "princess", "emir", "sheikh", "ayatollah", "pope",
            "admiral", "colonel", "marshal", "coordinator", "executive", "founder", "boss", "captain", "chief-of-staff",
            "counsel", "lawyer", "partner", "nurse", "prefect", "analyst", "judge", "officer", "researcher", "manager",
            "administrator", "inspector", "superintendent", "chairperson", "dean", "rector", "bishop", "archbishop",
            "imam", "ombudsman", "treasurer", "mediator", "magistrate", "co-founder", "undersecretary", "economist",
            "scientist", "delegate", "sheriff", "curator", "trustee");

    /** Titles of public office that, held of nothing the text names, are held in a country's government. */
    private static final Set<String> GOVERNMENT_TITLES = setOf("president", "minister", "premier", "chancellor",
            "secretary", "president-elect", "vice-president", "undersecretary");

    /**
     * Nouns by which a text refers back to an organisation it has named ("the company's chief executive",
     * "the association's president"); those in {@link #GENERIC_ORGANISATION_NOUNS} fit any organisation.
     */
    private static final Set<String> ORGANISATION_NOUNS = setOf("company", "firm", "group", "charity", "association",
            "federation", "agency", "union", "fund", "panel", "committee", "organisation", "organization", "coalition",
            "movement", "bank", "club", "institute", "commission", "council", "foundation", "authority", "trust",
            "network", "alliance", "party", "board", "body", "regulator", "tribunal", "court");
    private static final Set<String> GENERIC_ORGANISATION_NOUNS = setOf("company", "firm", "group", "organisation",
            "organization", "body", "charity");

    private static final Set<String> TITLE_MODIFIERS = setOf("defence", "defense", "foreign", "home", "interior",
            "finance", "prime", "deputy", "vice", "special", "senior", "regional", "policy", "top", "state",
            "press", "first", "health", "economy", "economic", "trade", "justice", "education", "energy",
            "environment", "culture", "transport", "business", "security", "national", "chief", "acting", "former",
            "executive", "political", "diplomatic", "international", "affairs", "armed", "forces", "military",
            "cabinet", "shadow", "assistant", "general", "principal", "presidential", "science", "technology",
            "agriculture", "labour", "work", "pensions", "treasury", "europe", "european", "world", "us", "middle",
            "east", "africa", "asia", "china", "russia", "ukraine", "north", "south", "media", "news", "legal",
            "communications", "digital", "investigations", "investigative", "diplomatic", "sports", "climate",
            "development", "housing", "local", "government", "immigration", "veterans", "intelligence", "naval",
            "army", "air", "lead", "joint", "high", "supreme", "de", "facto", "interim", "incoming", "outgoing",
            "White", "house", "council", "regional");

    private static final Set<String> PORTFOLIOS = setOf("defence", "foreign", "home", "finance", "prime", "interior",
            "health");

    private static final Map<String, String> COUNTRY_BY_NAME = new HashMap<>();
    private static final Map<String, String> COUNTRY_BY_DEMONYM = new HashMap<>();
    private static final Map<String, String> COUNTRY_BY_SEAT = new HashMap<>();
    private static final Map<String, Set<String>> COUNTRY_ALIASES = new HashMap<>();
    private static final Map<String, String> DEMONYM_OF = new HashMap<>();
    private static final Map<String, String> INSTITUTION_ADJECTIVE = Map.of("United Kingdom", "British", "United States", "US");
    private static final Map<String, String> ORG_BY_NAME = new HashMap<>();
    private static final Set<String> SEAT_ORGS = new HashSet<>();

    static {
        for (String line : COUNTRIES.strip().split("\n")) {
            String[] f = line.strip().split("\\|", -1);
            String label = f[0];
            COUNTRY_BY_NAME.put(key(label), label);
            Set<String> aliases = new HashSet<>();
            for (String a : split(f[1])) {
                COUNTRY_BY_NAME.put(key(a), label);
                aliases.add(a);
            }
            COUNTRY_ALIASES.put(label, aliases);
            for (String d : split(f[2])) {
                DEMONYM_OF.putIfAbsent(label, d);
                COUNTRY_BY_DEMONYM.put(key(d), label);
            }
            for (String s : split(f.length > 3 ? f[3] : "")) {
                COUNTRY_BY_SEAT.put(key(s), label);
            }
        }
        for (String line : ORGANISATIONS.strip().split("\n")) {
            String[] f = line.strip().split("\\|", -1);
            ORG_BY_NAME.put(key(f[0]), f[0]);
            for (String a : split(f[1])) {
                ORG_BY_NAME.put(key(a), f[0]);
            }
        }
        for (String seat : new String[] {"Kremlin", "White House", "Pentagon", "Downing Street"}) {
            SEAT_ORGS.add(key(seat));
        }
    }

    private Lexicon() {}

    private static Set<String> setOf(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    private static String[] split(String s) {
        return s.isBlank() ? new String[0] : s.split(",");
    }

    /** Lower case, no accents, no leading "the", single spaces, no trailing possessive. */
    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.replace('’', '\'').toLowerCase(Locale.ROOT).strip();
        s = s.replaceAll("\\s+", " ");
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        if (s.endsWith("'s")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** The canonical English short name of the country so named ("UK" → "United Kingdom"). */
    public static Optional<String> country(String name) {
        return Optional.ofNullable(COUNTRY_BY_NAME.get(key(name)));
    }

    /** The country of a demonym ("German" → "Germany"). */
    public static Optional<String> countryOfDemonym(String word) {
        return Optional.ofNullable(COUNTRY_BY_DEMONYM.get(key(word)));
    }

    /** The country whose capital or seat of government this is ("Moscow", "the Kremlin" → "Russia"). */
    public static Optional<String> countryOfSeat(String name) {
        return Optional.ofNullable(COUNTRY_BY_SEAT.get(key(name)));
    }

    /** The adjective of a country ("Germany" → "German"), or the name itself when none is known. */
    public static String demonym(String country) {
        return DEMONYM_OF.getOrDefault(country, country);
    }

    /** The word that names a country's institutions ("British Defence Ministry", "US Treasury", "German ..."). */
    public static String adjective(String country) {
        return INSTITUTION_ADJECTIVE.getOrDefault(country, demonym(country));
    }

    /** The other names of a country, by its canonical label. */
    public static Set<String> countryAliases(String label) {
        return COUNTRY_ALIASES.getOrDefault(label, Set.of());
    }

    /** The canonical name of a well-known organisation ("Nato" → "NATO"). */
    public static Optional<String> organisation(String name) {
        return Optional.ofNullable(ORG_BY_NAME.get(key(name)));
    }

    /** Whether the name is an institution that stands for its country's government (the Kremlin). */
    public static boolean isSeatOrganisation(String name) {
        return SEAT_ORGS.contains(key(name));
    }

    /** Whether the word names a government portfolio that tells two ministers apart ("defence", "health"). */
    public static boolean isPortfolio(String word) {
        return PORTFOLIOS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the word can end a title ("minister", "spokesperson", "director-general", "sub-prefect"). */
    public static boolean isTitleHead(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (TITLE_HEADS.contains(w)) {
            return true;
        }
        int dash = w.indexOf('-');
        return dash > 0 && (TITLE_HEADS.contains(w.substring(0, dash)) || TITLE_HEADS.contains(w.substring(w.lastIndexOf('-') + 1)));
    }

    /** Whether a title with this head is an office of government ("Prime Minister", "President"). */
    public static boolean isGovernmentTitle(String head) {
        return GOVERNMENT_TITLES.contains(head.toLowerCase(Locale.ROOT));
    }

    /** Whether the word refers back to a named organisation ("the company"). */
    public static boolean isOrganisationNoun(String word) {
        return ORGANISATION_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the word refers back to any organisation, whatever its name ("the firm"), not only one named with it ("the fund"). */
    public static boolean isGenericOrganisationNoun(String word) {
        return GENERIC_ORGANISATION_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the word can stand inside a title before its head ("defence", "special"). */
    public static boolean isTitleModifier(String word) {
        return TITLE_MODIFIERS.contains(word.toLowerCase(Locale.ROOT));
    }
}
