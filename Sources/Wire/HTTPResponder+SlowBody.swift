import Dispatch

extension HTTPResponder {
    /// Sends `response` with its full `Content-Length` but only the first of `parts` pieces of its
    /// body, then each further piece `interval` later — a slow body, for testing clients' read
    /// timeouts. Meant for a client that does not pipeline: a later pipelined answer could be
    /// written between the pieces.
    public func sendSlowly(_ response: HTTPResponse, parts: Int, interval: Duration) {
        let body = response.body
        let count = max(1, min(parts, max(1, body.count)))
        let size = (body.count + count - 1) / max(1, count)
        let pieces = stride(from: 0, to: body.count, by: max(1, size)).map { Array(body[$0..<min($0 + size, body.count)]) }
        var head = response
        head.headers["Content-Length"] = String(body.count)
        head.body = pieces.first ?? []
        send(head)
        let nanoseconds = max(0, interval.components.seconds * 1_000_000_000 + interval.components.attoseconds / 1_000_000_000)
        for (index, piece) in pieces.enumerated().dropFirst() {
            DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Int(nanoseconds) * index)) { [connection] in
                connection.execute { _, context in
                    context.write(piece)
                    return .continue
                }
            }
        }
    }
}
