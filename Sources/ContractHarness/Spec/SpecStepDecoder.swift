import StructuredData

/// Decodes one step of a spec: fake actions, request, expectation and captures.
enum SpecStepDecoder {
    /// Decodes the step at `path`. `knownNames` holds the placeholder names bound so far (credentials and
    /// earlier captures); this step's captures are added to it.
    static func decode(_ value: JSONValue, at path: JSONPath, knownNames: inout Set<String>, reader: inout SpecFieldReader) -> SpecStep? {
        guard let object = reader.object(value, at: path) else { return nil }
        reader.rejectUnknownKeys(object, at: path, allowed: SpecDecoder.stepFields)
        let name = reader.string(object["name"], at: path.appending("name"))
        let fakeActions = decodeFakeActions(object["fake"], at: path.appending("fake"), reader: &reader)
        if let fake = object["fake"] { PlaceholderCheck.check(fake, at: path.appending("fake"), knownNames: knownNames, reader: &reader) }
        let request = object["request"].flatMap { decodeRequest($0, at: path.appending("request"), knownNames: knownNames, reader: &reader) }
        let email = object["email"].flatMap { EmailStepDecoder.decodeEmail($0, at: path.appending("email"), knownNames: knownNames, reader: &reader) }
        let expectation = object["expect"].flatMap { decodeExpectation($0, at: path.appending("expect"), knownNames: knownNames, reader: &reader) }
        let callbacks = object["callbacks"].flatMap { CallbacksStepDecoder.decode($0, at: path.appending("callbacks"), knownNames: knownNames, reader: &reader) }
        var receiverStatus: Int?
        var receiverText: String?
        if let receiver = reader.object(object["receiver"], at: path.appending("receiver"), required: false) {
            reader.rejectUnknownKeys(receiver, at: path.appending("receiver"), allowed: ["status", "text"])
            receiverStatus = reader.integer(receiver["status"], at: path.appending("receiver").appending("status"), in: 200...599)
            if receiver["status"] == nil { reader.report(path.appending("receiver").appending("status"), "required; the status callbacks are answered with") }
            receiverText = reader.string(receiver["text"], at: path.appending("receiver").appending("text"), required: false, nonEmpty: false)
        }
        let sends = object["request"] != nil || object["email"] != nil
        if object["request"] != nil && object["email"] != nil {
            reader.report(path.appending("email"), "a step sends a \"request\" or an \"email\", not both")
        }
        if !sends && object["expect"] != nil {
            reader.report(path.appending("expect"), "an expectation needs a request or an email in the same step")
        }
        if !sends && object["fake"] == nil && object["callbacks"] == nil && object["receiver"] == nil {
            reader.report(path, "a step needs a \"request\", an \"email\", \"fake\" actions, \"callbacks\" to await, or a mix")
        }
        if sends && object["expect"] == nil {
            reader.report(path.appending(object["request"] != nil ? "request" : "email"), "a request or email needs an \"expect\"")
        }
        let captures = decodeCaptures(object["capture"], at: path.appending("capture"), reader: &reader)
        if !captures.isEmpty && object["request"] == nil {
            reader.report(path.appending("capture"), "captures read a response; this step sends no request")
        }
        for capture in captures { knownNames.insert(capture.name) }
        guard let name else { return nil }
        var step = SpecStep(name: name, fakeActions: fakeActions, request: request, email: email, expectation: expectation, captures: captures)
        step.callbacks = callbacks
        step.receiverStatus = receiverStatus
        step.receiverText = receiverText
        return step
    }

    private static func decodeFakeActions(_ value: JSONValue?, at path: JSONPath, reader: inout SpecFieldReader) -> [FakeAction] {
        guard let object = reader.object(value, at: path, required: false) else { return [] }
        reader.rejectUnknownKeys(object, at: path, allowed: SpecDecoder.fakeFields)
        var actions: [FakeAction] = []
        if let accounts = reader.array(object["accounts"], at: path.appending("accounts"), required: false) {
            for (index, account) in accounts.enumerated() where reader.object(account, at: path.appending("accounts").appending(index)) != nil {
                actions.append(.configureAccount(account))
            }
        }
        if let calls = reader.array(object["control"], at: path.appending("control"), required: false) {
            for (index, call) in calls.enumerated() {
                let callPath = path.appending("control").appending(index)
                guard let callObject = reader.object(call, at: callPath) else { continue }
                reader.rejectUnknownKeys(callObject, at: callPath, allowed: SpecDecoder.controlFields)
                let method = reader.string(callObject["method"], at: callPath.appending("method"))
                let target = reader.string(callObject["path"], at: callPath.appending("path"))
                if let target, !target.hasPrefix("/__fake/") {
                    reader.report(callPath.appending("path"), "control calls go to the fake's control API: the path starts with /__fake/")
                }
                if let method, let target { actions.append(.control(method: method, path: target, body: callObject["json"])) }
            }
        }
        if let seconds = object["advance_seconds"] {
            if let number = seconds.numberValue, number >= 0 {
                actions.append(.advanceClock(seconds: number))
            } else {
                reader.report(path.appending("advance_seconds"), "expected a number of seconds ≥ 0, got \(JSONWriter.string(seconds))")
            }
        }
        return actions
    }

    private static func decodeRequest(_ value: JSONValue, at path: JSONPath, knownNames: Set<String>, reader: inout SpecFieldReader) -> RequestTemplate? {
        guard let object = reader.object(value, at: path) else { return nil }
        reader.rejectUnknownKeys(object, at: path, allowed: SpecDecoder.requestFields)
        let method = reader.string(object["method"], at: path.appending("method"))
        if let method, !method.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && !"()<>@,;:\\\"/[]?={} ".utf8.contains($0) }) {
            reader.report(path.appending("method"), "\"\(method)\" is not an HTTP method token")
        }
        let target = reader.string(object["path"], at: path.appending("path"))
        if let target, !target.hasPrefix("/") {
            reader.report(path.appending("path"), "must start with \"/\" (it is relative to the target's base URL)")
        }
        let query = reader.stringPairs(object["query"], at: path.appending("query"))
        let headers = reader.stringPairs(object["headers"], at: path.appending("headers"))
        var body = TemplateBody.none
        if object["json"] != nil && object["text"] != nil {
            reader.report(path.appending("text"), "give the body as \"json\" or as \"text\", not both")
        } else if let json = object["json"] {
            body = .json(json)
        } else if let text = reader.string(object["text"], at: path.appending("text"), required: false, nonEmpty: false) {
            body = .text(text)
        }
        PlaceholderCheck.check(value, at: path, knownNames: knownNames, reader: &reader)
        guard let method, let target else { return nil }
        return RequestTemplate(method: method, path: target, query: query, headers: headers, body: body)
    }

    private static func decodeExpectation(_ value: JSONValue, at path: JSONPath, knownNames: Set<String>, reader: inout SpecFieldReader) -> ResponseExpectation? {
        guard let object = reader.object(value, at: path) else { return nil }
        reader.rejectUnknownKeys(object, at: path, allowed: SpecDecoder.expectFields)
        let status = reader.integer(object["status"], at: path.appending("status"), in: 100...599)
        var headers: [(name: String, value: JSONValue)] = []
        if let headerObject = reader.object(object["headers"], at: path.appending("headers"), required: false) {
            for (name, expected) in headerObject {
                if expected.stringValue == nil && !ValueMatcher.isMatcher(expected) {
                    reader.report(path.appending("headers").appending(name), "expected a string or a {\"$match\": …} matcher, got \(expected.typeName)")
                }
                headers.append((name, expected))
            }
        }
        let exact: Bool
        switch object["json_match"]?.stringValue {
        case nil where object["json_match"] == nil, "subset": exact = false
        case "exact": exact = true
        default:
            reader.report(path.appending("json_match"), "expected \"subset\" (the default: more members are allowed) or \"exact\"")
            exact = false
        }
        var body: BodyExpectation?
        let bodyKinds = ["json", "xml", "text"].filter { object[$0] != nil }
        if bodyKinds.count > 1 {
            reader.report(path.appending(bodyKinds[1]), "expect the body as one of \"json\", \"xml\" or \"text\", not \(bodyKinds.joined(separator: " and "))")
        } else if let json = object["json"] {
            body = .json(json, exact: exact)
        } else if let xml = object["xml"] {
            body = decodeXMLExpectation(xml, at: path.appending("xml"), exact: exact, reader: &reader)
        } else if let text = object["text"] {
            if text.stringValue == nil && !ValueMatcher.isMatcher(text) {
                reader.report(path.appending("text"), "expected a string or a {\"$match\": …} matcher, got \(text.typeName)")
            }
            body = .text(text)
        }
        let outbox = reader.array(object["outbox"], at: path.appending("outbox"), required: false)
        if let outbox {
            for (index, entry) in outbox.enumerated() { _ = reader.object(entry, at: path.appending("outbox").appending(index)) }
        }
        let smtp = object["smtp"].flatMap { EmailStepDecoder.decodeSMTP($0, at: path.appending("smtp"), reader: &reader) }
        var transportError = false
        if let value = object["transport_error"] {
            if value.boolValue == true {
                transportError = true
                if status != nil || body != nil || !headers.isEmpty {
                    reader.report(path.appending("transport_error"), "a request that gets no HTTP response has no status, headers or body to check")
                }
            } else {
                reader.report(path.appending("transport_error"), "expected true: the request must fail without an HTTP response")
            }
        }
        MatcherCheck.check(value, at: path, reader: &reader)
        PlaceholderCheck.check(value, at: path, knownNames: knownNames, reader: &reader)
        // A part given but malformed has its own problem; only an expectation that names no part at all checks nothing.
        if status == nil && object["status"] == nil && bodyKinds.isEmpty && headers.isEmpty && object["outbox"] == nil && object["smtp"] == nil
            && !transportError {
            reader.report(path, "an expectation must check something: status, headers, json, xml, text, smtp, outbox or transport_error")
        }
        var expectation = ResponseExpectation(status: status, headers: headers, body: body, outbox: outbox, smtp: smtp)
        expectation.transportError = transportError
        return expectation
    }

    /// An XML expectation is XML text (compared exactly as written, in its JSON mapping) or the JSON
    /// mapping itself, where matchers may stand for volatile values.
    static func decodeXMLExpectation(_ value: JSONValue, at path: JSONPath, exact: Bool, reader: inout SpecFieldReader) -> BodyExpectation? {
        switch value {
        case .string(let text):
            do {
                let document = try XMLReader.parse(Array(text.utf8))
                return .xml(XMLJSONMapping.json(from: document.root), exact: exact)
            } catch {
                reader.report(path, "not well-formed XML: \(error)")
                return nil
            }
        case .object:
            return .xml(value, exact: exact)
        default:
            reader.report(path, "expected XML text or its JSON mapping (an object), got \(value.typeName)")
            return nil
        }
    }

    private static func decodeCaptures(_ value: JSONValue?, at path: JSONPath, reader: inout SpecFieldReader) -> [Capture] {
        guard let object = reader.object(value, at: path, required: false) else { return [] }
        var captures: [Capture] = []
        for (name, source) in object {
            guard let text = reader.string(source, at: path.appending(name)) else { continue }
            if name.hasPrefix("credentials.") || name.contains("{") || name.contains("}") {
                reader.report(path.appending(name), "a capture name is a plain word, not \"\(name)\"", atKey: true)
            } else if text.lowercased().hasPrefix("header:") {
                captures.append(Capture(name: name, source: .header(String(text.dropFirst("header:".count)))))
            } else if let jsonPath = try? JSONPath(parsing: text) {
                captures.append(Capture(name: name, source: .body(jsonPath)))
            } else {
                reader.report(path.appending(name), "\"\(text)\" is neither a JSON path ($.uuid) nor header:NAME")
            }
        }
        return captures
    }
}
