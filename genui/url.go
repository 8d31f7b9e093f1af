package genui

import (
	"html"
	"strings"
)

// SafeURL reports whether u may be loaded or followed: an https: or http:
// URL, a relative URL, or (when image is true, for pictures) a
// data:image/… URL. Anything else, javascript:, vbscript:, file:,
// data:text/html and every other scheme, is unsafe, however it is disguised
// with case, white space, control characters or HTML character references.
// The empty string is safe: it loads nothing.
func SafeURL(u string, image bool) bool {
	return urlProblem(u, image) == ""
}

// urlProblem says why u is not safe, or returns "".
func urlProblem(u string, image bool) string {
	if msg := urlSchemeProblem(u, image); msg != "" || !strings.ContainsRune(u, '&') {
		return msg
	}
	// The text may reach a page through HTML that decodes character
	// references ("javascript&#58;…"): judge the decoded form too.
	return urlSchemeProblem(html.UnescapeString(u), image)
}

func urlSchemeProblem(u string, image bool) string {
	for i := range len(u) {
		if c := u[i]; c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
			return "unsafe URL: it contains a control character"
		}
	}
	// Browsers drop tabs and newlines anywhere in a URL and trim leading
	// and trailing spaces; do as they do before reading the scheme.
	if strings.ContainsAny(u, "\t\n\r") {
		u = strings.NewReplacer("\t", "", "\n", "", "\r", "").Replace(u)
	}
	u = strings.Trim(u, " ")
	scheme, rest, ok := urlScheme(u)
	if !ok {
		return "" // relative
	}
	switch strings.ToLower(scheme) {
	case "https", "http":
		return ""
	case "data":
		if image && len(rest) > len("image/") && strings.EqualFold(rest[:len("image/")], "image/") {
			return ""
		}
	}
	allowed := "https:, http: or a relative URL"
	if image {
		allowed = "https:, http:, a relative URL or data:image/*"
	}
	if image && strings.EqualFold(scheme, "data") {
		return "unsafe URL: only data:image/* data: URLs are allowed (want " + allowed + ")"
	}
	return "unsafe URL: scheme \"" + scheme + ":\" is not allowed (want " + allowed + ")"
}

// urlScheme splits a URL into its scheme and the rest, as the URL standard
// reads it: a letter, then letters, digits, '+', '-' or '.', then ':'.
// Without one the URL is relative.
func urlScheme(u string) (scheme, rest string, ok bool) {
	for i := range len(u) {
		c := u[i]
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		case i > 0 && ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.'):
		case i > 0 && c == ':':
			return u[:i], u[i+1:], true
		default:
			return "", "", false
		}
	}
	return "", "", false
}
