/// Reads one HTTP/1.1 response from a ``ClientSocket`` (blocking, up to a deadline) by feeding what arrives
/// to an ``HTTPResponseParser``.
struct HTTPResponseReader {
    /// A response and whether its connection can carry another request.
    struct Outcome {
        var response: HTTPResponse
        var reusable: Bool
    }

    let socket: ClientSocket
    let deadline: MonotonicInstant
    let maxHeaderBytes: Int
    let maxBodyBytes: Int
    /// Whether any byte of a response arrived (a reused connection that fails before is safe to retry).
    private(set) var receivedAnything = false

    init(socket: ClientSocket, deadline: MonotonicInstant, maxHeaderBytes: Int = 64 * 1024, maxBodyBytes: Int) {
        self.socket = socket
        self.deadline = deadline
        self.maxHeaderBytes = maxHeaderBytes
        self.maxBodyBytes = maxBodyBytes
    }

    /// Reads the final response to a request (`isHead` for HEAD), skipping `1xx` interim responses.
    mutating func read(isHead: Bool) throws(HTTPClientError) -> Outcome {
        var parser = HTTPResponseParser(isHead: isHead, maxHeaderBytes: maxHeaderBytes, maxBodyBytes: maxBodyBytes)
        var buffer: [UInt8] = []
        while true {
            buffer.removeAll(keepingCapacity: true)
            let count = try socket.read(into: &buffer, until: deadline)
            let event = count > 0 ? buffer.withUnsafeBytes { parser.feed($0) } : parser.inputClosed()
            receivedAnything = parser.receivedAnything
            switch event {
            case .needMore: continue
            case let .complete(response, reusable): return Outcome(response: response, reusable: reusable)
            case let .failure(error): throw error
            }
        }
    }
}
