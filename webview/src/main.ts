// Chat webview entry (being written now).
