import Foundation
import Providers
import StructuredData
import Wire

/// `smscontract specs from-recordings`: turns recorded HTTP exchanges (the proxy's cassettes, or any
/// cassette without captures) into spec files — ids the app reused become captures, values that change
/// per call become matchers, credentials stay `{{credentials.NAME}}` placeholders.
///
/// The seed reference names the provider's own document (so `lint` accepts it) with a section that
/// starts `TODO:`: the generator cannot know which documented case the traffic shows, and every
/// expectation is marked `assumed` (recorded, not read from the document) until someone checks it.
public struct RecordedSpecGenerator: Sendable {
    /// A spec made from recordings: its id, the file name to write it under, and its JSON.
    public struct GeneratedSpec: Sendable {
        /// `provider/recorded-…`.
        public var id: String
        /// `recorded-….json`.
        public var fileName: String
        /// The spec, in the order a person reads it.
        public var json: JSONValue
    }

    /// Request headers a client library adds by itself: not part of what the app means to send.
    static let clientHeaders: Set<String> = ["host", "content-length", "transfer-encoding", "connection", "keep-alive", "user-agent",
                                             "accept", "accept-encoding", "te", "expect"]
    /// The section every generated spec's seed reference carries until a person names the real one.
    public static let sectionPlaceholder = "TODO: name the section of the document this recorded case shows"

    /// The provider the cassettes are for.
    public let provider: ProviderDescriptor
    private let volatile: [JSONPathPattern]

    /// Creates a generator for `provider`.
    public init(provider: ProviderDescriptor) {
        self.provider = provider
        volatile = provider.volatileBodyPaths.compactMap { try? JSONPathPattern(parsing: $0) }
    }

    /// The specs for `cassettes` (only the provider's): HTTP exchanges chained by the ids they share, one
    /// spec per email; and a note per thing left out.
    public func specs(from cassettes: [Cassette]) -> (specs: [GeneratedSpec], notes: [String]) {
        var exchanges: [RecordedExchangeChain.Exchange] = []
        var emails: [GeneratedSpec] = []
        var notes: [String] = []
        for cassette in cassettes.sorted(by: { $0.spec < $1.spec }) where cassette.provider == provider.id {
            for interaction in cassette.interactions {
                switch interaction.exchange {
                case .http(let request, let response) where response.status > 0:
                    exchanges.append(.init(cassette: cassette.spec, target: cassette.target, recordedAt: cassette.recordedAt, request: request, response: response))
                case .http:
                    notes.append("\(cassette.spec): \(interaction.step) got no HTTP response; left out")
                case .email(let message, let replies):
                    emails.append(emailSpec(cassette: cassette, message: message, replies: replies))
                case .callbacks:
                    break
                }
            }
        }
        let chains = RecordedExchangeChain.group(exchanges, volatile: volatile)
        return (chains.compactMap(spec(for:)) + emails, notes)
    }

    private func spec(for chain: RecordedExchangeChain) -> GeneratedSpec? {
        guard let first = chain.exchanges.first else { return nil }
        let name = Self.specName(forCassette: first.cassette)
        var stepNames: [String] = []
        var steps: [JSONValue] = []
        var sends = false
        // Only ids a later request names become captures; the others stay matchers.
        let used = chain.produced.filter { produced in
            chain.exchanges.dropFirst(produced.step + 1).contains { RecordedExchangeChain.requestTokens($0.request).contains(produced.value) }
        }
        var summaries: [String] = []
        var timeAdvanced = false
        for (index, exchange) in chain.exchanges.enumerated() {
            let stepName = Self.unique(Self.stepName(exchange.request), in: &stepNames)
            let earlier = used.filter { $0.step < index }
            let gap = index == 0 ? nil : RecordedTimeGap.seconds(from: chain.exchanges[index - 1].recordedAt, to: exchange.recordedAt)
            if gap != nil { timeAdvanced = true }
            steps.append(step(exchange, name: stepName, advance: gap, captures: used.filter { $0.step == index }, earlier: earlier))
            summaries.append("\(exchange.request.method) \(Self.substituting(earlier, in: Self.pathOnly(exchange.request.path))) → \(exchange.response.status)")
            if let request = Self.httpRequest(exchange.request), !provider.destinationNumbers.extract(.http(request)).isEmpty { sends = true }
        }
        let summary = summaries.joined(separator: ", ")
        let sources = chain.exchanges.map(\.cassette)
        return document(name: name, title: "Recorded traffic: \(summary)", sends: sends, target: first.target, recordedAt: first.recordedAt,
                        sources: sources, steps: steps, timeAdvanced: timeAdvanced)
    }

    /// A spec file's members in reading order, the seed section left for a person to name. A spec whose
    /// steps move the fake clock (`timeAdvanced`) is `live: never`: only a fake's time can be moved.
    func document(name: String, title: String, sends: Bool, target: String, recordedAt: String, sources: [String], steps: [JSONValue],
                  timeAdvanced: Bool = false) -> GeneratedSpec {
        let id = "\(provider.id)/\(name)"
        var notes = ["Generated by smscontract specs from-recordings from \(sources.joined(separator: ", ")).",
                     "Name the seed section this case encodes in place of the TODO."]
        if timeAdvanced { notes.append(RecordedTimeGap.note) }
        let json: JSONValue = [
            "id": .string(id),
            "provider": .string(provider.id),
            "title": .string(title),
            "seed": ["file": .string(provider.seedFile), "section": .string(Self.sectionPlaceholder)],
            "live": .string(timeAdvanced ? "never" : sends ? "sends" : "safe"),
            "assumed": [.string("Every expectation was recorded from traffic (\(target), \(recordedAt)), not read from \(provider.seedFile); check each against the document.")],
            "notes": .array(notes.map(JSONValue.string)),
            "steps": .array(steps),
        ]
        return GeneratedSpec(id: id, fileName: name + ".json", json: json)
    }

    /// `recorded-<start>-<n>` from a proxy cassette's id (`proxy-<start>-<n>`), or `recorded-<name>`.
    static func specName(forCassette id: String) -> String {
        let base = id.split(separator: "/").last.map(String.init) ?? id
        return base.hasPrefix("proxy-") ? "recorded-" + base.dropFirst("proxy-".count) : "recorded-" + base
    }

    /// One step: `advance` is the fake time to move first (the recorded gap since the step before), if any.
    private func step(_ exchange: RecordedExchangeChain.Exchange, name: String, advance: Double?, captures: [RecordedExchangeChain.ProducedID],
                      earlier: [RecordedExchangeChain.ProducedID]) -> JSONValue {
        let substitute = { (text: String) in Self.substituting(earlier, in: text) }
        var request: JSONObject = ["method": .string(exchange.request.method)]
        let (path, query) = Self.split(exchange.request.path)
        request["path"] = .string(substitute(path))
        if !query.isEmpty { request["query"] = .object(JSONObject(query.map { ($0.name, .string(substitute($0.value))) })) }
        let headers = exchange.request.headers.members.filter { !Self.clientHeaders.contains($0.key.lowercased()) }
            .compactMap { key, value -> (String, JSONValue)? in value.stringValue.map { (key, .string(substitute($0))) } }
        if !headers.isEmpty { request["headers"] = .object(JSONObject(headers)) }
        switch exchange.request.body {
        case .none, .base64: break
        case .json(let value): request["json"] = Self.substitutingValues(earlier, in: value)
        case .text(let text): request["text"] = .string(substitute(text))
        case .xml(let mapping):
            if let element = try? XMLJSONMapping.element(from: mapping) {
                request["text"] = .string(substitute("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + XMLWriter.string(element)))
            }
        case .form(let fields):
            // Encoded first, then substituted: an encoded `{{name}}` (`%7B%7Bname%7D%7D`) would never be filled in.
            let pairs = (fields.objectValue?.members ?? []).map { "\(QueryEncoding.encode($0.key))=\(QueryEncoding.encode($0.value.stringValue ?? ""))" }
            request["text"] = .string(substitute(pairs.joined(separator: "&")))
        }
        var expect: JSONObject = ["status": .integer(exchange.response.status)]
        if let type = exchange.response.headers.members.first(where: { $0.key.lowercased() == "content-type" })?.value.stringValue {
            expect["headers"] = ["Content-Type": .string(type)]
        }
        switch exchange.response.body {
        case .json(let value): expect["json"] = ExpectationInference.expected(Self.substitutingValues(earlier, in: value), volatile: volatile)
        case .xml(let value): expect["xml"] = ExpectationInference.expected(Self.substitutingValues(earlier, in: value), volatile: volatile)
        case .text(let text): expect["text"] = .string(substitute(text))
        case .form, .none, .base64: break
        }
        var step: JSONObject = ["name": .string(name)]
        if let advance { step["fake"] = ["advance_seconds": .number(advance)] }  // Before the request, where a spec author writes it.
        step["request"] = .object(request)
        step["expect"] = .object(expect)
        if !captures.isEmpty {
            step["capture"] = .object(JSONObject(captures.map { ($0.name, .string($0.path.description)) }))
        }
        return .object(step)
    }

    /// `text` with each whole token that is an earlier step's id replaced by its `{{capture}}`.
    static func substituting(_ ids: [RecordedExchangeChain.ProducedID], in text: String) -> String {
        guard !ids.isEmpty else { return text }
        return IdentifierTokens.replacing(in: text) { token in ids.first { $0.value == token }.map { "{{\($0.name)}}" } }
    }

    /// A JSON value with earlier ids replaced: a value that is exactly an id becomes `"{{name}}"` (the
    /// captured value with its JSON type), ids inside longer strings become text.
    static func substitutingValues(_ ids: [RecordedExchangeChain.ProducedID], in value: JSONValue) -> JSONValue {
        guard !ids.isEmpty else { return value }
        switch value {
        case .string(let text):
            if let id = ids.first(where: { $0.value == text }) { return .string("{{\(id.name)}}") }
            return .string(substituting(ids, in: text))
        case .number:
            if let text = value.intValue.map(String.init), let id = ids.first(where: { $0.value == text }) { return .string("{{\(id.name)}}") }
            return value
        case .array(let elements):
            return .array(elements.map { substitutingValues(ids, in: $0) })
        case .object(let object):
            var rewritten = JSONObject()
            for (key, member) in object { rewritten[key] = substitutingValues(ids, in: member) }
            return .object(rewritten)
        case .null, .bool:
            return value
        }
    }

    /// `post-sms`, `get-sms`: the method and the path's first two segments.
    static func stepName(_ request: RecordedRequest) -> String {
        let segments = pathOnly(request.path).split(separator: "/").prefix(2).map { segment in
            String(segment.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
        }
        return ([request.method.lowercased()] + segments.filter { !$0.isEmpty && $0.count <= 24 }).joined(separator: "-")
    }

    private static func unique(_ name: String, in names: inout [String]) -> String {
        var candidate = name
        var suffix = 2
        while names.contains(candidate) {
            candidate = "\(name)-\(suffix)"
            suffix += 1
        }
        names.append(candidate)
        return candidate
    }

    private static func pathOnly(_ target: String) -> String {
        String(target.prefix { $0 != "?" })
    }

    private static func split(_ target: String) -> (String, [(name: String, value: String)]) {
        let request = HTTPRequest(method: "GET", target: target)
        return (request.path, request.queryItems)
    }

    /// The request as the send guard reads it (credentials still placeholders).
    private static func httpRequest(_ recorded: RecordedRequest) -> HTTPRequest? {
        var headers = HTTPHeaders()
        for (name, value) in recorded.headers { if let text = value.stringValue { headers.add(name: name, value: text) } }
        // The body as it went over the wire (a form too, so a form-encoded send is seen as one).
        let body: [UInt8] = if case .base64 = recorded.body { [] } else { recorded.body.wireText.map { Array($0.utf8) } ?? [] }
        return HTTPRequest(method: recorded.method, target: recorded.path, headers: headers, body: body)
    }
}
