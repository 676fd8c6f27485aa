import Foundation
import StructuredData

/// What the live ledger file holds: the counted requests still inside their window, and the blocks
/// still on, for every provider and target. Times are seconds since 1970.
///
/// `{"version": 1, "requests": [{"provider", "target", "spec", "id", "at", "expires"}],
///   "blocks": [{"provider", "target", "spec", "text", "at", "until"}]}`
struct LiveLedgerState: Equatable {
    /// One request that counts toward a provider's defence.
    struct CountedRequest: Equatable {
        var provider: String
        var target: String
        var spec: String
        var id: String
        var at: Double
        var expires: Double
    }

    /// A block a provider answered with.
    struct Block: Equatable {
        var provider: String
        var target: String
        var spec: String
        var text: String
        var at: Double
        var until: Double
    }

    var requests: [CountedRequest] = []
    var blocks: [Block] = []

    /// Drops what has expired by `now`.
    mutating func prune(now: Double) {
        requests.removeAll { $0.expires <= now }
        blocks.removeAll { $0.until <= now }
    }

    /// The requests counted for `provider` at `target` that are still in their window.
    func requests(provider: String, target: String) -> [CountedRequest] {
        requests.filter { $0.provider == provider && $0.target == target }
    }

    /// The block on `provider` at `target`, if one is on.
    func block(provider: String, target: String) -> Block? {
        blocks.first { $0.provider == provider && $0.target == target }
    }

    // MARK: - File format

    var json: JSONValue {
        [
            "version": 1,
            "requests": .array(requests.map { request in
                ["provider": .string(request.provider), "target": .string(request.target), "spec": .string(request.spec),
                 "id": .string(request.id), "at": .number(request.at), "expires": .number(request.expires)]
            }),
            "blocks": .array(blocks.map { block in
                ["provider": .string(block.provider), "target": .string(block.target), "spec": .string(block.spec),
                 "text": .string(block.text), "at": .number(block.at), "until": .number(block.until)]
            }),
        ]
    }

    /// Reads the file's bytes; an empty file is an empty ledger.
    static func decode(_ bytes: [UInt8], path: String) throws(LiveLedgerError) -> LiveLedgerState {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return LiveLedgerState() }
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            throw LiveLedgerError(path: path, problem: "not valid JSON: \(error)")
        }
        guard value["version"]?.intValue == 1 else {
            throw LiveLedgerError(path: path, problem: "unknown format (expected \"version\": 1)")
        }
        var state = LiveLedgerState()
        for (index, entry) in (value["requests"]?.arrayValue ?? []).enumerated() {
            guard let provider = entry["provider"]?.stringValue, let target = entry["target"]?.stringValue,
                  let at = entry["at"]?.numberValue, let expires = entry["expires"]?.numberValue else {
                throw LiveLedgerError(path: path, problem: "requests[\(index)] lacks provider, target, at or expires")
            }
            state.requests.append(CountedRequest(provider: provider, target: target, spec: entry["spec"]?.stringValue ?? "",
                                                 id: entry["id"]?.stringValue ?? "", at: at, expires: expires))
        }
        for (index, entry) in (value["blocks"]?.arrayValue ?? []).enumerated() {
            guard let provider = entry["provider"]?.stringValue, let target = entry["target"]?.stringValue,
                  let at = entry["at"]?.numberValue, let until = entry["until"]?.numberValue else {
                throw LiveLedgerError(path: path, problem: "blocks[\(index)] lacks provider, target, at or until")
            }
            state.blocks.append(Block(provider: provider, target: target, spec: entry["spec"]?.stringValue ?? "",
                                      text: entry["text"]?.stringValue ?? "", at: at, until: until))
        }
        return state
    }
}
