package boiler

import "testing"

// Other pages' headlines with their dates at the end, under a heading with a colon,
// below the text: the site's, though the months are of a language the rules do not
// know, and though a call to subscribe written as a sentence follows them; the text's
// own dated lines, with its prose below them, stay the text's.
func TestDecideDatedTeasers(t *testing.T) {
	const text = `date 2023-11-20 Varimi vemapfunde muGuruve-Magumbo vakakohwa zvakanyanya gore rino kupfuura makore mashanu apfuura, sekutaura kwavo.

Sekuru Enock Tsvangirai vanoti mvura yakanaya nenguva uye mbeu yakachengetedzwa zvakanaka mumatura avo.

`
	tests := []struct{ name, text, want string }{
		{"a list of other pages", text + `Nyaya dzakafanana:
Mazano mashanu ekuchengetedza mbeu yemapfunde kubva kumapete — 18 Mbudzi 2023
Mitengo yefetiraiza yakwira zvakare pamberi pemwaka wekudyara — 15 Mbudzi 2023
Varimi vemombe vanyeverwa nezvechirwere chinokonzerwa nezvikwekwe (Mbudzi 10, 2023)

Nyorera tsamba yedu yevhiki nevhiki kuti uwane nhau dzekurima pamberi pevamwe vese.
© 2023 Murimi Wanhasi`, "TETEBBBBEBB"},
		{"the text's dated lines, its prose going on", text + `Misika yemapfunde:
Musika weGuruve unovhurwa zvakare — 4 Zvita 2023
Musika weMvurwi unotengesa mbeu itsva — 11 Zvita 2023
Musika weCentenary unopa mitengo yakanaka — 18 Zvita 2023

Varimi vanokurudzirwa kuuya nemapfunde avo akaomeswa zvakanaka uye akarongedzwa mumasaga akachena.

Mitengo ichaziviswa pamusika wega wega mangwanani, uye vatengi vanokumbirwa kuuya nemari yakakwana.`, "TETETTTTETET"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantVerdicts(t, tt.text, tt.want) })
	}
}

// A feed of other pages below the text, each headline after its time, the times going
// down (newest first), or each with its day in Japanese at its end: the site's, though
// the times make them a table's rows; a programme's times going up stay the text's.
func TestDecideTimedFeeds(t *testing.T) {
	const text = `date 2024-03-09 Kaupunginvaltuusto päätti maanantaina, että uimahallin remontti alkaa jo ensi keväänä eikä vasta vuonna 2026.

Remontin arvioidaan kestävän puolitoista vuotta, ja sinä aikana uimaseurat harjoittelevat naapurikunnan hallissa.

`
	tests := []struct{ name, text, want string }{
		{"a feed of the day, newest first", text + `Lisää uutisia
17:40 Kirjasto pidentää aukioloaikojaan
15:05 Torilla uusi kala-auto
Eilen 21:10 Liikenneympyrän työt valmistuivat

© Kaupunkilehti 2024`, "TETEBBBBEB"},
		{"a feed of two days, by its dates", text + `Lisää uutisia
17.9. klo 21.40 Kirjasto pidentää aukioloaikojaan
17.9. klo 14.05 Torilla uusi kala-auto
16.9. klo 19.30 Liikenneympyrän työt valmistuivat

© Kaupunkilehti 2024`, "TETEBBBBEB"},
		{"a Japanese list of other pages", `date 2024-09-12 市立美術館で、地元の版画家の回顧展が始まりました。会場には初期の作品から晩年の大作まで百点余りが並んでいます。

館長は「多くの市民に見てほしい」と話しています。

ほかのニュース
市民オーケストラ　結成50年で記念演奏会　9月10日 18時00分
伝統の「浜太鼓」保存会に文化賞　9月5日 16時25分
県立図書館　古い絵はがきをデジタル公開　8月30日 11時30分`, "TETEBBBB"},
		{"the evening's programme", text + `Illan ohjelma
18:00 Uutiset
18:30 Alueuutiset
19:00 Elokuva: Kesäyö

© Kaupunkilehti 2024`, "TETETTTTEB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantVerdicts(t, tt.text, tt.want) })
	}
}

// A list of the site's news below the text, each headline after its date, the dates
// going down (newest first), in figures of any order ("28. 8. 2024", "2023.10.20",
// "[03-05]"): the site's, whatever the language of the headlines; a history's dates
// going up stay the text's.
func TestDecideDatedFeeds(t *testing.T) {
	const text = `date 2024-09-02 Katedra hydrobiologie vede studenty k terénní práci od prvního semestru, na rybnících i na horských tocích.

Laboratoř planktonu spolupracuje s vodárnami celého kraje a každý rok přijímá dva doktorandy.

`
	tests := []struct{ name, text, want string }{
		{"the department's news, newest first", text + `Aktuality
28. 8. 2024 – Terénní kurz na Skalné: fotografie a výsledky
15. 7. 2024 – Nový grant pro laboratoř planktonu
3. 6. 2024 – Státní závěrečné zkoušky – rozpis komisí
Všechny aktuality »

© Univerzita 2024`, "TETEBBBBBEB"},
		{"the department's news between dots, a link to them all below them", `date 2023-10-02 Oddelek za vodarstvo izobražuje inženirje, ki načrtujejo varstvo pred poplavami in oskrbo z vodo.

Raziskovalci oddelka se posvečajo predvsem napovedovanju visokih voda in obnovi rečnih strug.

Novice oddelka
25. 9. 2023 · Sprejem brucev bo v sredo, 4. oktobra, ob 9. uri v predavalnici P2
12. 9. 2023 · Objavljen razpis za mesto asistenta s področja hidravlike
30. 8. 2023 · Študentska ekipa druga na tekmovanju v modeliranju poplav
Vse novice »`, "TETEBBBBB"},
		{"a clinic's notices, the year first", `date 2023-11-02 当院では、初めての方にも安心して治療を受けていただけるよう、治療の前に必ず時間をかけてご説明しています。

痛みの少ない麻酔を使い、お子さまの治療にも対応しています。

お知らせ
2023.10.20　年末年始の休診日のお知らせ
2023.09.01　土曜日の午後診療を再開しました
2023.07.14　小児歯科のページを更新しました`, "TETEBBBB"},
		{"notices by month and day", text + `通知公告
[03-05] 关于推荐免试研究生夏令营报名的通知
[02-28] 海洋科学系春季学期出海实习安排
[02-20] 学术讲座：南海内波的观测与数值模拟`, "TETEBBBB"},
		{"the department's history, its dates going up", text + `Historie
1. 9. 1991 – Založení katedry
1. 9. 2004 – Otevření laboratoře planktonu
1. 9. 2019 – První doktorandi z ciziny

© Univerzita 2024`, "TETETTTTEB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantVerdicts(t, tt.text, tt.want) })
	}
}

// What a video player leaves in a crawl, its length below its title, its buttons and
// its caption in a block of their own, is the site's.
func TestDecideVideoBlocks(t *testing.T) {
	const lead = `date 2024-03-10 Floodwater covered gardens and parked cars along Mill Row on Sunday morning after the barrier on the river failed for the second time this winter.

`
	const after = `

Residents said the water rose faster than in January, and the council has promised to review every metre of the barrier before the next spring tides.`
	tests := []struct{ name, text, want string }{
		{"a video player", lead + `Video
Watch: Drone footage shows the scale of the flooding
1:48
Autoplay
Floodwater covered gardens and parked cars on Sunday morning` + after, "TEBBBBBET"},
		// a programme's event: its day over its time, its title, its place and its text
		{"an event under its day", lead + `Friday 13 March
19:00
Songs of the old river
St Mary's church · tickets £8
The town choir sings the songs the bargemen sang on the river, and after the concert there is tea in the church hall.` + after, "TETTTTTET"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantVerdicts(t, tt.text, tt.want) })
	}
}
