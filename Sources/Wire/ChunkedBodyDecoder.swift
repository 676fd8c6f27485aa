/// Decodes a chunked message body incrementally: sizes with optional extensions, data, and a trailer section.
struct ChunkedBodyDecoder {
    /// How a decoding step ended.
    enum Outcome: Equatable {
        /// More bytes are needed.
        case needMore
        /// The last chunk and the trailer section are complete.
        case done
        /// The body is malformed or too large.
        case failure(HTTPProtocolError)
    }

    private enum State {
        case sizeLine(scanned: Int)
        case data(remaining: Int)
        case dataEnd
        case trailers(scanned: Int)
        case done
    }

    /// The longest chunk-size line (with extensions) accepted.
    static let maxSizeLineBytes = 4096

    private var state = State.sizeLine(scanned: 0)
    private let maxBodyBytes: Int
    private let maxTrailerBytes: Int
    /// Decoded body bytes so far.
    private(set) var total = 0
    /// Fields of the trailer section, once done.
    private(set) var trailers = HTTPHeaders()

    init(maxBodyBytes: Int, maxTrailerBytes: Int) {
        self.maxBodyBytes = maxBodyBytes
        self.maxTrailerBytes = maxTrailerBytes
    }

    /// Decodes from the start of `bytes` (the unconsumed input), appending data to `body`. Returns how many
    /// bytes were consumed; unconsumed bytes must be offered again, followed by more.
    mutating func decode(_ bytes: UnsafeRawBufferPointer, into body: inout [UInt8]) -> (consumed: Int, outcome: Outcome) {
        var offset = 0
        while true {
            switch state {
            case let .sizeLine(scanned):
                var index = offset + scanned
                while index < bytes.count, bytes[index] != HTTPHeadSyntax.lf { index += 1 }
                guard index < bytes.count else {
                    if bytes.count - offset > Self.maxSizeLineBytes { return fail(offset, .badRequest("chunk size line too long")) }
                    state = .sizeLine(scanned: bytes.count - offset)
                    return (offset, .needMore)
                }
                // The limit holds however the line arrived: in one read or in many.
                guard index - offset <= Self.maxSizeLineBytes else { return fail(offset, .badRequest("chunk size line too long")) }
                var lineEnd = index
                if lineEnd > offset, bytes[lineEnd - 1] == HTTPHeadSyntax.cr { lineEnd -= 1 }
                let size: Int
                switch Self.parseSizeLine(bytes, offset..<lineEnd) {
                case let .success(value): size = value
                case let .failure(error): return fail(offset, error)
                }
                offset = index + 1
                if size == 0 {
                    state = .trailers(scanned: 0)
                } else {
                    guard size <= maxBodyBytes - total else {
                        return fail(offset, HTTPProtocolError(status: 413, reason: "chunked body exceeds \(maxBodyBytes) bytes"))
                    }
                    body.reserveCapacity(min(total + size, maxBodyBytes))
                    state = .data(remaining: size)
                }
            case let .data(remaining):
                let available = min(remaining, bytes.count - offset)
                guard available > 0 else { return (offset, .needMore) }
                body.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + available]))
                offset += available
                total += available
                state = remaining == available ? .dataEnd : .data(remaining: remaining - available)
            case .dataEnd:
                guard offset < bytes.count else { return (offset, .needMore) }
                if bytes[offset] == HTTPHeadSyntax.lf {
                    offset += 1
                } else if bytes[offset] == HTTPHeadSyntax.cr {
                    guard offset + 1 < bytes.count else { return (offset, .needMore) }
                    guard bytes[offset + 1] == HTTPHeadSyntax.lf else { return fail(offset, .badRequest("chunk data not followed by CRLF")) }
                    offset += 2
                } else {
                    return fail(offset, .badRequest("chunk data not followed by CRLF"))
                }
                state = .sizeLine(scanned: 0)
            case let .trailers(scanned):
                // An empty line right away: no trailer fields.
                guard offset < bytes.count else { return (offset, .needMore) }
                if bytes[offset] == HTTPHeadSyntax.lf {
                    state = .done
                    return (offset + 1, .done)
                }
                if bytes[offset] == HTTPHeadSyntax.cr {
                    guard offset + 1 < bytes.count else { return (offset, .needMore) }
                    if bytes[offset + 1] == HTTPHeadSyntax.lf {
                        state = .done
                        return (offset + 2, .done)
                    }
                }
                let rest = UnsafeRawBufferPointer(rebasing: bytes[offset...])
                let (end, resume) = HTTPHeadSyntax.findSectionEnd(in: rest, from: scanned)
                guard let end else {
                    if rest.count > maxTrailerBytes {
                        return fail(offset, HTTPProtocolError(status: 431, reason: "trailer section exceeds \(maxTrailerBytes) bytes"))
                    }
                    state = .trailers(scanned: resume)
                    return (offset, .needMore)
                }
                guard end <= maxTrailerBytes else {
                    return fail(offset, HTTPProtocolError(status: 431, reason: "trailer section exceeds \(maxTrailerBytes) bytes"))
                }
                do throws(HTTPProtocolError) {
                    let lines = try HTTPHeadSyntax.lines(in: rest, 0..<end)
                    trailers = try HTTPHeadSyntax.parseFields(in: rest, lines: lines[...])
                } catch {
                    return fail(offset, error)
                }
                state = .done
                return (offset + end, .done)
            case .done:
                return (offset, .done)
            }
        }
    }

    private mutating func fail(_ consumed: Int, _ error: HTTPProtocolError) -> (consumed: Int, outcome: Outcome) {
        state = .done
        return (consumed, .failure(error))
    }

    /// Parses `1*HEXDIG [ BWS ";" extensions ]`; extensions are checked for control bytes and ignored.
    static func parseSizeLine(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Result<Int, HTTPProtocolError> {
        var index = range.lowerBound
        var size = 0
        var digits = 0
        while index < range.upperBound, let value = hexValue(bytes[index]) {
            guard digits < 15 else { return .failure(.badRequest("chunk size too large")) }
            size = size << 4 | Int(value)
            digits += 1
            index += 1
        }
        guard digits > 0 else { return .failure(.badRequest("invalid chunk size")) }
        while index < range.upperBound, bytes[index] == HTTPHeadSyntax.space || bytes[index] == HTTPHeadSyntax.tab { index += 1 }
        guard index == range.upperBound || bytes[index] == UInt8(ascii: ";") else {
            return .failure(.badRequest("invalid chunk size"))
        }
        for position in index..<range.upperBound where !HTTPHeadSyntax.isFieldValueByte(bytes[position]) {
            return .failure(.badRequest("invalid chunk extension"))
        }
        return .success(size)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
