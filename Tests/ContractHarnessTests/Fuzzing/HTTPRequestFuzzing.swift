@testable import Wire

/// The `http-request` fuzz target's check (fuzz/run), replayed on kept inputs by ``FuzzRegressionTests``: the
/// request parser fed the way a connection feeds it. The first byte picks how the rest is cut into reads, and
/// what the parser makes of the input must not depend on that.
enum HTTPRequestFuzzing {
    /// A problem with how `bytes` was handled, or nil.
    static func check(_ bytes: [UInt8]) -> String? {
        guard let first = bytes.first else { return nil }
        let step = Int(first % 64) + 1
        let whole = events(bytes.dropFirst(), step: bytes.count)
        let cut = events(bytes.dropFirst(), step: step)
        guard whole == cut else { return "events depend on how the input is cut (step \(step)): \(whole) vs \(cut)" }
        return whole.first { $0.hasPrefix("problem") }
    }

    /// Feeds `input` in reads of `step` bytes, keeping unconsumed bytes as the connection does; returns what
    /// the parser reported, in order.
    static func events(_ input: ArraySlice<UInt8>, step: Int) -> [String] {
        var parser = HTTPRequestParser(limits: .init(maxHeaderBytes: 2048, maxBodyBytes: 4096))
        var buffered: [UInt8] = []
        var seen: [String] = []
        var offset = input.startIndex
        while offset < input.endIndex {
            let end = min(offset + step, input.endIndex)
            buffered += input[offset..<end]
            offset = end
            while true {
                let (consumed, event) = buffered.withUnsafeBytes { parser.parse($0) }
                guard consumed <= buffered.count else { return seen + ["problem: consumed \(consumed) of \(buffered.count) bytes"] }
                buffered.removeFirst(consumed)
                switch event {
                case .needMore:
                    break
                case .expectsContinue:
                    continue // Depends on how the input is cut, by design.
                case let .request(parsed):
                    let request = parsed.request
                    _ = (request.path, request.queryItems, request.bodyText)
                    seen.append("request \(request.method) \(request.target) \(request.headers.count) \(request.body.count) \(request.trailers.count) \(parsed.keepAlive)")
                    continue
                case let .failure(error):
                    guard [400, 413, 417, 431, 501, 505].contains(error.status) else { return seen + ["problem: status \(error.status)"] }
                    return seen + ["failure \(error.status) \(error.reason)"]
                }
                break
            }
        }
        return seen
    }
}
