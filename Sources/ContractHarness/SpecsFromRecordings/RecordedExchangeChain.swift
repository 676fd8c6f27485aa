import Providers
import StructuredData

/// Recorded HTTP exchanges grouped into cases: an exchange whose request names an id an earlier one's
/// response gave out (`GET /sms/<uuid>` after the `POST /sms` that created it) joins that exchange's
/// case; any other starts a case of its own. Each case becomes one spec, the ids becoming captures.
struct RecordedExchangeChain {
    /// One recorded exchange: the cassette it came from and what went over the wire.
    struct Exchange {
        var cassette: String
        var target: String
        var recordedAt: String
        var request: RecordedRequest
        var response: RecordedResponse
    }

    /// An id a response gave out: the value, the step that gave it, where in its body, and the capture name.
    struct ProducedID {
        var value: String
        var step: Int
        var path: JSONPath
        var name: String
    }

    /// The exchanges of one case, in order, and the ids its steps gave out.
    var exchanges: [Exchange] = []
    var produced: [ProducedID] = []

    /// Groups `exchanges` (in recording order) into cases.
    static func group(_ exchanges: [Exchange], volatile patterns: [JSONPathPattern]) -> [RecordedExchangeChain] {
        var chains: [RecordedExchangeChain] = []
        for exchange in exchanges {
            let tokens = Set(requestTokens(exchange.request))
            let index = chains.lastIndex { chain in chain.produced.contains { tokens.contains($0.value) } }
            if let index {
                chains[index].append(exchange, volatile: patterns)
            } else {
                var chain = RecordedExchangeChain()
                chain.append(exchange, volatile: patterns)
                chains.append(chain)
            }
        }
        return chains
    }

    private mutating func append(_ exchange: Exchange, volatile patterns: [JSONPathPattern]) {
        let step = exchanges.count
        exchanges.append(exchange)
        guard let body = exchange.response.body.structured else { return }
        IdentifierTokens.visitLeaves(body) { path, value in
            guard let text = Self.idText(value),
                  patterns.contains(where: { $0.matches(path) }) || ExpectationInference.isUUID(text),
                  !produced.contains(where: { $0.value == text }) else { return }
            produced.append(ProducedID(value: text, step: step, path: path, name: uniqueName(for: path)))
        }
    }

    /// A capture name from the path's last member (`uuid`, `sms_activity_id`), made unique in the case.
    private func uniqueName(for path: JSONPath) -> String {
        var base = ""
        for component in path.components.reversed() {
            if case .key(let key) = component {
                base = String(key.map { $0.isLetter || $0.isNumber ? $0 : "_" })
                break
            }
        }
        if base.isEmpty || base.first?.isNumber == true || base.hasPrefix("credentials") || base == "callbacks" { base = "id" + base }
        var name = base
        var suffix = 2
        while produced.contains(where: { $0.name == name }) {
            name = "\(base)_\(suffix)"
            suffix += 1
        }
        return name
    }

    /// Text that can be an id: strings of 6 or more characters, integers of 6 or more digits.
    static func idText(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text) where text.count >= 6 && !text.contains("{{"): text
        case .number: value.intValue.map(String.init).flatMap { $0.count >= 6 ? $0 : nil }
        default: nil
        }
    }

    /// The whole tokens (runs of letters, digits, `-`, `_`) of a request's target and body.
    static func requestTokens(_ request: RecordedRequest) -> [String] {
        var texts = [request.path]
        switch request.body {
        case .json(let value), .xml(let value), .form(let value): texts.append(JSONWriter.string(value))
        case .text(let text): texts.append(text)
        case .none, .base64: break
        }
        return texts.flatMap(IdentifierTokens.tokens(in:))
    }
}
