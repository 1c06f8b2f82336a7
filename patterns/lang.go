package patterns

import "strings"

// Until the lang package lands: IS_STOP false, LIKE_NUM on digits alone.
// TODO(patterns): lang.IsStop and lang.LikeNum.
func isStop(lang, word string) bool { return false }

func likeNum(lang, s string) bool {
	for _, sign := range []string{"+", "-", "±", "~"} {
		if t, ok := strings.CutPrefix(s, sign); ok {
			s = t
			break
		}
	}
	return isDigit(numberMarks.Replace(s))
}

var numberMarks = strings.NewReplacer(",", "", ".", "")
