package source

// readMarkdown reads a Markdown file.
func readMarkdown(s *Source, doc string) []Problem {
	readText(s, doc)
	return nil
}
