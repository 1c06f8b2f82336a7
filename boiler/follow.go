package boiler

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// Calls to follow the site elsewhere name where: an account by its handle, a social
// network or a messaging app, an app's stores. They are short, and written as
// sentences in each outlet's own words, so the wording lists alone miss many.

// maxHandleWords is the most words of a line that names an account to follow.
const maxHandleWords = 25

// handle is an account's name on a social network, "@" and at least three letters,
// digits or underscores, at a word's start, after an opening bracket (Japanese's
// "「") or a colon (not an e-mail address's domain).
var handle = regexp.MustCompile(`(^|[\s(「『【（:：])@[\pL\pN_]{3,}`)

// namesHandle tells whether a line of at most maxHandleWords words names an account to
// follow ("Follow @pampaherald for the latest", "@steppecourier_sport — results"); one
// that starts with a reader's name is a reply to them (replyMention), and a decorator
// names none.
func namesHandle(text string, words int) bool {
	if words > maxHandleWords || !strings.Contains(text, "@") || replyMention(text) {
		return false
	}
	for _, at := range handle.FindAllStringIndex(text, -1) {
		if rest := text[at[1]:]; !decorator(rest) {
			return true
		}
	}
	return false
}

// decorator tells whether what follows a handle makes it Python's decorator in code or
// in prose about it ("@job(retry=…)", "@app.task(timeout=30)", "the @periodic
// decorator"); a handle may hold dots ("@maya.b.photo").
func decorator(rest string) bool {
	return strings.HasPrefix(rest, "(") || attribute.MatchString(rest) || strings.HasPrefix(strings.TrimSpace(rest), "decorator")
}

// attribute is a dot, a name and a bracket right after a handle: code's
// "@app.task(…)".
var attribute = regexp.MustCompile(`^\.[\pL_][\pL\pN_]*\(`)

// maxNetworkWords is the most words of a line that names a social network or a
// messaging app and is a call to follow the site there.
const maxNetworkWords = 12

// networks are the names of social networks and messaging apps that sites ask readers
// to follow them on (not the words "signal" and "threads", which prose uses), in Latin,
// Cyrillic, Arabic, Hangul and Indian scripts' letters, lower case, without the
// joiners some sites put inside them.
var networks = map[string]bool{"telegram": true, "whatsapp": true, "viber": true, "zalo": true, "kakaotalk": true,
	"instagram": true, "facebook": true, "youtube": true, "tiktok": true, "bluesky": true, "mastodon": true,
	"linkedin": true, "pinterest": true, "snapchat": true, "wechat": true, "weibo": true, "телеграм": true,
	"вайбер": true, "фейсбук": true, "инстаграм": true, "інстаграм": true, "ютуб": true, "тикток": true,
	"тікток": true, "تيليغرام": true, "تلگرام": true, "واتساب": true, "فيسبوك": true, "إنستغرام": true, "يوتيوب": true,
	"카카오톡": true, "유튜브": true, "인스타그램": true, "페이스북": true, "텔레그램": true, "틱톡": true,
	"यूट्यूब": true, "फेसबुक": true, "इंस्टाग्राम": true, "टेलीग्राम": true, "व्हाट्सएप": true,
	"ফেসবুক": true, "হোয়াটসঅ্যাপ": true, "ইউটিউব": true, "টেলিগ্রাম": true,
	"ਵਟਸਐਪ": true, "ਫੇਸਬੁੱਕ": true, "ਯੂਟਿਊਬ": true, "વોટ્સએપ": true, "ફેસબુક": true, "યુટ્યુબ": true,
	"ஃபேஸ்புக்": true, "வாட்ஸ்அப்": true, "யூடியூப்": true, "டெலிகிராம்": true,
	"వాట్సాప్": true, "ఫేస్బుక్": true, "యూట్యూబ్": true, "టెలిగ్రామ్": true,
	"ವಾಟ್ಸಾಪ್": true, "ಫೇಸ್ಬುಕ್": true, "ಯೂಟ್ಯೂಬ್": true, "ಟೆಲಿಗ್ರಾಮ್": true,
	"വാട്സാപ്പ്": true, "വാട്സ്ആപ്പ്": true, "ഫേസ്ബുക്ക്": true, "യൂട്യൂബ്": true, "ടെലഗ്രാം": true,
	"ټېليګرام": true, "ټلګرام": true, "واټساپ": true, "فېسبوک": true, "فیسبوک": true, "یوټیوب": true,
	"واتساپ": true, "اینستاگرام": true, "یوتیوب": true}

// caseEndings are the endings a network's name takes in a sentence of a language with
// cases ("na Facebooku", "в Телеграмі"; not "YouTuber"), longest first, and Korean's
// particles glued to it ("카카오톡에서", "유튜브를").
var caseEndings = []string{"ie", "om", "em", "ом", "ем", "u", "a", "e", "i", "y", "у", "е", "і", "и", "а",
	"에서", "으로", "에", "를", "을", "의", "로", "도"}

// namesNetwork tells whether a short line that is no question and gives no phone
// number names a social network or a messaging app as a word of its own, or with a
// case's ending: a call to follow ("JOIN OUR ZALO OFFICIAL ACCOUNT", "Lotus Bulletin
// English on Zalo for news alerts"). norm is the line's normal form, in lower case.
func namesNetwork(text, norm string, words int) bool {
	if words > maxNetworkWords || strings.Contains(text, "?") || phoneDigits.MatchString(text) {
		return false
	}
	for _, w := range strings.FieldsFunc(norm, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) && !joiner(r) }) {
		w = strings.Map(func(r rune) rune {
			if joiner(r) {
				return -1
			}
			return r
		}, w)
		if networks[w] || slices.ContainsFunc(caseEndings, func(e string) bool { return strings.HasSuffix(w, e) && networks[strings.TrimSuffix(w, e)] }) {
			return true
		}
	}
	return false
}

// appStore names the stores or systems a site's app is offered in: both systems, or a
// store ("Download our app for iOS and Android", "Get it on Google Play").
var appStore = regexp.MustCompile(`(?i)\bios\b.*\bandroid\b|\bandroid\b.*\bios\b|app store|google play|appgallery`)

// appPrompt tells whether a line of at most maxHandleWords words offers the site's app:
// it names the stores or both systems, and is no field of the text's specifications
// ("Compatibility | Android 9 or later, iOS 15 or later", "App: Brisko Home (iOS,
// Android)").
func appPrompt(text, norm string, words int) bool {
	if words > maxHandleWords || !slices.ContainsFunc([]string{"android", "app store", "google play", "appgallery"}, func(s string) bool { return strings.Contains(norm, s) }) {
		return false // no system's name nor a store's (a cheap test first)
	}
	_, field := fieldValue(strings.TrimSpace(text))
	return !field && !strings.ContainsAny(text, "|\t") && appStore.MatchString(text)
}

// phoneDigits is a run of digits as a phone number gives it ("067 410 22 15").
var phoneDigits = regexp.MustCompile(`\d{3}[\s-]?\d{2}`)

// replyMention tells whether a line starts with a reader's name after an "@", a
// capital first: a reply in a thread of comments ("@Chema Ya está en la estantería.").
func replyMention(text string) bool {
	name, ok := strings.CutPrefix(text, "@")
	return ok && handle.MatchString(text) && startsUpper(name)
}

// joiner tells whether r is a zero-width (non-)joiner, which Indian scripts and Persian
// put inside words.
func joiner(r rune) bool { return r == '\u200c' || r == '\u200d' }
