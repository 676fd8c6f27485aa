import ContractHarness
import Testing
import Wire

@Suite struct HopByHopHeadersTests {
    @Test func theUpstreamGetsEveryFieldButHopByHopOnesAndHost() {
        let request = HTTPRequest(method: "POST", target: "/sms?x=1", headers: [
            "Host": "proxy:8080", "Connection": "keep-alive, X-Hop", "X-Hop": "1", "Keep-Alive": "timeout=5",
            "Proxy-Authorization": "Basic x", "Content-Type": "application/json", "X-LOX24-AUTH-TOKEN": "t", "Transfer-Encoding": "chunked",
        ], body: [1, 2], trailers: ["X-Checksum": "abc"])
        let forwarded = HopByHopHeaders.upstreamRequest(request)
        #expect(forwarded.headers.fields.map(\.name) == ["Content-Type", "X-LOX24-AUTH-TOKEN", "Transfer-Encoding"])
        #expect(forwarded.body == [1, 2] && forwarded.trailers == request.trailers && forwarded.target == "/sms?x=1")
    }

    @Test(arguments: [
        (["Transfer-Encoding": "chunked", "Content-Type": "text/plain"] as HTTPHeaders, Array("abc".utf8), "chunked", Array("3\r\nabc\r\n0\r\n\r\n".utf8)),
        (["Content-Length": "3", "Connection": "close"] as HTTPHeaders, Array("abc".utf8), nil, Array("abc".utf8)),
        (["Transfer-Encoding": "gzip"] as HTTPHeaders, Array("abc".utf8), nil, Array("abc".utf8)),
        (["Transfer-Encoding": "chunked"] as HTTPHeaders, [], "chunked", Array("0\r\n\r\n".utf8)),
    ] as [(HTTPHeaders, [UInt8], String?, [UInt8])])
    func theAppGetsTheResponseWithItsFramingKept(headers: HTTPHeaders, body: [UInt8], transferEncoding: String?, wire: [UInt8]) {
        let response = HopByHopHeaders.downstreamResponse(HTTPResponse(status: 200, headers: headers, body: body))
        #expect(response.headers["Transfer-Encoding"] == transferEncoding)
        #expect(response.headers["Connection"] == nil)
        #expect(response.body == wire)
    }
}
