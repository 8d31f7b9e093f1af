module github.com/genui/genui

go 1.26.8
