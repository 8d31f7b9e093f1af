package render

// Line breaking between runes, for text written without spaces.
//
// Chinese and Japanese lines may break between any two characters, and
// Korean ones between syllables, as browsers break them by default (CSS
// word-break: normal). The rules here are the part of Unicode's line
// breaking algorithm (UAX #14) that such text needs, with the kinsoku
// rules of the Chinese and Japanese layout requirements (W3C clreq and
// jlreq): closing brackets, commas, stops and the like never start a line,
// opening brackets never end one. They are hand-written rather than
// generated from the UAX #14 tables because the classes that matter are a
// few short lists, and the tables would add kilobytes to the js/wasm
// renderer to change no break in the specs genui draws. Latin text keeps
// breaking at spaces only (see Paragraph.SetText).

// canBreak reports whether a line may end between the adjacent runes a
// and b, neither a space: one of them is ideographic, b may start a line
// and a may end one.
func canBreak(a, b rune) bool {
	return (ideographic(a) || ideographic(b)) && !noStart(b) && !noEnd(a)
}

// ideographic reports whether r is a character of CJK text that a line
// may break before and after: Han, kana, bopomofo and Hangul, and the
// symbols, punctuation and fullwidth forms of their blocks (UAX #14 class
// ID, which covers whole blocks, assigned or not, and the CJK members of
// OP, CL, EX, IS and NS, which the kinsoku lists then hold back).
func ideographic(r rune) bool {
	if r < 0x1100 {
		return false
	}
	for _, b := range ideographicBlocks {
		if r <= b.hi {
			return r >= b.lo
		}
	}
	return false
}

// ideographicBlocks are the code point ranges ideographic accepts, in
// ascending order.
var ideographicBlocks = [...]struct{ lo, hi rune }{
	{0x1100, 0x11ff},   // Hangul jamo
	{0x2e80, 0x312f},   // CJK radicals, ideographic description, CJK symbols and punctuation, kana, bopomofo
	{0x3130, 0x9fff},   // Hangul compatibility jamo, kanbun, CJK strokes, enclosed CJK, CJK compatibility, Han
	{0xa960, 0xa97f},   // Hangul jamo extended-A
	{0xac00, 0xd7ff},   // Hangul syllables, jamo extended-B
	{0xf900, 0xfaff},   // CJK compatibility ideographs
	{0xfe10, 0xfe1f},   // vertical forms
	{0xfe30, 0xfe6f},   // CJK compatibility forms, small form variants
	{0xff01, 0xffe6},   // halfwidth and fullwidth forms
	{0x1b000, 0x1b16f}, // kana supplement and extended
	{0x20000, 0x3fffd}, // Han planes
}

// noStart reports whether r may not begin a line: closing brackets and
// quotes, commas, stops, colons, marks of exclamation and question,
// iteration marks, the prolonged sound mark and small kana (clreq's and
// jlreq's line-start prohibition), and the ellipses, which never break
// from what they follow (UAX #14 class IN).
func noStart(r rune) bool { return inSorted(noStartRunes, r) }

// noEnd reports whether r may not end a line: opening brackets and quotes
// (UAX #14 class OP and the opening quotes) and currency signs that go
// before a figure.
func noEnd(r rune) bool { return inSorted(noEndRunes, r) }

// The kinsoku lists, each in code point order.
var (
	noStartRunes = []rune("!),.:;?]}°·’”‥…‧‰′″℃、。々〉》」』】" +
		"〕〗〙〛〜〞〟〻ぁぃぅぇぉっゃゅょゎゕゖ゛゜゠ァィゥェォ" +
		"ッャュョヮヵヶ・ーヽヾㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ︐" +
		"︑︒︓︔︕︖︗︘︙︰︶︸︺︼︾﹀﹂﹄﹈﹐﹑﹒﹔﹕﹖﹗﹚﹜" +
		"﹞！％），．：；？］｝～｠｡｣､･ｰﾞﾟ￠")
	noEndRunes = []rune("([{‘“〈《「『【〔〖〘〚〝︵︷︹︻︽︿﹁﹃﹇﹙﹛﹝＄（［｛｟｢￡￥")
)

// inSorted reports whether r is in the ascending list rs.
func inSorted(rs []rune, r rune) bool {
	lo, hi := 0, len(rs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if rs[m] < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(rs) && rs[lo] == r
}
