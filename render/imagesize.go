package render

import (
	"encoding/base64"
	"encoding/binary"
	"strings"
)

// ImageSize returns the pixel size of a picture given as a base64
// data:image/png, data:image/gif or data:image/jpeg URL, read from the
// file's header; ok is false for any other URL or a header it cannot read.
// Layout uses it for the picture's aspect ratio, identically in every
// backend. It reads headers by hand instead of calling image.DecodeConfig
// so that the js/wasm renderer links no image decoders.
func ImageSize(src string) (w, h int, ok bool) {
	const maxHeader = 64 << 10 // JPEG frame headers follow EXIF data; look this far
	rest, found := strings.CutPrefix(src, "data:")
	if !found {
		return 0, 0, false
	}
	comma := strings.IndexByte(rest, ',')
	if comma < 0 || !strings.HasSuffix(rest[:comma], ";base64") {
		return 0, 0, false
	}
	mediaType := strings.ToLower(strings.TrimSuffix(rest[:comma], ";base64"))
	enc := rest[comma+1:]
	enc = enc[:min(len(enc), base64.StdEncoding.EncodedLen(maxHeader))]
	enc = enc[:len(enc)/4*4]
	data, err := base64.StdEncoding.DecodeString(enc)
	if err != nil && len(data) == 0 {
		return 0, 0, false
	}
	switch mediaType {
	case "image/png":
		if len(data) >= 24 && string(data[1:4]) == "PNG" && string(data[12:16]) == "IHDR" {
			w, h = int(binary.BigEndian.Uint32(data[16:])), int(binary.BigEndian.Uint32(data[20:]))
		}
	case "image/gif":
		if len(data) >= 10 && string(data[:3]) == "GIF" {
			w, h = int(binary.LittleEndian.Uint16(data[6:])), int(binary.LittleEndian.Uint16(data[8:]))
		}
	case "image/jpeg", "image/jpg":
		w, h = jpegSize(data)
	}
	if w <= 0 || h <= 0 || w > 1<<16 || h > 1<<16 {
		return 0, 0, false
	}
	return w, h, true
}

// jpegSize walks JPEG markers to the first start-of-frame segment.
func jpegSize(d []byte) (w, h int) {
	if len(d) < 4 || d[0] != 0xff || d[1] != 0xd8 {
		return 0, 0
	}
	for i := 2; i+9 < len(d); {
		if d[i] != 0xff {
			return 0, 0
		}
		m := d[i+1]
		if m == 0xff { // fill byte
			i++
			continue
		}
		n := int(binary.BigEndian.Uint16(d[i+2:]))
		// SOF0–SOF15, except DHT (c4), JPG (c8) and DAC (cc).
		if m >= 0xc0 && m <= 0xcf && m != 0xc4 && m != 0xc8 && m != 0xcc {
			return int(binary.BigEndian.Uint16(d[i+7:])), int(binary.BigEndian.Uint16(d[i+5:]))
		}
		if n < 2 {
			return 0, 0
		}
		i += 2 + n
	}
	return 0, 0
}
