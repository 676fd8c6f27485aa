import Foundation
@testable import Wire

/// A response parsed by the test client, independent of the library's own client.
struct RawResponse {
    var status: Int
    var headers: HTTPHeaders
    var body: String

    /// Parses the first complete response in `bytes`; returns it and how many bytes it used.
    static func parse(_ bytes: [UInt8], head: Bool) -> (RawResponse, Int)? {
        let text = Array(bytes)
        guard let end = find([13, 10, 13, 10], in: text, from: 0) else { return nil }
        let headText = String(decoding: text[0..<end], as: UTF8.self)
        var lines = headText.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst()
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, let status = Int(parts[1]) else { return nil }
        var headers = HTTPHeaders()
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.add(name: String(line[..<colon]), value: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        var cursor = end + 4
        if head || status / 100 == 1 || status == 204 || status == 304 {
            return (RawResponse(status: status, headers: headers, body: ""), cursor)
        }
        if let length = headers["Content-Length"].flatMap({ Int($0) }) {
            guard text.count >= cursor + length else { return nil }
            return (RawResponse(status: status, headers: headers, body: String(decoding: text[cursor..<cursor + length], as: UTF8.self)), cursor + length)
        }
        if headers["Transfer-Encoding"]?.lowercased() == "chunked" {
            var body: [UInt8] = []
            while true {
                guard let lineEnd = find([13, 10], in: text, from: cursor) else { return nil }
                let sizeText = String(decoding: text[cursor..<lineEnd], as: UTF8.self).split(separator: ";").first ?? ""
                guard let size = Int(sizeText, radix: 16) else { return nil }
                cursor = lineEnd + 2
                if size == 0 {
                    guard let trailerEnd = find([13, 10], in: text, from: cursor) else { return nil }
                    return (RawResponse(status: status, headers: headers, body: String(decoding: body, as: UTF8.self)), trailerEnd + 2)
                }
                guard text.count >= cursor + size + 2 else { return nil }
                body += text[cursor..<cursor + size]
                cursor += size + 2
            }
        }
        return (RawResponse(status: status, headers: headers, body: ""), cursor)
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count) where Array(haystack[index..<index + needle.count]) == needle {
            return index
        }
        return nil
    }
}
