/// Parses HTTP/1.1 requests incrementally from a byte stream, one message at a time.
///
/// The caller offers the unconsumed input from its start each time; the parser reports how much it consumed.
/// A header section is only consumed once complete, so the caller keeps those bytes and offers them again
/// with more (the parser remembers how far it already searched).
struct HTTPRequestParser {
    /// Size limits.
    struct Limits: Equatable {
        var maxHeaderBytes: Int
        var maxBodyBytes: Int
    }

    /// A complete request and what the connection must know about it.
    struct Parsed: Equatable {
        var request: HTTPRequest
        /// Whether the connection may stay open after the response (version and `Connection` rules).
        var keepAlive: Bool
        /// Whether this is a HEAD request (the response carries no body).
        var isHead: Bool
        /// Whether the request line said HTTP/1.0.
        var isHTTP10: Bool
    }

    /// What a parse step produced.
    enum Event: Equatable {
        /// More bytes are needed.
        case needMore
        /// The head asks for `100 Continue` before a body that has not been sent yet; parse on for the body.
        case expectsContinue
        /// A complete request.
        case request(Parsed)
        /// The request is unacceptable; answer with the error's status and close.
        case failure(HTTPProtocolError)
    }

    private enum Framing: Equatable {
        case none
        case length(Int)
        case chunked
    }

    private enum State {
        case head(scanned: Int)
        case body(Parsed, remaining: Int)
        case chunked(Parsed, ChunkedBodyDecoder)
        case failed
    }

    let limits: Limits
    private var state = State.head(scanned: 0)

    init(limits: Limits) {
        self.limits = limits
    }

    /// Whether part of a body has been consumed (a request is under way even with no bytes buffered).
    var isInBody: Bool {
        switch state {
        case .body, .chunked: true
        case .head, .failed: false
        }
    }

    /// Parses from the start of `bytes` until a request is complete, `100 Continue` is due, the input is
    /// unacceptable, or more bytes are needed.
    mutating func parse(_ bytes: UnsafeRawBufferPointer) -> (consumed: Int, event: Event) {
        var offset = 0
        while true {
            let (consumed, event) = step(UnsafeRawBufferPointer(rebasing: bytes[offset...]))
            offset += consumed
            if event != .needMore || consumed == 0 || offset == bytes.count { return (offset, event) }
        }
    }

    private mutating func step(_ bytes: UnsafeRawBufferPointer) -> (consumed: Int, event: Event) {
        switch state {
        case .failed:
            return (0, .needMore)
        case let .head(scanned):
            return parseHead(bytes, scanned: scanned)
        case .body(var parsed, let remaining):
            state = .failed // Leaves `parsed` the only owner of the body, so appending does not copy it.
            let available = min(remaining, bytes.count)
            parsed.request.body.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[0..<available]))
            if available == remaining {
                state = .head(scanned: 0)
                return (available, .request(parsed))
            }
            state = .body(parsed, remaining: remaining - available)
            return (available, .needMore)
        case .chunked(var parsed, var decoder):
            state = .failed // As above: one owner of the body while decoding appends to it.
            let (consumed, outcome) = decoder.decode(bytes, into: &parsed.request.body)
            switch outcome {
            case .needMore:
                state = .chunked(parsed, decoder)
                return (consumed, .needMore)
            case .done:
                parsed.request.trailers = decoder.trailers
                state = .head(scanned: 0)
                return (consumed, .request(parsed))
            case let .failure(error):
                return (consumed, .failure(error))
            }
        }
    }

    private mutating func parseHead(_ bytes: UnsafeRawBufferPointer, scanned: Int) -> (consumed: Int, event: Event) {
        // Empty lines before a request line are ignored (RFC 9112 §2.2).
        var start = 0
        if scanned == 0 {
            while start < bytes.count, bytes[start] == HTTPHeadSyntax.cr || bytes[start] == HTTPHeadSyntax.lf { start += 1 }
            if start == bytes.count { return (start, .needMore) }
        }
        let rest = UnsafeRawBufferPointer(rebasing: bytes[start...])
        let (end, resume) = HTTPHeadSyntax.findSectionEnd(in: rest, from: scanned)
        guard let end else {
            if rest.count > limits.maxHeaderBytes { return fail(start, HTTPProtocolError(status: 431, reason: "header section exceeds \(limits.maxHeaderBytes) bytes")) }
            state = .head(scanned: resume)
            return (start, .needMore)
        }
        guard end <= limits.maxHeaderBytes else {
            return fail(start, HTTPProtocolError(status: 431, reason: "header section exceeds \(limits.maxHeaderBytes) bytes"))
        }
        let consumed = start + end
        let parsed: Parsed, framing: Framing, expectsContinue: Bool
        do throws(HTTPProtocolError) {
            (parsed, framing, expectsContinue) = try interpretHead(rest, 0..<end)
        } catch {
            return fail(consumed, error)
        }
        switch framing {
        case .none, .length(0):
            state = .head(scanned: 0)
            return (consumed, .request(parsed))
        case let .length(length):
            var parsed = parsed
            parsed.request.body.reserveCapacity(length)
            state = .body(parsed, remaining: length)
        case .chunked:
            state = .chunked(parsed, ChunkedBodyDecoder(maxBodyBytes: limits.maxBodyBytes, maxTrailerBytes: limits.maxHeaderBytes))
        }
        return (consumed, expectsContinue ? .expectsContinue : .needMore)
    }

    private mutating func fail(_ consumed: Int, _ error: HTTPProtocolError) -> (consumed: Int, event: Event) {
        state = .failed
        return (consumed, .failure(error))
    }

    /// Checks the request line and header fields and works out framing, persistence and expectations.
    private func interpretHead(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) throws(HTTPProtocolError) -> (Parsed, Framing, Bool) {
        let lines = try HTTPHeadSyntax.lines(in: bytes, range)
        guard let requestLine = lines.first else { throw .badRequest("missing request line") }
        let (method, target, isHTTP10) = try parseRequestLine(bytes, requestLine)
        let headers = try HTTPHeadSyntax.parseFields(in: bytes, lines: lines.dropFirst())

        if !isHTTP10 {
            let hosts = headers.values(for: "Host")
            guard hosts.count == 1 else { throw .badRequest(hosts.isEmpty ? "missing Host header" : "more than one Host header") }
        }
        let framing = try framing(of: headers, isHTTP10: isHTTP10)
        var expectsContinue = false
        let expectations = HTTPHeadSyntax.listElements(headers.values(for: "Expect"))
        if !isHTTP10, !expectations.isEmpty {
            guard expectations.allSatisfy({ $0 == "100-continue" }) else {
                throw HTTPProtocolError(status: 417, reason: "unsupported expectation")
            }
            expectsContinue = framing != .none && framing != .length(0)
        }
        if case let .length(length) = framing, length > limits.maxBodyBytes {
            throw HTTPProtocolError(status: 413, reason: "body of \(length) bytes exceeds \(limits.maxBodyBytes)")
        }
        let keepAlive = isHTTP10
            ? HTTPHeadSyntax.connectionHas("keep-alive", in: headers)
            : !HTTPHeadSyntax.connectionHas("close", in: headers)
        let request = HTTPRequest(method: method, target: target, headers: headers)
        let parsed = Parsed(request: request, keepAlive: keepAlive, isHead: method == "HEAD", isHTTP10: isHTTP10)
        return (parsed, framing, expectsContinue)
    }

    /// `method SP request-target SP HTTP-version`; returns whether the version is 1.0.
    private func parseRequestLine(_ bytes: UnsafeRawBufferPointer, _ line: Range<Int>) throws(HTTPProtocolError) -> (String, String, Bool) {
        var firstSpace = line.lowerBound
        while firstSpace < line.upperBound, bytes[firstSpace] != HTTPHeadSyntax.space { firstSpace += 1 }
        var lastSpace = line.upperBound - 1
        while lastSpace > firstSpace, bytes[lastSpace] != HTTPHeadSyntax.space { lastSpace -= 1 }
        guard firstSpace > line.lowerBound, firstSpace < line.upperBound, lastSpace > firstSpace + 1 else {
            throw .badRequest("malformed request line")
        }
        for index in line.lowerBound..<firstSpace where !HTTPHeadSyntax.isTokenByte(bytes[index]) {
            throw .badRequest("invalid method")
        }
        for index in (firstSpace + 1)..<lastSpace where bytes[index] <= HTTPHeadSyntax.space || bytes[index] == 0x7F {
            throw .badRequest("invalid request target")
        }
        let version = UnsafeRawBufferPointer(rebasing: bytes[(lastSpace + 1)..<line.upperBound])
        let digit = UInt8(ascii: "0")...UInt8(ascii: "9")
        guard version.count == 8, version.starts(with: "HTTP/".utf8), digit.contains(version[5]),
              version[6] == UInt8(ascii: "."), digit.contains(version[7])
        else { throw .badRequest("malformed HTTP version") }
        guard version[5] == UInt8(ascii: "1") else {
            throw HTTPProtocolError(status: 505, reason: "HTTP version not supported")
        }
        // HTTP/1.2 and later minors are handled as 1.1 (RFC 9110 §2.5).
        return (
            HTTPHeadSyntax.string(bytes, line.lowerBound..<firstSpace),
            HTTPHeadSyntax.string(bytes, (firstSpace + 1)..<lastSpace),
            version[7] == UInt8(ascii: "0")
        )
    }

    /// Message framing per RFC 9112 §6.3, refusing anything ambiguous.
    private func framing(of headers: HTTPHeaders, isHTTP10: Bool) throws(HTTPProtocolError) -> Framing {
        let transferEncodings = headers.values(for: "Transfer-Encoding")
        let contentLengths = headers.values(for: "Content-Length")
        if !transferEncodings.isEmpty {
            guard contentLengths.isEmpty else { throw .badRequest("both Transfer-Encoding and Content-Length") }
            guard !isHTTP10 else { throw .badRequest("Transfer-Encoding in an HTTP/1.0 request") }
            let codings = HTTPHeadSyntax.listElements(transferEncodings)
            guard codings.last == "chunked" else { throw .badRequest("Transfer-Encoding does not end in chunked") }
            let others = codings.dropLast()
            guard !others.contains("chunked") else { throw .badRequest("chunked applied more than once") }
            guard others.isEmpty else {
                throw HTTPProtocolError(status: 501, reason: "unsupported transfer coding \(others.joined(separator: ", "))")
            }
            return .chunked
        }
        guard !contentLengths.isEmpty else { return .none }
        var length: Int?
        for element in contentLengths.flatMap({ $0.split(separator: ",", omittingEmptySubsequences: false) }) {
            let text = element.trimmingOWS()
            guard !text.isEmpty, text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
                throw .badRequest("invalid Content-Length")
            }
            let value = Int(text) ?? Int.max // All digits, so only overflow fails: far over any limit.
            if let length, length != value { throw .badRequest("conflicting Content-Length values") }
            length = value
        }
        return .length(length ?? 0)
    }
}
