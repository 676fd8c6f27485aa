// Fuzz target: the HTTP/1.1 request parser (heads, Content-Length and chunked bodies, trailers), fed the way
// a connection feeds it. The first byte picks how the rest is cut into reads; the events must not depend on it.
@testable import Wire

/// Feeds `input` to a fresh parser in reads of `step` bytes, keeping unconsumed bytes as the connection does.
func events(_ input: ArraySlice<UInt8>, step: Int) -> [String] {
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
            precondition(consumed <= buffered.count, "consumed more than offered")
            buffered.removeFirst(consumed)
            switch event {
            case .needMore:
                break
            case .expectsContinue:
                continue // Depends on how the input is cut, by design.
            case let .request(parsed):
                let request = parsed.request
                _ = (request.path, request.queryItems, request.bodyText, request.headers.values(for: "Host"))
                seen.append("\(request.method) \(request.target) \(request.headers.count) \(request.body.count) \(request.trailers.count) \(parsed.keepAlive)")
                continue
            case let .failure(error):
                precondition([400, 413, 417, 431, 501, 505].contains(error.status), "unexpected status \(error.status)")
                seen.append("failure \(error.status)")
                return seen
            }
            break
        }
    }
    return seen
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTTPRequest(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let step = Int(bytes[0] % 64) + 1
    let whole = events(bytes[1...], step: max(1, size))
    let cut = events(bytes[1...], step: step)
    precondition(whole == cut, "events depend on how the input is cut: \(whole) vs \(cut) (step \(step))")
    return 0
}
