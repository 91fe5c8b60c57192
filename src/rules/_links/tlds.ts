// This module is browser compatible.

/**
 * Top-level domains for finding links written without a scheme: every
 * country code, the generic ones sellers and shops use, and the brand-free
 * new ones that name things sold. A bare `name.tld` is a link when its last
 * label is here.
 *
 * @module
 */

const COUNTRY_CODES =
  "ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw";

const GENERIC =
  "com net org info biz name pro mobi asia tel travel jobs aero coop museum edu gov int " +
  "app dev ai shop store online site website web tech xyz top club vip fun live life world today news blog email link click space digital " +
  "company solutions services support center centre design media studio agency global group network systems software cloud host hosting page zone " +
  "market markets sale sales deals discount coupons promo bargains cheap gift gifts shopping buy boutique fashion clothing shoes jewelry watch watches " +
  "bike cars auto fit fitness health care clinic dental love family kids baby games game play win bet casino poker fan art photo photos pics pictures " +
  "gallery video film music audio radio cafe bar pub restaurant pizza kitchen food wine beer coffee farm garden house home homes estate land " +
  "properties realty city town country london berlin paris nyc tokyo amsterdam wien koeln hamburg bayern nrw moscow istanbul madrid barcelona " +
  "quebec swiss scot wales eus gal cat ltd llc inc gmbh srl works tools parts supply supplies equipment repair express delivery direct codes cash " +
  "money finance fund bank insurance loan credit capital academy school education university college training courses guide guru expert tips wiki " +
  "review reviews rocks ninja best cool fyi lol bio eco green energy solar ong ngo foundation community social chat team domains lat moe " +
  "plus one new now here run help how style beauty hair skin makeup tattoo toys lighting furniture flowers florist glass jewelry diamonds gold " +
  "luxury yoga golf tennis surf ski camp tours holiday vacations cruises flights hotel rentals apartments immo immobilien haus moda tienda " +
  "kaufen versicherung salon spa fish pet pets vet dog horse organic vegan recipes cooking catering computer phone mobile tv cam camera " +
  "systems technology engineering construction build builders plumbing contractors cleaning graphics ink printing press report today agency " +
  "marketing consulting management partners ventures enterprises industries international holdings limited trade trading exchange " +
  "storage energy computer download free bid date dating singles wedding events tickets show theater band actor movie pictures " +
  "xn--p1ai";

/** Known top-level domains, lower case. */
export const TLDS: ReadonlySet<string> = new Set(
  `${COUNTRY_CODES} ${GENERIC}`.split(/\s+/).filter((tld) => tld !== ""),
);

/**
 * Top-level domains that are also common file extensions: `logo.ai`,
 * `readme.md`, `setup.sh`. A bare `name.ai` is read as a file name unless it
 * has `www.`, a scheme or a path.
 */
export const FILE_LIKE_TLDS: ReadonlySet<string> = new Set([
  "ai",
  "md",
  "sh",
  "py",
  "rs",
  "ps",
  "zip",
  "mov",
  "cv",
  "mp",
  "ms",
  "dm",
  "so",
  "ts",
]);
