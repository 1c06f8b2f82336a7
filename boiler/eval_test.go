package boiler

import (
	"os"
	"path/filepath"
	"spantag/annotations"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestParseLabelled(t *testing.T) {
	text, labels, err := ParseLabelled("- Home\n+ Body text.\n\n- © 2025\n")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Home\nBody text.\n\n© 2025\n"; text != want {
		t.Errorf("text %q, want %q", text, want)
	}
	want := []Label{Boiler, Body, Unscored, Boiler, Unscored}
	if diff := cmp.Diff(want, labels); diff != "" {
		t.Errorf("labels (-want +got):\n%s", diff)
	}
	if _, _, err := ParseLabelled("- Home\nBody\n"); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("an unlabelled line: err %v, want one naming line 2", err)
	}
}

func TestCounts(t *testing.T) {
	ds := []Decision{{Boilerplate: true}, {Boilerplate: true}, {}, {}, {Boilerplate: true}}
	var c Counts
	c.Add(ds, []Label{Boiler, Body, Boiler, Body, Unscored})
	if want := (Counts{annotations.ModelCounts{TP: 1, FP: 1, FN: 1}, 1}); c != want {
		t.Errorf("counts %+v, want %+v", c, want)
	}
	if c.Precision() != 0.5 || c.Recall() != 0.5 || c.F1() != 0.5 {
		t.Errorf("P %v R %v F1 %v, want 0.5 each", c.Precision(), c.Recall(), c.F1())
	}
	if (Counts{}).F1() != 0 {
		t.Error("F1 of nothing is not 0")
	}
}

// TestCorpusFiles checks the labelled corpus: every file parses, each set has its
// documents, and the languages and kinds the README promises are there.
func TestCorpusFiles(t *testing.T) {
	files, err := filepath.Glob("testdata/*/*/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	sets := map[string]int{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := ParseLabelled(string(data)); err != nil {
			t.Errorf("%s: %v", f, err)
		}
		sets[filepath.Dir(f)]++
	}
	want := map[string]int{"testdata/frozen/mixed": 8, "testdata/tune/mixed": 4433, "testdata/frozen/site": 5, "testdata/tune/site": 5,
		"testdata/frozen/mixed-110": 6,
		"testdata/frozen/mixed-114": 6,
		"testdata/frozen/mixed-116": 6,
		"testdata/frozen/mixed-118": 6,
		"testdata/frozen/mixed-120": 6,
		"testdata/frozen/mixed-122": 6,
		"testdata/frozen/mixed-124": 6,
		"testdata/frozen/mixed-126": 6, "testdata/frozen/site-crumbsatnumbernine": 5, "testdata/frozen/site-galerna": 6,
		"testdata/tune/site-buttercross": 5, "testdata/tune/site-tragaluz": 5,
		"testdata/frozen/mixed-128": 6, "testdata/frozen/site-patchbay": 6, "testdata/frozen/site-glosradomierza": 6,
		"testdata/tune/site-sparkgap": 6, "testdata/tune/site-ostrzenteraz": 6,
		"testdata/frozen/mixed-130": 6, "testdata/frozen/site-kordondaily": 6, "testdata/frozen/site-borovytsiasohodni": 6,
		"testdata/tune/site-easterncurrent": 6, "testdata/tune/site-verbychisohodni": 6,
		"testdata/frozen/mixed-132": 6, "testdata/frozen/site-brakenauertagblatt": 6, "testdata/frozen/site-pantile": 5,
		"testdata/tune/site-kirnachertagblatt": 6, "testdata/tune/site-sashandcord": 5,
		"testdata/frozen/mixed-134": 6, "testdata/frozen/site-gomitoloeditale": 6, "testdata/frozen/site-margelle": 5,
		"testdata/tune/site-ditalesbadato": 5, "testdata/tune/site-persienne": 5,
		"testdata/tune/site-corrinvalleyherald": 5, "testdata/tune/site-pellworthchronicle": 5,
		"testdata/frozen/mixed-136": 6, "testdata/frozen/site-shorlandecho": 6, "testdata/frozen/site-diariopenaluenga": 6,
		"testdata/tune/site-kelyncoastcourier": 6, "testdata/tune/site-correodelvaldoria": 6,
		"testdata/frozen/mixed-138": 6, "testdata/frozen/site-vantreece": 6, "testdata/frozen/site-gabelfest": 5,
		"testdata/tune/site-kestrane": 6, "testdata/tune/site-landtafel": 5,
		"testdata/frozen/mixed-140": 6, "testdata/frozen/site-chorprobe": 5, "testdata/frozen/site-marginalia": 5,
		"testdata/tune/site-parishpump": 5, "testdata/tune/site-kijkdoos": 5,
		"testdata/frozen/mixed-142": 6, "testdata/frozen/site-hortadabica": 5, "testdata/frozen/site-feierabendhaus": 5,
		"testdata/tune/site-casadelpatio": 5, "testdata/tune/site-pantrydoor": 5,
		"testdata/frozen/site-casaencalma": 5, "testdata/frozen/site-zwerftocht": 5, "testdata/frozen/site-selvedge": 5,
		"testdata/tune/site-jardinsdhiver": 5, "testdata/tune/site-valigiarossa": 5, "testdata/tune/site-gritstone": 5,
		"testdata/frozen/mixed-146": 6, "testdata/frozen/site-rayonsdeveil": 5, "testdata/frozen/site-vozdelcierzo": 5,
		"testdata/tune/site-gamlaleken": 5, "testdata/tune/site-brackleyford": 5,
		"testdata/frozen/mixed-148": 6, "testdata/frozen/site-vespaincantina": 5, "testdata/frozen/site-garnekibabci": 5,
		"testdata/tune/site-vcelinzahrada": 5, "testdata/tune/site-smulpaapje": 5,
		"testdata/frozen/mixed-150": 6, "testdata/frozen/site-cuillereenbois": 5, "testdata/frozen/site-hyttedrommen": 5,
		"testdata/tune/site-kochloeffelrunde": 5, "testdata/tune/site-hedgerowshop": 5,
		"testdata/frozen/mixed-152": 6, "testdata/frozen/site-cucharondelabuela": 5, "testdata/frozen/site-plasterandlath": 5,
		"testdata/tune/site-fornoecortile": 5, "testdata/tune/site-sledgehammerandsash": 5,
		"testdata/frozen/site-kuchniasasiadki": 5, "testdata/frozen/site-lapoeledore": 5, "testdata/frozen/site-pottingbench": 5,
		"testdata/tune/site-przepisnaobiad": 5, "testdata/tune/site-marmiteetcie": 5, "testdata/tune/site-tidelinegardens": 5,
		"testdata/frozen/mixed-156": 6, "testdata/frozen/site-fernlicht": 5, "testdata/frozen/site-sabordamesa": 5,
		"testdata/tune/site-panelasdevovo": 5, "testdata/tune/site-wissenwerkstatt": 5,
		"testdata/frozen/mixed-158": 6, "testdata/frozen/site-pedalandpie": 5, "testdata/frozen/site-revistaandamio": 5,
		"testdata/tune/site-spazioabitare": 5, "testdata/tune/site-tinselandtwine": 5,
		"testdata/frozen/mixed-160": 6, "testdata/frozen/site-cultuurkompas": 5, "testdata/frozen/site-sentiersdemarie": 5,
		"testdata/tune/site-pellicule": 5, "testdata/tune/site-radelnmitrike": 5,
		"testdata/frozen/mixed-162": 6, "testdata/frozen/site-kurierpodhradi": 5, "testdata/frozen/site-madmedmormor": 5,
		"testdata/tune/site-gazetanadwarcie": 5, "testdata/tune/site-smulaskok": 5,
		"testdata/frozen/mixed-164": 6, "testdata/frozen/site-casaemorada": 5, "testdata/frozen/site-hiloyaguja": 5,
		"testdata/tune/site-zaguanyluz": 5, "testdata/tune/site-gomitolodilana": 5,
		"testdata/frozen/mixed-166": 6, "testdata/frozen/site-dniprowatch": 5, "testdata/frozen/site-kuchlkastl": 5,
		"testdata/tune/site-marshgateherald": 5, "testdata/tune/site-topfguckerin": 5,
		"testdata/frozen/mixed-168": 6, "testdata/frozen/site-alpendredesign": 5, "testdata/frozen/site-pentoladitina": 5,
		"testdata/tune/site-varandaviva": 5, "testdata/tune/site-casserolebleue": 5,
		"testdata/frozen/mixed-170": 6, "testdata/frozen/site-cucharadepalo": 5, "testdata/frozen/site-raumgefuehl": 5,
		"testdata/tune/site-mestolodoro": 5, "testdata/tune/site-woonwerf": 5,
		"testdata/frozen/mixed-172": 6, "testdata/frozen/site-gazzettadelpo": 5, "testdata/frozen/site-sundialwell": 5,
		"testdata/tune/site-echodeslandes": 5, "testdata/tune/site-hearthandhome": 5,
		"testdata/frozen/mixed-174": 6, "testdata/frozen/site-pannetjevan": 5, "testdata/frozen/site-casaincorte": 5,
		"testdata/tune/site-tachodaavo": 5, "testdata/tune/site-larchandlime": 5,
		"testdata/frozen/mixed-176": 6, "testdata/frozen/site-crumbandcrust": 5, "testdata/frozen/site-patiodeluz": 5,
		"testdata/tune/site-fogoncito": 5, "testdata/tune/site-maisonvelours": 5,
		"testdata/frozen/mixed-178": 6, "testdata/frozen/site-kuchynkababi": 5, "testdata/frozen/site-hemljus": 5,
		"testdata/tune/site-ovenwarm": 5, "testdata/tune/site-wnetrzepelne": 5,
		"testdata/frozen/mixed-180": 6, "testdata/frozen/site-smorochsocker": 5, "testdata/frozen/site-binnenlicht": 5,
		"testdata/tune/site-skilletandsprig": 5, "testdata/tune/site-stuenoghjem": 5,
		"testdata/frozen/mixed-182": 6, "testdata/frozen/site-panelinhadavo": 5, "testdata/frozen/site-abatjour": 5,
		"testdata/tune/site-ofenliebe": 5, "testdata/tune/site-salottochiaro": 5,
		"testdata/frozen/mixed-184": 6, "testdata/frozen/site-sottoscala": 5, "testdata/frozen/site-zuurdesemzondag": 5,
		"testdata/tune/site-latrastienda": 5, "testdata/tune/site-pennyfarthingkitchen": 5,
		"testdata/frozen/mixed-186": 6, "testdata/frozen/site-casadocais": 5, "testdata/frozen/site-wyvernpost": 5,
		"testdata/tune/site-hearthline": 5, "testdata/tune/site-ruhrbote": 5,
		"testdata/frozen/mixed-188": 6, "testdata/frozen/site-wohnlicht": 5, "testdata/frozen/site-corrieredelpiave": 5,
		"testdata/tune/site-casasalitre": 5, "testdata/tune/site-lechodelaval": 5,
		"testdata/frozen/mixed-190": 6, "testdata/frozen/site-vestkystavis": 5, "testdata/frozen/site-tachodamae": 5,
		"testdata/tune/site-fjordposten": 5, "testdata/tune/site-garnekmamy": 5,
		"testdata/frozen/mixed-192": 6, "testdata/frozen/site-hjemogrom": 5, "testdata/frozen/site-lapetitemarmite": 5,
		"testdata/tune/site-kotivalo": 5, "testdata/tune/site-pentolaverde": 5,
		"testdata/frozen/mixed-194": 6, "testdata/frozen/site-evimsade": 5, "testdata/frozen/site-backstubenglueck": 5,
		"testdata/tune/site-bytovka": 5, "testdata/tune/site-crumbandkettle": 5,
		"testdata/frozen/mixed-196": 6, "testdata/frozen/site-casaquintal": 5, "testdata/frozen/site-pannenkoekenpan": 5,
		"testdata/tune/site-yuvadekor": 5, "testdata/tune/site-cucharonyolla": 5,
		"testdata/frozen/mixed-198": 6, "testdata/frozen/site-potagerdelise": 5, "testdata/frozen/site-leipajaliemi": 5,
		"testdata/tune/site-zainoinspalla": 5, "testdata/tune/site-kardemummaochsalt": 5,
		"testdata/frozen/mixed-200": 6, "testdata/frozen/site-kucharkazdoliny": 5, "testdata/frozen/site-quintaldaavo": 5,
		"testdata/tune/site-uunipuuro": 5, "testdata/tune/site-havehaandvaerk": 5,
		"testdata/frozen/mixed-202": 6, "testdata/frozen/site-heraldodelvalle": 5, "testdata/frozen/site-rugogrosmarin": 5,
		"testdata/tune/site-kuriernadbuzanski": 5, "testdata/tune/site-fjellkjokken": 5,
		"testdata/frozen/mixed-204": 6, "testdata/frozen/site-huisenhaard": 5, "testdata/frozen/site-prairieledger": 5,
		"testdata/tune/site-wohnzeilen": 5, "testdata/tune/site-tamesidecourier": 5,
		"testdata/frozen/mixed-206": 6, "testdata/frozen/site-rumochrum": 5, "testdata/frozen/site-forchettaemestolo": 5,
		"testdata/tune/site-woonstudio": 5, "testdata/tune/site-smorogsurdej": 5,
		"testdata/frozen/mixed-208": 6, "testdata/frozen/site-alfoldihirek": 5, "testdata/frozen/site-jiachangcai": 5,
		"testdata/tune/site-thessaliapress": 5, "testdata/tune/site-gohannote": 5,
		"testdata/frozen/mixed-210": 6, "testdata/frozen/site-stajerskenovice": 5, "testdata/frozen/site-jipbapnote": 5,
		"testdata/tune/site-istarskidnevnik": 5, "testdata/tune/site-kruabaan": 5,
		"testdata/frozen/mixed-212": 6, "testdata/frozen/site-tinkerbench": 5, "testdata/frozen/site-agenturwelt": 5,
		"testdata/tune/site-fernhollow": 5, "testdata/tune/site-ledgerwire": 5,
		"testdata/frozen/mixed-214": 6, "testdata/frozen/site-tickerwerk": 5, "testdata/frozen/site-cuisinecommune": 5,
		"testdata/tune/site-harbourlive": 5, "testdata/tune/site-potluckpantry": 5,
		"testdata/frozen/mixed-216": 6, "testdata/frozen/site-casaysalon": 5, "testdata/frozen/site-feldnotiz": 5,
		"testdata/tune/site-loftandlinen": 5, "testdata/tune/site-wanderlight": 5,
		"testdata/frozen/mixed-218": 6, "testdata/frozen/site-museedesvoiles": 5, "testdata/frozen/site-ashworthrovers": 5,
		"testdata/tune/site-thornburyuninews": 5, "testdata/tune/site-kirchwaldgemeinde": 5,
		"testdata/frozen/mixed-220": 6, "testdata/frozen/site-testlabor": 5, "testdata/frozen/site-gazzettadelcolle": 5,
		"testdata/tune/site-gearbench": 5, "testdata/tune/site-vozdelvalle": 5,
		"testdata/frozen/mixed-222": 6, "testdata/frozen/site-casaeluce": 5, "testdata/frozen/site-kentgundem": 5,
		"testdata/tune/site-maisonclaire": 5, "testdata/tune/site-novostigoroda": 5,
		"testdata/frozen/mixed-224": 6, "testdata/frozen/site-tuinschrift": 5, "testdata/frozen/site-dongnaenews": 5,
		"testdata/tune/site-mochilalenta": 5, "testdata/tune/site-machinoshinbun": 5,
		"testdata/frozen/mixed-226": 6, "testdata/frozen/site-harrowgatenews": 5, "testdata/frozen/site-syntagesgiagias": 5,
		"testdata/tune/site-pressehafen": 5, "testdata/tune/site-receitasdavovo": 5,
		"testdata/frozen/mixed-228": 6, "testdata/frozen/site-nagarsamachar": 5, "testdata/frozen/site-khabarshahr": 5,
		"testdata/tune/site-chengshikuaibao": 5, "testdata/tune/site-akhbaralmadina": 5,
		"testdata/frozen/mixed-230": 6, "testdata/frozen/site-gradskiglasnik": 5, "testdata/frozen/site-dapurnenek": 5,
		"testdata/tune/site-gradskevesti": 5, "testdata/tune/site-bepcuanoi": 5,
		"testdata/frozen/mixed-232": 6, "testdata/frozen/site-wollwerkstatt": 5, "testdata/frozen/site-gardenandhearth": 5,
		"testdata/tune/site-lanternandloom": 5, "testdata/tune/site-hallofjardin": 5,
		"testdata/frozen/mixed-234": 6, "testdata/frozen/site-almanzil": 5, "testdata/frozen/site-quietroads": 5,
		"testdata/tune/site-kolhair": 5, "testdata/tune/site-pilkarskiekurier": 5,
		"testdata/frozen/mixed-236": 6, "testdata/frozen/site-beitvenof": 5, "testdata/frozen/site-duongxa": 5,
		"testdata/tune/site-khanehzibaa": 5, "testdata/tune/site-jejaklangkah": 5,
		"testdata/frozen/mixed-238": 6, "testdata/frozen/site-carnetdesentiers": 5, "testdata/frozen/site-cucinadellanonna": 5,
		"testdata/tune/site-slowkettle": 5, "testdata/tune/site-gipfelnotizen": 5,
		"testdata/frozen/mixed-240": 10, "testdata/frozen/site-meridianledger": 5, "testdata/tune/site-baltichorizon": 5,
		"testdata/frozen/mixed-242": 12, "testdata/frozen/site-courrierduvar": 5, "testdata/tune/site-lahnbote": 5,
		"testdata/frozen/mixed-244": 12, "testdata/frozen/site-gazzettadelmonte": 5, "testdata/tune/site-vozdelsur": 5,
		"testdata/frozen/mixed-246": 12, "testdata/frozen/site-tavolacasalinga": 5, "testdata/tune/site-kitchenlarder": 5,
		"testdata/frozen/mixed-248": 12, "testdata/frozen/site-capecourier": 5, "testdata/tune/site-dawnherald": 5,
		"testdata/frozen/mixed-250": 12, "testdata/frozen/site-baltijosvilnis": 5, "testdata/tune/site-kharkivtribune": 5, "testdata/frozen/mixed-252": 14, "testdata/frozen/mixed-254": 14,
		"testdata/frozen/mixed-256": 14, "testdata/frozen/mixed-258": 10, "testdata/frozen/site-almatyherald": 5, "testdata/tune/site-tbilisiwire": 5,
		"testdata/frozen/mixed-260": 12, "testdata/frozen/site-yerevanledger": 5, "testdata/tune/site-chisinaubulletin": 5, "testdata/frozen/mixed-262": 14,
		"testdata/frozen/mixed-264": 14, "testdata/frozen/mixed-266": 14, "testdata/frozen/mixed-268": 14, "testdata/frozen/mixed-270": 14, "testdata/frozen/mixed-272": 14, "testdata/frozen/mixed-274": 14,
		"testdata/frozen/mixed-276": 14, "testdata/frozen/mixed-278": 14,
		"testdata/frozen/mixed-280": 14, "testdata/frozen/mixed-282": 14, "testdata/frozen/mixed-286": 14, "testdata/frozen/mixed-288": 14, "testdata/frozen/mixed-290": 14, "testdata/frozen/mixed-292": 14, "testdata/frozen/mixed-294": 14, "testdata/frozen/mixed-298": 14, "testdata/frozen/mixed-300": 14, "testdata/frozen/mixed-302": 14, "testdata/frozen/mixed-304": 14, "testdata/frozen/mixed-306": 14,
		"testdata/frozen/mixed-310": 14, "testdata/frozen/mixed-312": 14, "testdata/frozen/mixed-316": 14, "testdata/frozen/mixed-320": 14, "testdata/frozen/mixed-326": 14, "testdata/frozen/mixed-328": 14, "testdata/frozen/mixed-334": 14, "testdata/frozen/mixed-342": 14,
		"testdata/frozen/mixed-344": 14, "testdata/frozen/mixed-346": 14, "testdata/frozen/mixed-350": 14, "testdata/frozen/mixed-354": 14, "testdata/frozen/mixed-356": 14, "testdata/frozen/mixed-360": 14,
		"testdata/frozen/mixed-362": 14, "testdata/frozen/mixed-366": 14, "testdata/frozen/mixed-368": 14, "testdata/frozen/mixed-372": 14,
		"testdata/frozen/mixed-374": 14, "testdata/frozen/mixed-376": 14, "testdata/frozen/mixed-380": 14, "testdata/frozen/mixed-382": 14,
		"testdata/frozen/mixed-386": 14, "testdata/frozen/mixed-388": 14, "testdata/frozen/mixed-390": 14, "testdata/frozen/mixed-402": 14,
		"testdata/frozen/mixed-394": 14, "testdata/frozen/mixed-396": 14, "testdata/frozen/mixed-398": 14, "testdata/frozen/mixed-400": 14,
		"testdata/tune/site-velbrach": 5, "testdata/tune/site-tresmora": 5, "testdata/frozen/site-vaubrenne": 5, "testdata/frozen/site-nadolsk": 5,
		"testdata/tune/site-brindevue": 5, "testdata/tune/site-mossklint": 5, "testdata/frozen/site-krumlak": 5, "testdata/frozen/site-orzavin": 5,
		"testdata/tune/site-skilletmoss": 5, "testdata/tune/site-verdelume": 5, "testdata/tune/site-vestrana": 5, "testdata/tune/site-dalazhar": 5,
		"testdata/frozen/site-groenvork": 5, "testdata/frozen/site-pucherina": 5, "testdata/frozen/site-kamvor": 5, "testdata/frozen/site-talvex": 5,
		"testdata/tune/site-farokas": 5, "testdata/tune/site-zabrokur": 5, "testdata/tune/site-mestolvo": 5, "testdata/tune/site-gaumwerk": 5,
		"testdata/frozen/site-vestpri": 5, "testdata/frozen/site-hirmoz": 5, "testdata/frozen/site-grelune": 5, "testdata/frozen/site-pieprzon": 5,
		"testdata/tune/site-pylovka": 5, "testdata/tune/site-melokki": 5, "testdata/frozen/site-gutuiel": 5, "testdata/frozen/site-rokanidi": 5,
		"testdata/tune/site-tobrel": 5, "testdata/tune/site-almezar": 5, "testdata/tune/site-kirinami": 5, "testdata/tune/site-dalmoe": 5,
		"testdata/frozen/site-corvinale": 5, "testdata/frozen/site-lucarnet": 5, "testdata/frozen/site-lanxun": 5, "testdata/frozen/site-tharanua": 5,
		"testdata/tune/site-nathipo": 5, "testdata/tune/site-linhnay": 5, "testdata/tune/site-bogenfeld": 5, "testdata/tune/site-omzwerf": 5,
		"testdata/frozen/site-xiyudi": 5, "testdata/frozen/site-phanphian": 5, "testdata/frozen/site-tarnwick": 5, "testdata/frozen/site-brisquel": 5,
		"testdata/tune/site-golvera": 5, "testdata/tune/site-sahatik": 5, "testdata/frozen/site-golvento": 5, "testdata/frozen/site-kornerek": 5,
		"testdata/tune/site-brenvale": 5, "testdata/tune/site-cardelo": 5, "testdata/frozen/site-brindlewick": 5, "testdata/frozen/site-olmaverde": 5,
		"testdata/tune/site-kesardarp": 5, "testdata/tune/site-pelwarta": 5, "testdata/frozen/site-bukserun": 5, "testdata/frozen/site-kharvarta": 5,
		"testdata/tune/site-lanterlu": 5, "testdata/tune/site-vespilla": 5, "testdata/frozen/site-brelkamm": 5, "testdata/frozen/site-zarvela": 5,
		"testdata/tune/site-koutalaki": 5, "testdata/tune/site-yunagi": 5, "testdata/frozen/site-narubap": 5, "testdata/frozen/site-tepsiko": 5,
		"testdata/tune/site-brevund": 5, "testdata/tune/site-kremnovec": 5, "testdata/frozen/site-hjarvmus": 5, "testdata/frozen/site-mlinotk": 5,
		"testdata/tune/site-tsvimo": 5, "testdata/tune/site-keshora": 5, "testdata/frozen/site-nhipvo": 5, "testdata/frozen/site-kosavka": 5,
		"testdata/tune/site-jabotiz": 5, "testdata/tune/site-wrzosko": 5, "testdata/frozen/site-dorvlak": 5, "testdata/frozen/site-skarnby": 5,
		"testdata/frozen/mixed-404": 14, "testdata/frozen/mixed-406": 14, "testdata/frozen/mixed-410": 14, "testdata/frozen/mixed-412": 14,
		"testdata/frozen/mixed-416": 14, "testdata/frozen/mixed-418": 14, "testdata/frozen/mixed-422": 14, "testdata/frozen/mixed-426": 14,
		"testdata/frozen/mixed-428": 14, "testdata/frozen/mixed-430": 14, "testdata/frozen/mixed-434": 14, "testdata/frozen/mixed-438": 14,
		"testdata/frozen/mixed-440": 14, "testdata/frozen/mixed-444": 14, "testdata/frozen/mixed-446": 14, "testdata/frozen/mixed-448": 14,
		"testdata/frozen/mixed-450": 14, "testdata/frozen/mixed-452": 14, "testdata/frozen/mixed-456": 14, "testdata/frozen/mixed-458": 14,
		"testdata/frozen/mixed-462": 14,
		"testdata/frozen/mixed-464": 14,
		"testdata/frozen/mixed-466": 14,
		"testdata/frozen/mixed-468": 14,
		"testdata/frozen/mixed-472": 14, "testdata/frozen/mixed-474": 14, "testdata/frozen/mixed-476": 14, "testdata/frozen/mixed-478": 14,
		"testdata/frozen/mixed-480": 14, "testdata/frozen/mixed-482": 14, "testdata/frozen/mixed-484": 14, "testdata/frozen/mixed-486": 28,
		"testdata/frozen/mixed-488": 14, "testdata/frozen/mixed-490": 14, "testdata/frozen/mixed-494": 14, "testdata/frozen/mixed-498": 14,
		"testdata/frozen/mixed-500": 14, "testdata/frozen/mixed-502": 14, "testdata/frozen/mixed-506": 14, "testdata/frozen/mixed-508": 14,
		"testdata/frozen/mixed-512": 14, "testdata/frozen/mixed-514": 14, "testdata/frozen/mixed-518": 14,
		"testdata/tune/site-mestolavo": 5, "testdata/tune/site-posadeira": 5, "testdata/frozen/site-jobkrona": 5, "testdata/frozen/site-rouliva": 5,
		"testdata/tune/site-estadiva": 5, "testdata/tune/site-pyrkot": 5, "testdata/frozen/site-borvena": 5, "testdata/frozen/site-wielvonk": 5,
		"testdata/tune/site-quarnix": 5, "testdata/tune/site-wolmerk": 5, "testdata/frozen/site-brelkov": 5, "testdata/frozen/site-vespilmo": 5,
		"testdata/tune/site-orbelin": 5, "testdata/tune/site-quarzel": 5, "testdata/frozen/site-slevgang": 5, "testdata/frozen/site-stegaria": 5,
		"testdata/tune/site-kobarune": 5, "testdata/tune/site-nulwon": 5, "testdata/frozen/site-chilux": 5, "testdata/frozen/site-kivora": 5,
		"testdata/frozen/mixed-520": 14, "testdata/frozen/mixed-522": 14, "testdata/frozen/mixed-526": 14, "testdata/frozen/mixed-528": 14,
		"testdata/frozen/mixed-532": 14, "testdata/frozen/mixed-534": 14, "testdata/frozen/mixed-538": 14, "testdata/frozen/mixed-540": 14,
		"testdata/frozen/mixed-544": 14, "testdata/frozen/mixed-546": 14, "testdata/frozen/mixed-550": 14, "testdata/frozen/mixed-552": 14,
		"testdata/frozen/mixed-556": 14, "testdata/frozen/mixed-558": 14, "testdata/frozen/mixed-562": 14, "testdata/frozen/mixed-564": 14,
		"testdata/frozen/mixed-568": 14, "testdata/frozen/mixed-570": 14, "testdata/frozen/mixed-574": 14, "testdata/frozen/mixed-576": 14,
		"testdata/frozen/mixed-580": 14, "testdata/frozen/mixed-582": 14, "testdata/frozen/mixed-586": 14, "testdata/frozen/mixed-588": 14,
		"testdata/tune/site-brugnaso": 5, "testdata/tune/site-trapzaam": 5, "testdata/frozen/site-konutra": 5, "testdata/frozen/site-sylabik": 5,
		"testdata/tune/site-carrowen": 5, "testdata/tune/site-immovalt": 5, "testdata/frozen/site-pellavaara": 5, "testdata/frozen/site-velozub": 5,
		"testdata/tune/site-panelim": 5, "testdata/tune/site-tomarinu": 5, "testdata/frozen/site-boulotrix": 5, "testdata/frozen/site-dalgumo": 5,
		"testdata/tune/site-orsevio": 5, "testdata/tune/site-trovask": 5, "testdata/frozen/site-arenzal": 5, "testdata/frozen/site-kenarilay": 5,
		"testdata/tune/site-hrnkovo": 5, "testdata/tune/site-odamira": 5, "testdata/frozen/site-pedanoki": 5, "testdata/frozen/site-valdorca": 5,
		"testdata/tune/site-brivolan": 5, "testdata/tune/site-scalvoria": 5, "testdata/frozen/site-varzelo": 5, "testdata/frozen/site-wrzosowiec": 5,
		"testdata/tune/site-pelmarsh": 5, "testdata/tune/site-zwirbelrad": 5, "testdata/frozen/site-lyzkowo": 5, "testdata/frozen/site-stayolmo": 5,
		"testdata/tune/site-buchwarf": 5, "testdata/tune/site-quaylume": 5, "testdata/frozen/site-kursvala": 5, "testdata/frozen/site-tejalma": 5,
		"testdata/tune/site-orvendal": 5, "testdata/tune/site-quillmap": 5, "testdata/frozen/site-dravenhoek": 5, "testdata/frozen/site-velomirel": 5,
		"testdata/tune/site-hirquell": 5, "testdata/tune/site-motrivo": 5, "testdata/frozen/site-shiorido": 5, "testdata/frozen/site-zorkino": 5,
		"testdata/tune/site-krumelo": 5, "testdata/tune/site-roomvela": 5, "testdata/frozen/site-grauwkamp": 5, "testdata/frozen/site-nurimak": 5,
		"testdata/tune/site-cochelia": 5, "testdata/tune/site-pracolot": 5, "testdata/frozen/site-kayomori": 5, "testdata/frozen/site-vendelmark": 5,
		"testdata/frozen/mixed-592": 14, "testdata/frozen/mixed-596": 14, "testdata/frozen/mixed-598": 14, "testdata/frozen/mixed-600": 14,
		"testdata/frozen/mixed-604": 14, "testdata/frozen/mixed-606": 14, "testdata/frozen/mixed-608": 14, "testdata/frozen/mixed-612": 14,
		"testdata/frozen/mixed-614": 14, "testdata/frozen/mixed-618": 14, "testdata/frozen/mixed-620": 14, "testdata/frozen/mixed-622": 14,
		"testdata/frozen/mixed-626": 14, "testdata/frozen/mixed-628": 14, "testdata/frozen/mixed-630": 14, "testdata/frozen/mixed-634": 14,
		"testdata/frozen/mixed-636": 14, "testdata/frozen/mixed-638": 14, "testdata/frozen/mixed-642": 14, "testdata/frozen/mixed-644": 14,
		"testdata/frozen/mixed-648": 14, "testdata/frozen/mixed-650": 14, "testdata/frozen/mixed-652": 14, "testdata/frozen/mixed-656": 14,
		"testdata/frozen/mixed-658": 14, "testdata/frozen/mixed-660": 14, "testdata/frozen/mixed-664": 14, "testdata/frozen/mixed-666": 14,
		"testdata/frozen/mixed-668": 14, "testdata/frozen/mixed-672": 14, "testdata/frozen/mixed-674": 14,
		"testdata/frozen/mixed-676": 14, "testdata/frozen/mixed-680": 14, "testdata/frozen/mixed-682": 14, "testdata/frozen/mixed-684": 14,
		"testdata/frozen/mixed-688": 14, "testdata/frozen/mixed-690": 14, "testdata/frozen/mixed-692": 14, "testdata/frozen/mixed-696": 14,
		"testdata/frozen/mixed-698": 14, "testdata/frozen/mixed-700": 14, "testdata/frozen/mixed-704": 14, "testdata/frozen/mixed-706": 14,
		"testdata/frozen/mixed-708": 14, "testdata/frozen/mixed-712": 14, "testdata/frozen/mixed-714": 14, "testdata/frozen/mixed-716": 14,
		"testdata/frozen/mixed-720": 14, "testdata/frozen/mixed-722": 14, "testdata/frozen/mixed-724": 14, "testdata/frozen/mixed-728": 14,
		"testdata/frozen/mixed-730": 14, "testdata/frozen/mixed-732": 14, "testdata/frozen/mixed-736": 14, "testdata/frozen/mixed-738": 14,
		"testdata/frozen/mixed-740": 14, "testdata/frozen/mixed-744": 14, "testdata/frozen/mixed-746": 14, "testdata/frozen/mixed-748": 14,
		"testdata/frozen/mixed-752": 14, "testdata/frozen/mixed-754": 14,
		"testdata/frozen/mixed-756": 14, "testdata/frozen/mixed-758": 14, "testdata/frozen/mixed-762": 14, "testdata/frozen/mixed-764": 14,
		"testdata/frozen/mixed-768": 14, "testdata/frozen/mixed-770": 14, "testdata/frozen/mixed-774": 14, "testdata/frozen/mixed-776": 14,
		"testdata/frozen/mixed-778": 14, "testdata/frozen/mixed-782": 14, "testdata/frozen/mixed-784": 14, "testdata/frozen/mixed-786": 14,
		"testdata/frozen/mixed-790": 14, "testdata/frozen/mixed-792": 14, "testdata/frozen/mixed-796": 14, "testdata/frozen/mixed-798": 14,
		"testdata/frozen/mixed-800": 14, "testdata/frozen/mixed-802": 14, "testdata/frozen/mixed-804": 14,
		"testdata/frozen/mixed-808": 14, "testdata/frozen/mixed-810": 14, "testdata/frozen/mixed-814": 14, "testdata/frozen/mixed-816": 14,
		"testdata/frozen/mixed-820": 14, "testdata/frozen/mixed-822": 14, "testdata/frozen/mixed-826": 14, "testdata/frozen/mixed-828": 14,
		"testdata/frozen/mixed-832": 14, "testdata/frozen/mixed-834": 14, "testdata/frozen/mixed-836": 14, "testdata/frozen/mixed-840": 14,
		"testdata/frozen/mixed-842": 14, "testdata/frozen/mixed-844": 14, "testdata/frozen/mixed-850": 14, "testdata/frozen/mixed-854": 14,
		"testdata/frozen/mixed-860": 14, "testdata/frozen/mixed-862": 14, "testdata/frozen/mixed-868": 14,
		"testdata/frozen/mixed-872": 14, "testdata/frozen/mixed-874": 14, "testdata/frozen/mixed-880": 14, "testdata/frozen/mixed-882": 14, "testdata/frozen/mixed-888": 14, "testdata/frozen/mixed-890": 14, "testdata/frozen/mixed-896": 14, "testdata/frozen/mixed-900": 14, "testdata/frozen/mixed-902": 14, "testdata/frozen/mixed-908": 14, "testdata/frozen/mixed-912": 14, "testdata/frozen/mixed-916": 14, "testdata/frozen/mixed-918": 14,
		"testdata/frozen/mixed-922": 14, "testdata/frozen/mixed-926": 14, "testdata/frozen/mixed-928": 14, "testdata/frozen/mixed-932": 14, "testdata/frozen/mixed-936": 14, "testdata/frozen/mixed-938": 14, "testdata/frozen/mixed-942": 14, "testdata/frozen/mixed-946": 14, "testdata/frozen/mixed-948": 14, "testdata/frozen/mixed-952": 14, "testdata/frozen/mixed-956": 14, "testdata/frozen/mixed-960": 14, "testdata/frozen/mixed-964": 14, "testdata/frozen/mixed-968": 14, "testdata/frozen/mixed-972": 14, "testdata/frozen/mixed-974": 14, "testdata/frozen/mixed-978": 14,
		"testdata/tune/site-oltrevin": 5, "testdata/tune/site-vernapat": 5, "testdata/frozen/site-saulinet": 5, "testdata/frozen/site-vinombra": 5,
		"testdata/tune/site-brummlicht": 5, "testdata/tune/site-quenvaro": 5, "testdata/frozen/site-hallwerd": 5, "testdata/frozen/site-quelvaro": 5,
		"testdata/tune/site-grzbietek": 5, "testdata/tune/site-sorrimar": 5, "testdata/frozen/site-sorrivel": 5, "testdata/frozen/site-wedrolaz": 5,
		"testdata/tune/site-kolvetu": 5, "testdata/tune/site-ravnesk": 5, "testdata/frozen/site-akcagenc": 5, "testdata/frozen/site-skarvlia": 5,
		"testdata/tune/site-alvmark": 5, "testdata/tune/site-handlicka": 5, "testdata/frozen/site-klubkov": 5, "testdata/frozen/site-sjoklang": 5,
		"testdata/tune/site-minatori": 5, "testdata/tune/site-tentvonk": 5, "testdata/frozen/site-kotovia": 5, "testdata/frozen/site-tentvaart": 5,
		"testdata/tune/site-krautlinde": 5, "testdata/tune/site-samarwan": 5, "testdata/frozen/site-blattquell": 5, "testdata/frozen/site-rihanza": 5,
		"testdata/tune/site-lavkovar": 5, "testdata/tune/site-montealbar": 5, "testdata/frozen/site-kvasnuk": 5, "testdata/frozen/site-zorvenda": 5,
		"testdata/tune/site-brackwynd": 5, "testdata/tune/site-ferlivre": 5, "testdata/frozen/site-margelin": 5, "testdata/frozen/site-thornvale": 5,
		"testdata/tune/site-olszfala": 5, "testdata/tune/site-raggiolo": 5, "testdata/frozen/site-przystanka": 5, "testdata/frozen/site-velomirto": 5,
		"testdata/tune/site-almorvel": 5, "testdata/tune/site-wendrax": 5, "testdata/frozen/site-kavendo": 5, "testdata/frozen/site-ribalonga": 5,
		"testdata/tune/site-mewalin": 5, "testdata/tune/site-valmarena": 5, "testdata/frozen/site-distemar": 5, "testdata/frozen/site-wirprom": 5,
		"testdata/tune/site-bomnaru": 5, "testdata/tune/site-lanshuge": 5, "testdata/frozen/site-gilmoqo": 5, "testdata/frozen/site-shulinvex": 5,
		"testdata/tune/site-gacmovi": 5, "testdata/tune/site-puifawa": 5, "testdata/frozen/site-maichung": 5, "testdata/frozen/site-pawnoi": 5,
		"testdata/tune/site-haneulgyeol": 5, "testdata/tune/site-hozumino": 5, "testdata/frozen/site-hanuiyak": 5, "testdata/frozen/site-kurosuzu": 5,
		"testdata/tune/site-kulvaro": 5, "testdata/tune/site-raffzan": 5, "testdata/frozen/site-kulvarix": 5, "testdata/frozen/site-rufufa": 5,
		"testdata/tune/site-ermalino": 5, "testdata/tune/site-refalon": 5, "testdata/frozen/site-nevarzim": 5, "testdata/frozen/site-vostrali": 5,
		"testdata/tune/site-lanjiu": 5, "testdata/tune/site-phakwan": 5, "testdata/frozen/site-khruvela": 5, "testdata/frozen/site-lanxiko": 5,
		"testdata/tune/site-gaondra": 5, "testdata/tune/site-mizukaro": 5, "testdata/frozen/site-garamol": 5, "testdata/frozen/site-hitobiza": 5,
		"testdata/tune/site-cendrakam": 5, "testdata/tune/site-mayluotva": 5, "testdata/frozen/site-sembrani": 5, "testdata/frozen/site-tralovi": 5,
		"testdata/tune/site-pragyoz": 5, "testdata/tune/site-warrafo": 5, "testdata/frozen/site-rimalzo": 5, "testdata/frozen/site-vidhokar": 5,
		"testdata/tune/site-ladya": 5, "testdata/tune/site-tual": 5, "testdata/frozen/site-kedrovy": 5, "testdata/frozen/site-stus": 5,
		"testdata/tune/site-cursiva": 5, "testdata/tune/site-rauhenbrueck": 5, "testdata/frozen/site-apprendo": 5, "testdata/frozen/site-kornhausen": 5,
		"testdata/tune/site-almenarasalud": 5, "testdata/tune/site-kavakemlak": 5, "testdata/frozen/site-cinaralti": 5, "testdata/frozen/site-valdesol": 5,
		"testdata/tune/site-kampeerlantaarn": 5, "testdata/tune/site-rezonance": 5, "testdata/frozen/site-kampeerkompas": 5, "testdata/frozen/site-petilinka": 5,
		"testdata/tune/site-brattvikbibliotek": 5, "testdata/tune/site-cinefaros": 5, "testdata/frozen/site-cineorizon": 5, "testdata/frozen/site-havrevikbibliotek": 5,
		"testdata/tune/site-kestleburygazette": 5, "testdata/tune/site-reveilvallonne": 5, "testdata/frozen/site-eveildelasauvre": 5, "testdata/frozen/site-marlbeckmercury": 5,
		"testdata/tune/site-hanmaru": 5, "testdata/tune/site-kitaminato": 5, "testdata/frozen/site-seirei": 5, "testdata/frozen/site-solmaru": 5,
		"testdata/tune/site-cdalmarjal": 5, "testdata/tune/site-luisterhaven": 5, "testdata/frozen/site-cdvaldeluna": 5, "testdata/frozen/site-luistervink": 5,
		"testdata/tune/site-filarmonicasorvalle": 5, "testdata/tune/site-vauclerges": 5, "testdata/frozen/site-filarmonicavaldoria": 5, "testdata/frozen/site-vaubercyparticipe": 5,
		"testdata/tune/site-lindbacken": 5, "testdata/tune/site-slapota": 5, "testdata/frozen/site-rosenhagen": 5, "testdata/frozen/site-toulavabota": 5,
		"testdata/tune/site-fjordvaeret": 5, "testdata/tune/site-brackenfield": 5, "testdata/frozen/site-fjordvarsel": 5, "testdata/frozen/site-ashcombelibrary": 5,
		"testdata/tune/site-aeroportoalvarim": 5, "testdata/tune/site-kellbrunnparken": 5, "testdata/frozen/site-aeroportobeiraserra": 5, "testdata/frozen/site-parkenwendelsfurt": 5,
		"testdata/tune/site-larkspur2": 5, "testdata/tune/site-museoroccaventa": 5, "testdata/frozen/site-limnic": 5, "testdata/frozen/site-palazzoferlaschi": 5,
		"testdata/tune/site-albarca": 5, "testdata/tune/site-nordsundet": 5, "testdata/frozen/site-havbrua": 5, "testdata/frozen/site-valdeserra": 5,
		"testdata/tune/site-petitfourneau": 5, "testdata/tune/site-tarrowherald": 5, "testdata/frozen/site-cuillerevagabonde": 5, "testdata/frozen/site-tarnvalemercury": 5,
		"testdata/tune/site-alcaravan": 5, "testdata/tune/site-brueckenstein": 5, "testdata/frozen/site-albarrada": 5, "testdata/frozen/site-lindenquell": 5,
		"testdata/tune/site-achatsternelle": 5, "testdata/tune/site-ferlaccoauto": 5, "testdata/frozen/site-autoparcoferretti": 5, "testdata/frozen/site-brevennemarches": 5,
		"testdata/tune/site-kranich": 5, "testdata/tune/site-merwelde": 5, "testdata/frozen/site-brakelveen": 5, "testdata/frozen/site-kiesel": 5,
		"testdata/tune/site-komorebishoten": 5, "testdata/tune/site-szpitalwrzosowice": 5, "testdata/frozen/site-hinokido": 5, "testdata/frozen/site-szpitallipowiec": 5,
		"testdata/tune/site-grandsarret": 5, "testdata/tune/site-ekbackabibliotek": 5, "testdata/frozen/site-valcendrine": 5, "testdata/frozen/site-norrviksbibliotek": 5,
		"testdata/tune/site-svkerbenfeld": 5, "testdata/tune/site-vectorpost": 5, "testdata/tune/site-cavedestilleuls": 5, "testdata/tune/site-rumbolejano": 5,
		"testdata/tune/site-brambleandbean": 5, "testdata/tune/site-cronicapeninsular": 5, "testdata/tune/site-blitzkontor": 5, "testdata/tune/site-tolkovo2": 5,
		"testdata/tune/site-kestrelford2": 5, "testdata/tune/site-osterieravizza": 5, "testdata/tune/site-claquetetorta": 5, "testdata/tune/site-szlakownik": 5,
		"testdata/tune/site-ondadicarta": 5, "testdata/tune/site-veenkoerier": 5, "testdata/tune/site-pfannenpost": 5, "testdata/tune/site-tidemark": 5,
		"testdata/tune/site-marcadorsur": 5, "testdata/tune/site-univalmorin": 5, "testdata/tune/site-lesacvert": 5, "testdata/tune/site-savatimes": 5,
		"testdata/tune/site-kurvenlage": 5, "testdata/tune/site-lanternhouse2": 5, "testdata/frozen/site-fcmoorfelde": 5, "testdata/frozen/site-latchwire": 5,
		"testdata/frozen/site-ombrelune": 5, "testdata/frozen/site-trasmonte": 5, "testdata/frozen/site-almenara": 5, "testdata/frozen/site-leaningbeanpole": 5,
		"testdata/frozen/site-kabelkontor": 5, "testdata/frozen/site-tolkovo": 5, "testdata/frozen/site-ferraguti": 5, "testdata/frozen/site-kestrelford": 5,
		"testdata/frozen/site-sciezkownik": 5, "testdata/frozen/site-telaescura": 5, "testdata/frozen/site-polderblad": 5, "testdata/frozen/site-ventaglio": 5,
		"testdata/frozen/site-kuechenfenster2": 5, "testdata/frozen/site-lanternweekly": 5, "testdata/frozen/site-pizarradeportiva": 5, "testdata/frozen/site-valmorin": 5,
		"testdata/frozen/site-carnetsvagabonds": 5, "testdata/frozen/site-tatraobserver": 5, "testdata/frozen/site-kurvenblatt": 5, "testdata/frozen/site-lanternhouse": 5,
		"testdata/tune/site-alvkanalen": 5, "testdata/tune/site-meridiano": 5, "testdata/frozen/site-agenciafarol": 5, "testdata/frozen/site-tvsjobygd": 5,
		"testdata/tune/site-divadlonahrazi": 5, "testdata/tune/site-hochgrubach": 5, "testdata/tune/site-corranhall": 5, "testdata/tune/site-szelko": 5,
		"testdata/tune/site-havnhoj": 5, "testdata/tune/site-thalassodromos": 5, "testdata/tune/site-cdvaldeserrano": 5, "testdata/tune/site-shiraitoso": 5,
		"testdata/tune/site-flordotrigo": 5, "testdata/tune/site-trapzeil": 5, "testdata/tune/site-harbrookmuseum": 5, "testdata/tune/site-kamennabouda": 5,
		"testdata/tune/site-guncehaber": 5, "testdata/tune/site-makutraiwalek": 5, "testdata/tune/site-fjordsvala": 5, "testdata/tune/site-unimontelouro": 5,
		"testdata/tune/site-kelanasandal": 5, "testdata/tune/site-ruokojarvensanomat": 5, "testdata/tune/site-mesterica": 5, "testdata/tune/site-rezhegykultura": 5,
		"testdata/tune/site-carrowmorecoco": 5, "testdata/tune/site-rudzupesmuzejs": 5, "testdata/tune/site-editionsdupertuis": 5, "testdata/tune/site-hollweilerbaeder": 5,
		"testdata/tune/site-fernleigh": 5, "testdata/tune/site-ravnsholt": 5,
		"testdata/frozen/site-bellecombe": 5, "testdata/frozen/site-jarzebinadental": 5, "testdata/frozen/site-grubmayr": 5, "testdata/frozen/site-millrace": 5,
		"testdata/frozen/site-havujasavi": 5, "testdata/frozen/site-modrabrazda": 5, "testdata/frozen/site-castelvarcobasket": 5, "testdata/frozen/site-sodamchae": 5,
		"testdata/frozen/site-donachelo": 5, "testdata/frozen/site-semellesvagabondes": 5, "testdata/frozen/site-ardcraigrailway": 5, "testdata/frozen/site-termelipnica": 5,
		"testdata/frozen/site-faroslive": 5, "testdata/frozen/site-kminovakuchyne": 5, "testdata/frozen/site-ejderlinjen": 5, "testdata/frozen/site-uvaldelosa": 5,
		"testdata/frozen/site-dapurserikenanga": 5, "testdata/frozen/site-kirdekaja": 5, "testdata/frozen/site-kniznicavrbica": 5, "testdata/frozen/site-zelenika": 5,
		"testdata/frozen/site-abercennen": 5, "testdata/frozen/site-vilkavosmuziejus": 5, "testdata/frozen/site-kirchbichlau": 5, "testdata/frozen/site-premoreau": 5,
		"testdata/frozen/site-craigmhor": 5, "testdata/frozen/site-vardesund": 5,
		"testdata/tune/site-navalcierzo": 5, "testdata/tune/site-rivachiara": 5, "testdata/tune/site-ostroveckalokalka": 5, "testdata/tune/site-teatrlipnogrod": 5,
		"testdata/tune/site-hetwilgenhof": 5, "testdata/tune/site-tornsjomuseum": 5, "testdata/tune/site-salagarrofer": 5, "testdata/tune/site-teifionrailway": 5,
		"testdata/tune/site-haesolgu": 5, "testdata/tune/site-kazahanaso": 5, "testdata/tune/site-bystrovice": 5, "testdata/tune/site-smrekowapolana": 5,
		"testdata/tune/site-cinecandil": 5, "testdata/tune/site-kilbracklibraries": 5, "testdata/tune/site-skaerlinjen": 5, "testdata/tune/site-tierpark-lindhagen": 5,
		"testdata/tune/site-anemomylos": 5, "testdata/tune/site-yesilkaya": 5, "testdata/tune/site-laspianatoia": 5, "testdata/tune/site-lyngtindhytter": 5,
		"testdata/tune/site-hanekot": 5, "testdata/tune/site-tandzorgvlietbeek": 5, "testdata/tune/site-csillagkut": 5, "testdata/tune/site-izvorulcerbului": 5,
		"testdata/frozen/mixed-982": 14, "testdata/frozen/mixed-984": 14, "testdata/frozen/site-alvorinha": 5, "testdata/frozen/site-modrauvala": 5,
		"testdata/frozen/site-javorinka": 5, "testdata/frozen/site-rezkapu": 5, "testdata/frozen/mixed-990": 14, "testdata/frozen/mixed-992": 14,
		"testdata/frozen/site-kienmuehle": 5, "testdata/frozen/site-kuusikallio": 5, "testdata/frozen/site-auditoriosetemares": 5, "testdata/frozen/site-stoomtreinhunzedal": 5,
		"testdata/frozen/site-saginomori": 5, "testdata/frozen/site-yunqishanju": 5, "testdata/frozen/mixed-1000": 14, "testdata/frozen/mixed-1002": 14,
		"testdata/frozen/site-brezanj": 5, "testdata/frozen/site-travertin": 5, "testdata/frozen/mixed-1006": 14, "testdata/frozen/site-balmuirlibraries": 5,
		"testdata/frozen/site-lucernario2": 5, "testdata/frozen/mixed-1010": 14, "testdata/frozen/site-sundsleden": 5, "testdata/frozen/site-wildparkreisingtal": 5,
		"testdata/frozen/site-alykopetra": 5, "testdata/frozen/site-gokceyali": 5, "testdata/frozen/mixed-1016": 14, "testdata/frozen/site-fogonymantel": 5,
		"testdata/frozen/site-jarvenhelmi": 5, "testdata/frozen/site-kamennymlyn": 5, "testdata/frozen/site-weidenhof": 5, "testdata/frozen/site-elovapolyana": 5,
		"testdata/frozen/site-teplavrbina": 5, "testdata/frozen/mixed-1024": 14, "testdata/frozen/mixed-1026": 14,
		"testdata/tune/site-jipnarae": 5, "testdata/tune/site-toinoki": 5, "testdata/frozen/site-jinwenlu": 5, "testdata/frozen/site-lomyenhub": 5,
		"testdata/tune/site-pohjavirta": 5, "testdata/tune/site-shiranami": 5, "testdata/frozen/site-kelvar": 5, "testdata/frozen/site-nurion": 5,
		"testdata/tune/site-kizilcalti": 5, "testdata/tune/site-vankhedo": 5, "testdata/frozen/site-kusdarpa": 5, "testdata/frozen/site-ostrokur": 5,
		"testdata/tune/site-khruatippa": 5, "testdata/tune/site-kwaskowo": 5, "testdata/frozen/site-gurihlo": 5, "testdata/frozen/site-varuvka": 5,
		"testdata/tune/site-burbujo": 5, "testdata/tune/site-fennlicht": 5, "testdata/frozen/site-quernel": 5, "testdata/frozen/site-scartino": 5,
		"testdata/tune/site-golvaro": 5, "testdata/tune/site-gwizdor": 5, "testdata/frozen/site-brankov": 5, "testdata/frozen/site-ocrebal": 5,
		"testdata/tune/site-csipkedomb": 5, "testdata/tune/site-jelatik": 5, "testdata/frozen/site-bradelu": 5, "testdata/frozen/site-mocmay": 5,
		"testdata/tune/site-nabdora": 5, "testdata/tune/site-nasimro": 5, "testdata/frozen/site-hadvadi": 5, "testdata/frozen/site-zartab": 5,
		"testdata/tune/site-bilhetim": 5, "testdata/tune/site-zbyciak": 5, "testdata/frozen/site-kvakbaz": 5, "testdata/frozen/site-taquilun": 5,
		"testdata/tune/site-kaarnio": 5, "testdata/tune/site-wendelsau": 5, "testdata/frozen/site-olszwin": 5, "testdata/frozen/site-ommerwo": 5,
		"testdata/tune/site-sava": 5, "testdata/tune/site-tropicledger": 5, "testdata/frozen/site-colchis": 5, "testdata/frozen/site-easternledger": 5,
		"testdata/frozen/site-calcetinesdesparejados": 5,
		"testdata/frozen/site-contragolpe":            5,
		"testdata/frozen/site-corvane":                5,
		"testdata/frozen/site-cucchiaiostorto":        5,
		"testdata/frozen/site-dailyensign":            6,
		"testdata/frozen/site-estafette":              6,
		"testdata/frozen/site-kuechenfenster":         5,
		"testdata/frozen/site-leitlinie":              6,
		"testdata/frozen/site-meerstreekbode":         6,
		"testdata/frozen/site-panful":                 5,
		"testdata/frozen/site-ravensholtecho":         6,
		"testdata/frozen/site-sattelstaub":            5,
		"testdata/frozen/site-sillandwhisk":           5,
		"testdata/frozen/site-tablierbleu":            5,
		"testdata/frozen/site-troissous":              5,
		"testdata/frozen/site-twoleftboots":           6,
		"testdata/frozen/site-vesperfalls":            6,
		"testdata/tune/site-binettefauchee":           5,
		"testdata/tune/site-casadelcolumpio":          5,
		"testdata/tune/site-crockeryrow":              5,
		"testdata/tune/site-crosslight":               6,
		"testdata/tune/site-ferryandfig":              5,
		"testdata/tune/site-fourneaumalin":            5,
		"testdata/tune/site-kellenschwung":            5,
		"testdata/tune/site-kromwaardercourant":       6,
		"testdata/tune/site-lecadran":                 6,
		"testdata/tune/site-madiafiorita":             5,
		"testdata/tune/site-marcaje":                  5,
		"testdata/tune/site-norcrosswire":             6,
		"testdata/tune/site-nutmeglane":               5,
		"testdata/tune/site-packtaschenpost":          6,
		"testdata/tune/site-portashbyclarion":         6,
		"testdata/tune/site-stannockchronicle":        6,
		"testdata/tune/site-weitblick":                6,
		"testdata/tune/site-tresrios":                 5, "testdata/tune/site-stackline": 5, "testdata/frozen/mixed-later": 10, "testdata/frozen/site-portal": 5, "testdata/tune/site-harbourline": 6,
		"testdata/frozen/mixed-kinds": 12, "testdata/frozen/site-ledger": 6, "testdata/frozen/mixed-core": 12, "testdata/frozen/site-ashmoor": 5,
		"testdata/tune/site-erlenstedt": 5, "testdata/frozen/mixed-last": 12, "testdata/tune/site-tollgate": 5,
		"testdata/tune/site-cobble": 6, "testdata/tune/site-quillwort": 5, "testdata/tune/site-arveze": 5, "testdata/frozen/mixed-final": 12, "testdata/tune/site-quarterlight": 5,
		"testdata/frozen/site-glasshouse": 5, "testdata/frozen/site-kallaraherald": 5, "testdata/frozen/site-larder": 5,
		"testdata/tune/site-fennick": 5, "testdata/tune/site-larkspur": 5, "testdata/tune/site-altavoz": 5, "testdata/tune/site-fernway": 5,
		"testdata/tune/site-harrowsprings": 5, "testdata/frozen/mixed-14": 12, "testdata/frozen/site-fraserton": 5, "testdata/frozen/site-wildacre": 5,
		"testdata/frozen/mixed-16": 8, "testdata/frozen/site-fenbridgemercury": 5, "testdata/frozen/site-halfstep": 5, "testdata/frozen/site-tafelried": 5,
		"testdata/tune/site-holloway": 5, "testdata/tune/site-palomine": 5, "testdata/tune/site-cairnward": 5,
		"testdata/frozen/mixed-18": 8, "testdata/frozen/site-lintel": 5, "testdata/frozen/site-farpost": 5, "testdata/frozen/site-brantleybeacon": 5,
		"testdata/tune/site-thornleigh": 5, "testdata/tune/site-sidelong": 5, "testdata/tune/site-rozanow24": 5,
		"testdata/frozen/mixed-20": 8, "testdata/frozen/site-bramblewick": 5, "testdata/frozen/site-gazzettavalmora": 5, "testdata/frozen/site-wexburystandard": 5,
		"testdata/tune/site-provingroom": 5, "testdata/tune/site-itaquaraagora": 5, "testdata/tune/site-foxedfolded": 5,
		"testdata/frozen/mixed-22": 8, "testdata/frozen/site-omroeplanterland": 5, "testdata/frozen/site-setimoandar": 5, "testdata/frozen/site-shavings": 5,
		"testdata/tune/site-whinfield": 5, "testdata/tune/site-wingbar": 5, "testdata/tune/site-alforja": 5,
		"testdata/frozen/mixed-24": 8, "testdata/frozen/site-darkslide": 5, "testdata/frozen/site-echodesvals": 5, "testdata/frozen/site-maschenwerk": 5,
		"testdata/tune/site-tendril": 5, "testdata/tune/site-gronvikposten": 5, "testdata/tune/site-shingleradio": 5,
		"testdata/frozen/mixed-26": 8, "testdata/frozen/site-clerestory": 5, "testdata/frozen/site-fiddleyard": 5, "testdata/frozen/site-ravnstednu": 5,
		"testdata/tune/site-leatherhard": 5, "testdata/tune/site-ecodelciriano": 5, "testdata/tune/site-kilnside": 5, "testdata/tune/site-montalbaro24": 5,
		"testdata/frozen/mixed-28": 8, "testdata/frozen/site-falkenrieder": 5, "testdata/frozen/site-hoopwell": 5,
		"testdata/frozen/mixed-30": 8, "testdata/frozen/site-knotwell": 5, "testdata/frozen/site-lohmtalkurier": 5,
		"testdata/tune/site-stilebridge": 5, "testdata/tune/site-werkfuge": 5,
		"testdata/frozen/mixed-32": 8, "testdata/frozen/site-scrapline": 5, "testdata/frozen/site-courrierlirve": 5,
		"testdata/tune/site-benchdog": 5, "testdata/tune/site-heugellandnu": 5,
		"testdata/frozen/mixed-34": 8, "testdata/frozen/site-dado": 5, "testdata/frozen/site-ecopontemerano": 5,
		"testdata/tune/site-dibber": 5, "testdata/tune/site-burgweidenlive": 5,
		"testdata/frozen/mixed-36": 8, "testdata/frozen/site-bobbinandbone": 5, "testdata/frozen/site-ecodesierrafria": 5,
		"testdata/tune/site-soffit": 5, "testdata/tune/site-withybrook": 5, "testdata/tune/site-nahtundmasche": 5,
		"testdata/frozen/site-mullion": 5, "testdata/frozen/site-fieldfare": 5, "testdata/frozen/site-stichhaltig": 5,
		"testdata/tune/site-halfsquare": 5, "testdata/tune/site-quoin": 5, "testdata/tune/site-enfilade": 5, "testdata/tune/site-lynchet": 5, "testdata/tune/site-woolgather": 5,
		"testdata/frozen/mixed-40": 8, "testdata/frozen/site-ridgeandfurrow": 5, "testdata/frozen/site-almourelhoje": 5,
		"testdata/frozen/site-setback": 5, "testdata/frozen/site-feeddog": 5, "testdata/frozen/site-tralcio": 5,
		"testdata/tune/site-thimblewick": 6, "testdata/tune/site-cittadinosasserra": 6,
		"testdata/frozen/mixed-44": 8, "testdata/frozen/site-tedding": 6, "testdata/frozen/site-cornice": 5, "testdata/frozen/site-sarmiento": 5,
		"testdata/tune/site-quickset": 5, "testdata/tune/site-marrowbone": 6, "testdata/tune/site-dielenblick": 5,
		"testdata/frozen/site-stepstone": 6, "testdata/frozen/site-scumble": 5, "testdata/frozen/site-ilpergolato": 5,
		"testdata/tune/site-groundling": 6, "testdata/tune/site-versantnord": 5, "testdata/tune/site-tuinkamer": 6,
		"testdata/frozen/site-footlightfolio": 6, "testdata/frozen/site-speichenwind": 5, "testdata/frozen/site-parapet": 5,
		"testdata/tune/site-secondsitting": 6, "testdata/tune/site-falzlinie": 5, "testdata/tune/site-cabinadoce": 6,
		"testdata/frozen/site-spandrel": 6, "testdata/frozen/site-bassefidelite": 6, "testdata/frozen/site-calicisparsi": 5,
		"testdata/tune/site-dunmarshstar": 5, "testdata/tune/site-bramlingstreet": 5, "testdata/tune/site-ambreylantern": 5, "testdata/tune/site-halftitle": 5,
		"testdata/frozen/mixed-52": 6, "testdata/frozen/site-lodestar": 5, "testdata/frozen/site-roestprotokoll": 5,
		"testdata/frozen/mixed-54": 6, "testdata/frozen/site-pellingfordpost": 5, "testdata/frozen/site-seletsentiers": 5,
		"testdata/tune/site-ferrowire": 5, "testdata/tune/site-sperltaler": 5, "testdata/tune/site-lowgear": 5, "testdata/tune/site-contrapunto": 5,
		"testdata/frozen/mixed-56": 6, "testdata/frozen/site-tallyroom": 5, "testdata/frozen/site-sanmarziooggi": 5,
		"testdata/frozen/mixed-58": 6, "testdata/frozen/site-corviskecho": 5, "testdata/frozen/site-crookedtrug": 5,
		"testdata/tune/site-brackenfold": 6, "testdata/tune/site-chevaletbancal": 5,
		"testdata/frozen/mixed-60": 6, "testdata/frozen/site-lucernario": 6, "testdata/frozen/site-wetsocks": 6,
		"testdata/tune/site-wegzehrung": 6, "testdata/tune/site-mielyromero": 6,
		"testdata/frozen/mixed-62": 6, "testdata/frozen/site-tiroir": 6, "testdata/frozen/site-cloudyagain": 6,
		"testdata/tune/site-alpendre": 6, "testdata/tune/site-cameandcopper": 6,
		"testdata/frozen/mixed-64": 6, "testdata/frozen/site-celosia": 6, "testdata/frozen/site-blubberglas": 5,
		"testdata/tune/site-brinewater": 6, "testdata/tune/site-spitenkluit": 6,
		"testdata/frozen/site-astragal": 6, "testdata/frozen/site-raggiostorto": 6,
		"testdata/tune/site-hobelspan": 6, "testdata/tune/site-senderolento": 6,
		"testdata/tune/site-trumeau": 6, "testdata/tune/site-wonkyloaf": 6,
		"testdata/tune/site-correiopiracambe": 5, "testdata/tune/site-kruemelkammer": 5,
		"testdata/frozen/mixed-70": 8, "testdata/frozen/site-callowaysentinel": 6, "testdata/frozen/site-pentoladirame": 5,
		"testdata/tune/site-cronicadelormeno": 6, "testdata/tune/site-marigoldandmace": 6, "testdata/tune/site-orbizeactu": 5,
		"testdata/frozen/site-ruebenrosmarin": 6, "testdata/frozen/site-tribunafontescura": 6, "testdata/frozen/site-vlierstreekvandaag": 5,
		"testdata/tune/site-alfeizar": 5, "testdata/tune/site-cannellecocotte": 6, "testdata/tune/site-pottage": 5,
		"testdata/frozen/site-farinaevento": 6, "testdata/frozen/site-larchmere": 5, "testdata/frozen/site-ruehrloeffel": 5,
		"testdata/tune/site-underleaf": 5, "testdata/tune/site-deichnotizen": 6,
		"testdata/frozen/mixed-76": 8, "testdata/frozen/site-paravent": 5, "testdata/frozen/site-andenypolvo": 5,
		"testdata/tune/site-kissinggate": 6, "testdata/tune/site-torchonfleuri": 5, "testdata/tune/site-binariotronco": 5,
		"testdata/frozen/site-lancheiraamarela": 6, "testdata/frozen/site-kettingvet": 5, "testdata/frozen/site-bruchkante": 5,
		"testdata/tune/site-orlenbacherkreisblatt": 5, "testdata/tune/site-cucharadereme": 5,
		"testdata/frozen/mixed-80": 8, "testdata/frozen/site-leaningshed": 6, "testdata/frozen/site-sevrinematin": 5,
		"testdata/tune/site-dailycompass": 5, "testdata/tune/site-kvernvikpuls": 5, "testdata/tune/site-utulno": 5,
		"testdata/frozen/mixed-82": 8, "testdata/frozen/site-diariocandil": 5, "testdata/frozen/site-torsvikidag": 5, "testdata/frozen/site-werandka": 5,
		"testdata/tune/site-kobbeloggen": 6, "testdata/tune/site-tinplatesuppers": 5, "testdata/tune/site-alcandara": 5,
		"testdata/frozen/site-trittsiegel": 5, "testdata/frozen/site-epingledistraite": 5, "testdata/frozen/site-intercapedine": 5,
		"testdata/tune/site-strandlopertje": 5, "testdata/tune/site-bricioledimadre": 5, "testdata/tune/site-glowingdial": 5,
		"testdata/frozen/site-marevazia": 5, "testdata/frozen/site-nadelspiel": 5, "testdata/frozen/site-surcotorcido": 5,
		"testdata/tune/site-sacocherouillee": 5, "testdata/tune/site-rolloffroof": 6, "testdata/tune/site-mossaochmycel": 5,
		"testdata/frozen/site-kellerbahn": 5, "testdata/frozen/site-crinaliborracce": 5, "testdata/frozen/site-laundrettebees": 6,
		"testdata/tune/site-vide": 6, "testdata/tune/site-compasroto": 5,
		"testdata/frozen/mixed-90": 6, "testdata/frozen/site-slowmeridian": 6, "testdata/frozen/site-ecranoblique": 6,
		"testdata/tune/site-tangloppen": 6, "testdata/tune/site-carunchoecera": 5, "testdata/tune/site-kakelhoek": 6,
		"testdata/frozen/site-szumjazu": 5, "testdata/frozen/site-pepinsetgreffons": 6, "testdata/frozen/site-agujaypolvo": 5,
		"testdata/tune/site-echobystrzanowa": 5, "testdata/tune/site-gehrung": 6, "testdata/tune/site-sprocketandlane": 6,
		"testdata/frozen/site-zlatopolskylist": 5, "testdata/frozen/site-sgorbia": 6, "testdata/frozen/site-devers": 6,
		"testdata/tune/site-tramavapno": 5, "testdata/tune/site-voiteluvirhe": 6, "testdata/tune/site-nostebua": 5,
		"testdata/frozen/site-krumeundglut": 5, "testdata/frozen/site-shiverbite": 6, "testdata/frozen/site-otturatorelento": 5,
		"testdata/tune/site-trencher": 6, "testdata/tune/site-rabattochrum": 6,
		"testdata/frozen/mixed-98": 6, "testdata/frozen/site-grappillage": 6, "testdata/frozen/site-stakit": 5,
		"testdata/tune/site-tillerandtar": 6, "testdata/tune/site-carrizoylimo": 5, "testdata/tune/site-balkonsummen": 5,
		"testdata/frozen/site-ravaudeuse": 5, "testdata/frozen/site-stapvoets": 5, "testdata/frozen/site-ragadsked": 5,
		"testdata/tune/site-sauerampfer": 6, "testdata/tune/site-potbound": 5, "testdata/tune/site-alacena": 6, "testdata/tune/site-hofenhaag": 6,
		"testdata/tune/site-tannersfield": 5, "testdata/tune/site-maonobarro": 5, "testdata/tune/site-querverkehr": 5, "testdata/tune/site-fornolunardelli": 5,
		"testdata/frozen/site-laplazuelacanta": 5, "testdata/frozen/site-reedbedledger": 5, "testdata/frozen/site-strapontindujeudi": 5, "testdata/frozen/site-rijwielvonk": 5,
		"testdata/tune/site-przedsionek": 6, "testdata/tune/site-narozi": 5,
		"testdata/frozen/site-paperiveitsi": 6, "testdata/frozen/site-takskjegg": 6, "testdata/frozen/mixed-108": 8}
	if diff := cmp.Diff(want, sets); diff != "" {
		t.Errorf("documents per set (-want +got):\n%s", diff)
	}
}

func FuzzParseLabelled(f *testing.F) {
	f.Add("- Home\n+ Body text.\n\n- © 2025\n")
	f.Add("+ x")
	f.Add("")
	f.Add("-\n+")
	f.Fuzz(func(t *testing.T, data string) {
		text, labels, err := ParseLabelled(data)
		if err != nil {
			return
		}
		if n := strings.Count(text, "\n") + 1; n != len(labels) {
			t.Errorf("%d lines of text, %d labels", n, len(labels))
		}
	})
}

func FuzzDecide(f *testing.F) {
	f.Add(article, 0, 10)
	f.Add("Read Next\r\n\n2h ago\n", 3, 4)
	f.Add("", 0, 0)
	f.Fuzz(func(t *testing.T, text string, linkStart, linkEnd int) {
		c := NewCorpus()
		c.Add(text)
		page := Page{Text: text, HTML: true}
		if 0 <= linkStart && linkStart <= linkEnd && linkEnd <= len(text) {
			page.Links = []Range{{Start: linkStart, End: linkEnd}}
		}
		ds := c.Decide(page, DefaultThreshold)
		if len(ds) != strings.Count(text, "\n")+1 {
			t.Fatalf("%d decisions for %d lines", len(ds), strings.Count(text, "\n")+1)
		}
		prev := -1
		for i, d := range ds {
			if d.Line != i || d.Start <= prev || d.End < d.Start || d.End > len(text) || d.Reason == "" ||
				d.Score < 0 || d.Score > 1 || strings.Contains(text[d.Start:d.End], "\n") {
				t.Fatalf("decision %d: %+v", i, d)
			}
			if utf8.ValidString(text) && !utf8.ValidString(text[d.Start:d.End]) {
				t.Fatalf("decision %d splits a character", i)
			}
			prev = d.Start
		}
	})
}
