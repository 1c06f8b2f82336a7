package boiler

import (
	"strings"
	"testing"
)

func TestNamesHandle(t *testing.T) {
	for text, want := range map[string]bool{
		"For the latest on Argentina's economy, follow @pampaherald": true,
		"Island Compass English → @islandcompass_en":                 true,
		"(@nordlys_news)": true,
		"Write to letters@courier.co.uk with your views.": false, // an e-mail address
		"Doors open @ 7pm": false,
		"@ab said so":      false, // too short for an account
		"@job(retry=RetryPolicy(max_attempts=5))":             false, // a decorator in code
		"@periodic(every=timedelta(minutes=10))":              false,
		"Use the @periodic decorator with a cron expression:": false,
		"The minister, who posts as @jkowal, said in a long thread on Sunday night that the new rules for the ports would be delayed until the spring at the earliest.": false, // too long for a call to follow
	} {
		if got := namesHandle(text, len(strings.Fields(text))); got != want {
			t.Errorf("namesHandle(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestNamesNetwork(t *testing.T) {
	for text, want := range map[string]bool{
		"JOIN OUR ZALO OFFICIAL ACCOUNT":                           true,
		"Get our morning briefing on WhatsApp":                     true,
		"Sledujte nás na Facebooku":                                true,
		"Читайте нас у Телеграмі":                                  true,
		"카카오톡 채널을 추가하세요":                                           true,
		"우리 동네 소식을 가장 빠르게, 카카오톡에서 검색해 주세요":                         true, // a particle glued to the name
		"हमें यूट्यूब पर फॉलो करें":                                true,
		"ఫేస్\u200cబుక్":                                           true, // a joiner inside it
		"ഫേസ്ബുക്ക്":                                               true,
		"Die YouTuberin filmt jeden Tag":                           false,
		"¿Qué opina de las casas que se diseñan para Instagram?":   false, // a question: a subheading
		"Диспетчерська водоканалу: (04593) 2-33-15, Viber 067 410": false, // a phone number
		"Phone signal is patchy. The pub has wifi.":                false,
		"The ministry said on Tuesday that it would ask Telegram to remove the channels, which it says spread false reports about the front.": false, // too long
	} {
		if got := namesNetwork(text, normalise(text), len(strings.Fields(text))); got != want {
			t.Errorf("namesNetwork(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestAppPrompt(t *testing.T) {
	for text, want := range map[string]bool{
		"Download de Polderstem-app voor iOS en Android en ontvang pushberichten.": true,
		"Get it on Google Play": true,
		"Compatibilidad | Android 9 o superior, iOS 15 o superior":  false, // a specification's row
		"App: Brisko Home (iOS, Android)":                           false, // a field
		"The phone runs Android 14 and gets five years of updates.": false,
	} {
		if got := appPrompt(text, normalise(text), len(strings.Fields(text))); got != want {
			t.Errorf("appPrompt(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestReplyMention(t *testing.T) {
	for text, want := range map[string]bool{
		"@Chema Ya está en la estantería de los intocables, tranquilo.": true,
		"@Herr Olschewski Sie sind ein Schatz.":                         true,
		"Follow @pampaherald":                                           false, // a call to follow
		"@ 7pm at the hall":                                             false,
	} {
		if got := replyMention(text); got != want {
			t.Errorf("replyMention(%q) = %v, want %v", text, got, want)
		}
	}
}

// A call to follow in a script without spaces is counted as the wording lists count
// its words (two letters of Japanese to a word), not letter by letter.
func TestDecideHandleInJapanese(t *testing.T) {
	const text = `date 2024-12-02 霞坂市議会は二日、市内を循環するコミュニティーバスの新路線を全会一致で可決した。来年四月から運行を始める。

友だち追加はID「@kirinami_nippo」で検索してください。地域の最新ニュースを毎朝お届けします

市によると、新路線は駅前から市民病院までを結び、一日十二便を運行する。`
	wantVerdicts(t, text, "TEBET")
}
