package boiler

import "testing"

func TestNormalise(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Advertisement", "advertisement"},
		{"Editor’s note:", "editor's note:"},
		{"  ADVERTISEMENT  ", "advertisement"},
		{"2h ago", "#h ago"},
		{"16h ago", "#h ago"},
		{"By Kyiv Post\t", "by kyiv post"},
		{"12.03.2025, 14:27 Uhr", "#.#.#, #:# uhr"},
		{"Publié le 5 mars 2025 à 18h02", "publié le # mars # à #h#"},
		{"• Share on   Facebook |", "share on facebook"},
		{"« Previous No Russian Spies", "previous no russian spies"},
		{"Next » Former NATO Chief", "next » former nato chief"},
		{"— 23:47 —", "#:#"},
		{"١٢ ساعة", "# ساعة"}, // digits of any script
		// fullwidth letters, digits and marks as their ASCII forms, halfwidth katakana as fullwidth
		{"準備時間：１５分", "準備時間: #分"}, // the fullwidth colon as a field's: a colon and a space
		{"材料（２人分）：", "材料(#人分):"},
		{"ＰＲ　ｺﾒﾝﾄ", "pr コメント"},
		{"ΣΧΟΛΙΑ", "σχολια"},
		{"Σχόλια", "σχολια"},
		{"Διαβάστε επίσης", "διαβαστε επισησ"},
		{"أكمل التبرّع", "أكمل التبرع"}, // Arabic without its vowel marks, as lists write it
		{"اقرأ أيضًا", "اقرأ أيضا"},
		{"שָׁלוֹם", "שלום"},  // Hebrew without its points
		{"בן־דוד", "בן־דוד"}, // the maqaf stays
		{"", ""},
	}
	for _, tt := range tests {
		if got := normalise(tt.in); got != tt.want {
			t.Errorf("normalise(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHashLineDiffers(t *testing.T) {
	if hashLine("read next") == hashLine("read more") {
		t.Error("two lines share a hash")
	}
	if hashLine(normalise("2h ago")) != hashLine(normalise("46h Ago")) {
		t.Error("times that differ in digits only hash apart")
	}
}
