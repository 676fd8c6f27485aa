/// Finds where the first HTTP/1.1 response in a buffer ends, for the load generator: a head, then a
/// `Content-Length` body (what the fakes and the proxy answer a send with). A chunked or close-delimited
/// answer is reported as unsupported rather than guessed at.
enum ResponseFraming {
    /// What the buffer holds so far.
    enum Outcome: Equatable {
        case incomplete
        /// A complete response: its status, its length in bytes, and whether the server will close.
        case complete(status: Int, length: Int, closes: Bool)
        case unsupported(String)
    }

    static func parse(_ buffer: [UInt8]) -> Outcome {
        guard let headEnd = find([13, 10, 13, 10], in: buffer) else { return .incomplete }
        let head = String(decoding: buffer[0..<headEnd], as: UTF8.self)
        let lines = head.split(separator: "\r\n", omittingEmptySubsequences: false)
        let statusParts = lines.first?.split(separator: " ") ?? []
        guard statusParts.count >= 2, statusParts[0].hasPrefix("HTTP/1."), let status = Int(statusParts[1]) else {
            return .unsupported("malformed status line")
        }
        var length: Int?
        var closes = statusParts[0] == "HTTP/1.0"
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: " \t")
            switch name {
            case "content-length": length = Int(value)
            case "transfer-encoding": return .unsupported("a \(value) body")
            case "connection": closes = value.lowercased().contains("close") || (closes && !value.lowercased().contains("keep-alive"))
            default: break
            }
        }
        if status == 204 || status == 304 || (100..<200).contains(status) { length = 0 }
        guard let length else { return .unsupported("a body without Content-Length") }
        let total = headEnd + 4 + length
        return buffer.count >= total ? .complete(status: status, length: total, closes: closes) : .incomplete
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for index in 0...(haystack.count - needle.count) where haystack[index] == needle[0] {
            if haystack[index..<index + needle.count].elementsEqual(needle) { return index }
        }
        return nil
    }
}

extension Substring {
    /// The text without the given characters at either end.
    fileprivate func trimmingCharacters(in set: String) -> String {
        var text = self
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
