package wordnet

//go:generate go run ./internal/wngen/cmd -dict /usr/share/wordnet -out tables.go
