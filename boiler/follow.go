package boiler

import (
	"regexp"
	"strings"
)

// Calls to follow the site elsewhere name where: an account by its handle, a social
// network or a messaging app, an app's stores. They are short, and written as
// sentences in each outlet's own words, so the wording lists alone miss many.

// maxHandleWords is the most words of a line that names an account to follow.
const maxHandleWords = 25

// handle is an account's name on a social network, "@" and at least three letters,
// digits or underscores, at a word's start (not an e-mail address's domain).
var handle = regexp.MustCompile(`(^|[\s(])@[\pL\pN_]{3,}`)

// namesHandle tells whether a line of at most maxHandleWords words names an account to
// follow ("Follow @pampaherald for the latest", "@steppecourier_sport — results"); one
// that starts with a reader's name is a reply to them (replyMention).
func namesHandle(text string, words int) bool {
	return words <= maxHandleWords && !replyMention(text) && handle.MatchString(text)
}

// maxNetworkWords is the most words of a line that names a social network or a
// messaging app and is a call to follow the site there.
const maxNetworkWords = 12

// network is the name of a social network or a messaging app that sites ask readers to
// follow them on (not the words "signal" and "threads", which prose uses), in Latin,
// Cyrillic and Arabic letters, a word of its own but for a case's ending ("na
// Facebooku", "в Телеграмі"; not "YouTuber").
var network = regexp.MustCompile(`(?i)(^|\PL)(telegram|whatsapp|viber|zalo|kakaotalk|instagram|facebook|youtube|tiktok|bluesky|mastodon|linkedin|pinterest|snapchat|wechat|weibo|телеграм|вайбер|фейсбук|инстаграм|інстаграм|ютуб|тикток|тікток|تيليغرام|تلگرام|واتساب|فيسبوك|إنستغرام|يوتيوب)(u|a|e|ie|om|em|i|y|у|е|і|и|а|ом|ем)?(\PL|$)`)

// namesNetwork tells whether a short line that is no question and gives no phone
// number names a social network or a messaging app: a call to follow ("JOIN OUR ZALO
// OFFICIAL ACCOUNT", "Lotus Bulletin English on Zalo for news alerts").
func namesNetwork(text string, words int) bool {
	return words <= maxNetworkWords && !strings.Contains(text, "?") && !phoneDigits.MatchString(text) && network.MatchString(text)
}

// appStore names the stores or systems a site's app is offered in: both systems, or a
// store ("Download our app for iOS and Android", "Get it on Google Play").
var appStore = regexp.MustCompile(`(?i)\bios\b.*\bandroid\b|\bandroid\b.*\bios\b|app store|google play|appgallery`)

// appPrompt tells whether a line of at most maxHandleWords words offers the site's app:
// it names the stores or both systems, and is no field of the text's specifications
// ("Compatibility | Android 9 or later, iOS 15 or later", "App: Brisko Home (iOS,
// Android)").
func appPrompt(text string, words int) bool {
	_, field := fieldValue(strings.TrimSpace(text))
	return words <= maxHandleWords && !field && !strings.ContainsAny(text, "|\t") && appStore.MatchString(text)
}

// phoneDigits is a run of digits as a phone number gives it ("067 410 22 15").
var phoneDigits = regexp.MustCompile(`\d{3}[\s-]?\d{2}`)

// replyMention tells whether a line starts with a reader's name after an "@", a
// capital first: a reply in a thread of comments ("@Chema Ya está en la estantería.").
func replyMention(text string) bool {
	name, ok := strings.CutPrefix(text, "@")
	return ok && handle.MatchString(text) && startsUpper(name)
}
