import StructuredData

/// Decodes a step's `callbacks`: `{"within_seconds": 5, "expect": [{"method", "path", "headers", "json" | "xml" | "form" | "text", "json_match"}]}`.
enum CallbacksStepDecoder {
    static let fields = ["within_seconds", "expect"]
    static let callbackFields = ["method", "path", "headers", "json", "xml", "form", "text", "json_match"]

    static func decode(_ value: JSONValue, at path: JSONPath, knownNames: Set<String>, reader: inout SpecFieldReader) -> CallbacksExpectation? {
        guard let object = reader.object(value, at: path) else { return nil }
        reader.rejectUnknownKeys(object, at: path, allowed: fields)
        var within = 5.0
        if let seconds = object["within_seconds"] {
            if let number = seconds.numberValue, number >= 0, number <= 600 {
                within = number
            } else {
                reader.report(path.appending("within_seconds"), "expected a number of seconds from 0 to 600")
            }
        }
        var expected: [ExpectedCallback] = []
        for (index, entry) in (reader.array(object["expect"], at: path.appending("expect")) ?? []).enumerated() {
            let entryPath = path.appending("expect").appending(index)
            guard let callback = reader.object(entry, at: entryPath) else { continue }
            reader.rejectUnknownKeys(callback, at: entryPath, allowed: callbackFields)
            let method = reader.string(callback["method"], at: entryPath.appending("method"), required: false)
            let target = reader.string(callback["path"], at: entryPath.appending("path"), required: false)
            var headers: [(name: String, value: JSONValue)] = []
            for (name, header) in reader.object(callback["headers"], at: entryPath.appending("headers"), required: false) ?? JSONObject() {
                if header.stringValue == nil && !ValueMatcher.isMatcher(header) {
                    reader.report(entryPath.appending("headers").appending(name), "expected a string or a {\"$match\": …} matcher, got \(header.typeName)")
                }
                headers.append((name, header))
            }
            let exact = callback["json_match"]?.stringValue == "exact"
            if let match = callback["json_match"], match.stringValue != "exact", match.stringValue != "subset" {
                reader.report(entryPath.appending("json_match"), "expected \"subset\" (the default: more members are allowed) or \"exact\"")
            }
            let kinds = ["json", "xml", "form", "text"].filter { callback[$0] != nil }
            var body: BodyExpectation?
            if kinds.count > 1 {
                reader.report(entryPath.appending(kinds[1]), "expect the body as one of json, xml, form or text")
            } else if let json = callback["json"] {
                body = .json(json, exact: exact)
            } else if let form = callback["form"] {
                if form.objectValue == nil { reader.report(entryPath.appending("form"), "expected the form's fields as an object") }
                body = .form(form, exact: exact)
            } else if let xml = callback["xml"] {
                body = SpecStepDecoder.decodeXMLExpectation(xml, at: entryPath.appending("xml"), exact: exact, reader: &reader)
            } else if let text = callback["text"] {
                if text.stringValue == nil && !ValueMatcher.isMatcher(text) {
                    reader.report(entryPath.appending("text"), "expected a string or a {\"$match\": …} matcher, got \(text.typeName)")
                }
                body = .text(text)
            }
            expected.append(ExpectedCallback(method: method, path: target, headers: headers, body: body))
        }
        MatcherCheck.check(value, at: path, reader: &reader)
        PlaceholderCheck.check(value, at: path, knownNames: knownNames, reader: &reader)
        return CallbacksExpectation(withinSeconds: within, expected: expected)
    }
}
