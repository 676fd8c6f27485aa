import Wire

/// What the proxy changes in a forwarded message, and nothing more: the hop-by-hop fields of RFC 9110
/// §7.6.1 (each connection has its own), `Host` (the upstream's), and a chunked response's framing,
/// which is re-encoded as one chunk because the response was read whole.
public enum HopByHopHeaders {
    /// Fields that describe one connection, never forwarded, plus any the message's `Connection` names.
    static let names: [String] = ["connection", "keep-alive", "proxy-connection", "proxy-authenticate", "proxy-authorization", "te", "upgrade"]

    /// The request as the upstream gets it: hop-by-hop fields and `Host` removed (the client adds the
    /// upstream's own `Host`); the body, its framing (`Content-Length` or chunked, with trailers) and every
    /// other field as the app sent them.
    public static func upstreamRequest(_ request: HTTPRequest) -> HTTPRequest {
        HTTPRequest(method: request.method, target: request.target, headers: stripped(request.headers, also: ["host"]),
                    body: request.body, remoteAddress: request.remoteAddress, trailers: request.trailers)
    }

    /// The response as the app gets it: hop-by-hop fields removed (the proxy's server adds its own
    /// `Connection`); a chunked body is sent chunked again, as one chunk; `Content-Length` and `Date` as received.
    public static func downstreamResponse(_ response: HTTPResponse) -> HTTPResponse {
        var forwarded = HTTPResponse(status: response.status, headers: stripped(response.headers, also: []), body: response.body)
        let chunked = HTTPHeadSyntaxProbe.isChunked(forwarded.headers)
        if chunked {
            forwarded.headers.remove("Content-Length")
            forwarded.headers["Transfer-Encoding"] = "chunked"
            forwarded.body = singleChunk(response.body)
        } else if forwarded.headers.contains("Transfer-Encoding") {
            // Any other transfer coding was undone by the read; the body is sent with its length.
            forwarded.headers.remove("Transfer-Encoding")
        }
        return forwarded
    }

    /// The bytes of a chunked body holding `body` as one chunk (none when empty) and the last chunk.
    public static func singleChunk(_ body: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = []
        if !body.isEmpty {
            bytes += Array("\(String(body.count, radix: 16))\r\n".utf8) + body + [13, 10]
        }
        return bytes + Array("0\r\n\r\n".utf8)
    }

    /// `headers` without the hop-by-hop fields, those `Connection` names, and `extra` (lower-case names).
    /// Compares bytes, not Foundation strings: this runs twice for every forwarded exchange.
    private static func stripped(_ headers: HTTPHeaders, also extra: [String]) -> HTTPHeaders {
        var named: [String] = []
        for field in headers where field.name.equalsIgnoringASCIICase("Connection") {
            named += listTokens(field.value)
        }
        return HTTPHeaders(headers.fields.filter { field in
            !names.contains { field.name.equalsIgnoringASCIICase($0) } && !extra.contains { field.name.equalsIgnoringASCIICase($0) }
                && !named.contains { field.name.equalsIgnoringASCIICase($0) }
        })
    }

    /// The elements of a comma-separated header value, spaces and tabs around them removed.
    static func listTokens(_ value: String) -> [String] {
        value.split(separator: ",").map { element in
            String(element.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
        }
    }
}

/// Reads `Transfer-Encoding` the way the wire does: chunked when it is the last coding listed.
enum HTTPHeadSyntaxProbe {
    static func isChunked(_ headers: HTTPHeaders) -> Bool {
        guard headers.contains("Transfer-Encoding") else { return false }
        let codings = headers.values(for: "Transfer-Encoding").flatMap(HopByHopHeaders.listTokens)
        return codings.last?.equalsIgnoringASCIICase("chunked") ?? false
    }
}
