/// Reads one HTTP/1.1 response from a ``ClientSocket``, handling interim responses and every body framing.
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
    private var buffer: [UInt8] = []
    private var start = 0
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
        while true {
            let (status, isHTTP10, headers) = try readHead()
            if (100..<200).contains(status), status != 101 { continue }
            var response = HTTPResponse(status: status, headers: headers)
            var closeDelimited = false
            if isHead || HTTPResponseEncoder.statusForbidsBody(status) {
                // No body, whatever the headers say.
            } else if !headers.values(for: "Transfer-Encoding").isEmpty {
                guard HTTPHeadSyntax.listElements(headers.values(for: "Transfer-Encoding")).last == "chunked" else {
                    response.body = try readToEnd()
                    return Outcome(response: response, reusable: false)
                }
                response.body = try readChunked()
            } else if let lengthText = headers["Content-Length"] {
                guard let length = Int(lengthText.split(separator: ",").first?.trimmingOWS() ?? ""), length >= 0 else {
                    throw .malformedResponse("invalid Content-Length \(lengthText)")
                }
                guard length <= maxBodyBytes else { throw .responseTooLarge(limit: maxBodyBytes) }
                response.body = try readExactly(length)
            } else {
                response.body = try readToEnd()
                closeDelimited = true
            }
            let keepAlive = isHTTP10
                ? HTTPHeadSyntax.connectionHas("keep-alive", in: headers)
                : !HTTPHeadSyntax.connectionHas("close", in: headers)
            let reusable = keepAlive && !closeDelimited && status != 101 && start == buffer.count
            return Outcome(response: response, reusable: reusable)
        }
    }

    private mutating func fill() throws(HTTPClientError) -> Int {
        if start > 0, start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        }
        let count = try socket.read(into: &buffer, until: deadline)
        if count > 0 { receivedAnything = true }
        return count
    }

    private mutating func readHead() throws(HTTPClientError) -> (Int, Bool, HTTPHeaders) {
        var scanned = 0
        while true {
            let start = self.start
            let found = buffer.withUnsafeBytes { raw -> (Result<(Int, Bool, HTTPHeaders), HTTPClientError>, Int)? in
                let rest = UnsafeRawBufferPointer(rebasing: raw[start...])
                let (end, resume) = HTTPHeadSyntax.findSectionEnd(in: rest, from: scanned)
                scanned = resume
                guard let end else { return nil }
                return (Self.parseHead(rest, 0..<end), end)
            }
            if let (head, end) = found {
                self.start += end
                return try head.get()
            }
            guard buffer.count - start <= maxHeaderBytes else { throw .malformedResponse("header section too large") }
            guard try fill() > 0 else { throw .connectionClosed }
        }
    }

    private static func parseHead(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Result<(Int, Bool, HTTPHeaders), HTTPClientError> {
        do throws(HTTPProtocolError) {
            let lines = try HTTPHeadSyntax.lines(in: bytes, range)
            guard let statusLine = lines.first else { throw .badRequest("missing status line") }
            let text = HTTPHeadSyntax.string(bytes, statusLine)
            let parts = text.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count >= 2, parts[0].hasPrefix("HTTP/1."), parts[0].count == 8,
                  parts[1].count == 3, let status = Int(parts[1]), status >= 100
            else { throw .badRequest("malformed status line \(text)") }
            let headers = try HTTPHeadSyntax.parseFields(in: bytes, lines: lines.dropFirst())
            return .success((status, parts[0] == "HTTP/1.0", headers))
        } catch {
            return .failure(.malformedResponse(error.reason))
        }
    }

    private mutating func readExactly(_ length: Int) throws(HTTPClientError) -> [UInt8] {
        while buffer.count - start < length {
            guard try fill() > 0 else { throw .connectionClosed }
        }
        defer { start += length }
        return Array(buffer[start..<start + length])
    }

    private mutating func readToEnd() throws(HTTPClientError) -> [UInt8] {
        while try fill() > 0 {
            guard buffer.count - start <= maxBodyBytes else { throw .responseTooLarge(limit: maxBodyBytes) }
        }
        defer { start = buffer.count }
        return Array(buffer[start...])
    }

    private mutating func readChunked() throws(HTTPClientError) -> [UInt8] {
        var decoder = ChunkedBodyDecoder(maxBodyBytes: maxBodyBytes, maxTrailerBytes: maxHeaderBytes)
        var body: [UInt8] = []
        while true {
            let (consumed, outcome) = buffer.withUnsafeBytes { raw in
                decoder.decode(UnsafeRawBufferPointer(rebasing: raw[start...]), into: &body)
            }
            start += consumed
            switch outcome {
            case .done:
                return body
            case let .failure(error):
                if error.status == 413 { throw .responseTooLarge(limit: maxBodyBytes) }
                throw .malformedResponse(error.reason)
            case .needMore:
                guard try fill() > 0 else { throw .connectionClosed }
            }
        }
    }
}
