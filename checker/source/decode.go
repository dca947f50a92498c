package source

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// signatures of binary formats that may hide in a folder of documents.
var signatures = [][]byte{
	[]byte("\x89PNG\r\n\x1a\n"),
	[]byte("\xff\xd8\xff"), // JPEG
	[]byte("GIF87a"),
	[]byte("GIF89a"),
	[]byte("%PDF-"),
	[]byte("PK\x03\x04"),                       // zip, docx, epub
	[]byte("\x1f\x8b"),                         // gzip
	[]byte("BZh"),                              // bzip2 (followed by a digit, checked below)
	[]byte("\xfd7zXZ\x00"),                     // xz
	[]byte("7z\xbc\xaf\x27\x1c"),               // 7-Zip
	[]byte("Rar!\x1a\x07"),                     // rar
	[]byte("\x28\xb5\x2f\xfd"),                 // zstd
	[]byte("\x7fELF"),                          // executables
	[]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), // old Office files
	[]byte("II*\x00"),                          // TIFF
	[]byte("MM\x00*"),
	[]byte("\x00\x00\x01\x00"), // ICO
	[]byte("wOFF"),
	[]byte("wOF2"),
}

// binaryKind says why data looks binary, or "" when it looks like text.
func binaryKind(data []byte) string {
	if bytes.HasPrefix(data, []byte("\xff\xfe")) || bytes.HasPrefix(data, []byte("\xfe\xff")) {
		return "" // UTF-16 text has NUL bytes of its own
	}
	for _, sig := range signatures {
		if bytes.HasPrefix(data, sig) {
			if string(sig) == "BZh" && (len(data) < 4 || data[3] < '1' || data[3] > '9') {
				continue
			}
			return "binary file (image or archive signature)"
		}
	}
	if len(data) >= 12 && string(data[:4]) == "RIFF" && (string(data[8:12]) == "WEBP" || string(data[8:12]) == "WAVE" || string(data[8:12]) == "AVI ") {
		return "binary file (image or media signature)"
	}
	head := data[:min(len(data), 8<<10)]
	if bytes.IndexByte(head, 0) >= 0 {
		return "binary file (NUL bytes)"
	}
	return ""
}

// decode turns a file's bytes into valid UTF-8: a UTF-8 BOM is dropped,
// UTF-16 with a BOM is converted, and each invalid byte becomes U+FFFD.
// msg describes what was replaced, or is "" when nothing was; bad is the
// offset in doc of the first replacement, or -1. doc may share data's
// memory, which must not change afterwards.
func decode(data []byte) (doc string, msg string, bad int) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		data = data[3:]
	case bytes.HasPrefix(data, []byte("\xff\xfe")):
		return decodeUTF16(data[2:], false)
	case bytes.HasPrefix(data, []byte("\xfe\xff")):
		return decodeUTF16(data[2:], true)
	}
	if utf8.Valid(data) {
		// No copy: a file's bytes are read once and never written again.
		return unsafe.String(unsafe.SliceData(data), len(data)), "", -1
	}
	var b strings.Builder
	b.Grow(len(data) + 16)
	first, n := -1, 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			if first < 0 {
				first, bad = i, b.Len()
			}
			n++
			b.WriteRune(utf8.RuneError)
		} else {
			b.Write(data[i : i+size])
		}
		i += size
	}
	return b.String(), fmt.Sprintf("invalid UTF-8 at byte offset %d (%d bad bytes shown as U+FFFD)", first, n), bad
}

func decodeUTF16(data []byte, bigEndian bool) (string, string, int) {
	u := make([]uint16, len(data)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			u[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
		}
	}
	runes := utf16.Decode(u)
	if len(data)%2 == 0 {
		return string(runes), "", -1
	}
	doc := string(runes)
	return doc + string(utf8.RuneError), fmt.Sprintf("truncated UTF-16 at byte offset %d", len(data)+1), len(doc)
}
