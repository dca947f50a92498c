// Package seeds embeds the example corpus that factlint checks when it is
// given no paths: five articles about the Japan–Vietnam summit of April
// 2025, with a manifest of their publication dates.
package seeds

import "embed"

// FS holds the articles and their sources.yaml manifest.
//
//go:embed *.txt sources.yaml
var FS embed.FS
