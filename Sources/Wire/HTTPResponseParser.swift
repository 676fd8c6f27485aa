/// Parses one HTTP/1.1 response from bytes fed to it as they arrive, with no I/O of its own: interim `1xx`
/// responses are skipped, and every body framing is handled (`Content-Length`, chunked with trailers, until
/// the connection closes). The blocking ``HTTPResponseReader`` and the event loop's upstream connections
/// both drive it.
struct HTTPResponseParser {
    /// What a step of parsing produced.
    enum Event: Equatable {
        /// The response is not complete yet: feed more bytes (or ``inputClosed()``).
        case needMore
        /// The final response, de-chunked, and whether its connection can carry another request.
        case complete(HTTPResponse, reusable: Bool)
        /// The response is malformed, too large, or was cut short.
        case failure(HTTPClientError)
    }

    private enum State {
        case head(scanned: Int)
        case fixedLength(Int)
        case chunked(ChunkedBodyDecoder)
        /// The body runs until the server closes the connection.
        case untilClose
        case finished
    }

    let isHead: Bool
    let maxHeaderBytes: Int
    let maxBodyBytes: Int
    private var state = State.head(scanned: 0)
    private var buffer: [UInt8] = []
    private var start = 0
    private var response = HTTPResponse(status: 0)
    private var keepAlive = true
    /// Whether any byte has been fed (a reused connection that fails before is safe to retry).
    private(set) var receivedAnything = false

    /// A parser for the answer to one request; `isHead` for HEAD, whose answer has no body.
    init(isHead: Bool, maxHeaderBytes: Int = 64 * 1024, maxBodyBytes: Int) {
        self.isHead = isHead
        self.maxHeaderBytes = maxHeaderBytes
        self.maxBodyBytes = maxBodyBytes
    }

    /// Takes the next bytes from the connection (copied; `bytes` need not outlive the call).
    mutating func feed(_ bytes: UnsafeRawBufferPointer) -> Event {
        guard !bytes.isEmpty else { return .needMore }
        if case .finished = state { return .failure(.malformedResponse("bytes after the response")) }
        receivedAnything = true
        if start > 0, start == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.capacity <= 1 << 20)
            start = 0
        }
        buffer.append(contentsOf: bytes)
        return advance()
    }

    /// The connection's input ended: completes a body that runs until close, otherwise the response was cut short.
    mutating func inputClosed() -> Event {
        switch state {
        case .untilClose:
            response.body = Array(buffer[start...])
            state = .finished
            return .complete(response, reusable: false)
        case .head, .fixedLength, .chunked, .finished:
            state = .finished
            return .failure(.connectionClosed)
        }
    }

    private mutating func advance() -> Event {
        while true {
            switch state {
            case let .head(scanned):
                guard let event = parseHead(scanned: scanned) else { continue }
                return event
            case let .fixedLength(length):
                guard buffer.count - start >= length else { return .needMore }
                response.body = Array(buffer[start..<start + length])
                start += length
                return finish()
            case var .chunked(decoder):
                let start = self.start
                var body = response.body
                response.body = [] // So appending to `body` does not copy it.
                let (consumed, outcome) = buffer.withUnsafeBytes { raw in
                    decoder.decode(UnsafeRawBufferPointer(rebasing: raw[start...]), into: &body)
                }
                response.body = body
                self.start += consumed
                state = .chunked(decoder)
                switch outcome {
                case .needMore: return .needMore
                case .done: return finish()
                case let .failure(error):
                    state = .finished
                    return .failure(error.status == 413 ? .responseTooLarge(limit: maxBodyBytes) : .malformedResponse(error.reason))
                }
            case .untilClose:
                guard buffer.count - start <= maxBodyBytes else {
                    state = .finished
                    return .failure(.responseTooLarge(limit: maxBodyBytes))
                }
                return .needMore
            case .finished:
                return .needMore
            }
        }
    }

    /// Parses a complete head if there is one and decides the body's framing. Nil means go on (a `1xx` was
    /// skipped, or the body's state is set).
    private mutating func parseHead(scanned: Int) -> Event? {
        let start = self.start
        var resumeAt = scanned
        let found = buffer.withUnsafeBytes { raw -> (Result<(Int, Bool, HTTPHeaders), HTTPClientError>, Int)? in
            let rest = UnsafeRawBufferPointer(rebasing: raw[start...])
            let (end, resume) = HTTPHeadSyntax.findSectionEnd(in: rest, from: scanned)
            resumeAt = resume
            guard let end else { return nil }
            return (Self.parseStatusAndFields(rest, 0..<end), end)
        }
        guard let (parsed, end) = found else {
            state = .head(scanned: resumeAt)
            guard buffer.count - start <= maxHeaderBytes else { return fail(.malformedResponse("header section too large")) }
            return .needMore
        }
        self.start += end
        let status: Int, isHTTP10: Bool, headers: HTTPHeaders
        switch parsed {
        case let .success(head): (status, isHTTP10, headers) = head
        case let .failure(error): return fail(error)
        }
        if (100..<200).contains(status), status != 101 {
            state = .head(scanned: 0)
            return nil
        }
        response = HTTPResponse(status: status, headers: headers)
        keepAlive = status != 101 && (isHTTP10
            ? HTTPHeadSyntax.connectionHas("keep-alive", in: headers)
            : !HTTPHeadSyntax.connectionHas("close", in: headers))
        if isHead || HTTPResponseEncoder.statusForbidsBody(status) {
            return finish() // No body, whatever the headers say.
        }
        if !headers.values(for: "Transfer-Encoding").isEmpty {
            if HTTPHeadSyntax.listElements(headers.values(for: "Transfer-Encoding")).last == "chunked" {
                state = .chunked(ChunkedBodyDecoder(maxBodyBytes: maxBodyBytes, maxTrailerBytes: maxHeaderBytes))
            } else {
                state = .untilClose
            }
        } else if let lengthText = headers["Content-Length"] {
            guard let length = Int(lengthText.split(separator: ",").first?.trimmingOWS() ?? ""), length >= 0 else {
                return fail(.malformedResponse("invalid Content-Length \(lengthText)"))
            }
            guard length <= maxBodyBytes else { return fail(.responseTooLarge(limit: maxBodyBytes)) }
            state = .fixedLength(length)
        } else {
            state = .untilClose
        }
        return nil
    }

    private mutating func finish() -> Event {
        state = .finished
        return .complete(response, reusable: keepAlive && start == buffer.count)
    }

    private mutating func fail(_ error: HTTPClientError) -> Event {
        state = .finished
        return .failure(error)
    }

    /// The status, whether the version is HTTP/1.0, and the fields of the head in `range` (its blank line excluded).
    static func parseStatusAndFields(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Result<(Int, Bool, HTTPHeaders), HTTPClientError> {
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
}
