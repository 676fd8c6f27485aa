import Foundation
import Testing
@testable import Wire

@Suite struct HTTPServerBasicsTests {
    @Test func keepAliveServesSeveralRequestsOnOneConnection() throws {
        let recorder = EventRecorder()
        let server = try startServer(recorder: recorder)
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        for index in 0..<3 {
            try client.send("GET /n\(index) HTTP/1.1\r\nHost: x\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.body == "GET /n\(index) body=")
            #expect(response.headers["Connection"] == "keep-alive")
            #expect(response.headers["Content-Length"] == "\(response.body.utf8.count)")
            #expect(response.headers["Date"]?.hasSuffix(" GMT") == true)
        }
        #expect(recorder.all.filter { if case .opened = $0 { true } else { false } }.count == 1)
    }

    @Test func connectionCloseIsHonoured() throws {
        let server = try startServer()
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send("GET /a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.headers["Connection"] == "close")
        #expect(client.readOnce() == .endOfStream)
    }

    @Test(arguments: [
        ("GET / HTTP/1.0\r\n\r\n", "close", true),
        ("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", "keep-alive", false),
    ])
    func http10KeepsAliveOnlyWhenAsked(request: String, connectionHeader: String, closes: Bool) throws {
        let server = try startServer()
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send(request)
        let response = try client.readResponse()
        #expect(response.headers["Connection"] == connectionHeader)
        if closes {
            #expect(client.readOnce() == .endOfStream)
        } else {
            try client.send(request)
            #expect(try client.readResponse().status == 200)
        }
    }

    @Test func pipelinedRequestsInOneWriteAreAnsweredInOrder() throws {
        let server = try startServer()
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send(
            "GET /1 HTTP/1.1\r\nHost: x\r\n\r\nPOST /2 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabcGET /3 HTTP/1.1\r\nHost: x\r\n\r\n"
        )
        let bodies = try (0..<3).map { _ in try client.readResponse().body }
        #expect(bodies == ["GET /1 body=", "POST /2 body=abc", "GET /3 body="])
    }

    @Test func chunkedBodyWithExtensionsAndTrailersReachesTheHandler() throws {
        let server = try startServer()
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send("POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n4;a=b\r\nWiki\r\n")
        try client.send("5\r\npedia\r\n0\r\nX-Sum: 42\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.body == "POST /c body=Wikipedia trailers=X-Sum:42")
    }

    @Test func headGetsHeadersAndLengthButNoBody() throws {
        let server = try startServer()
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send("HEAD /h HTTP/1.1\r\nHost: x\r\n\r\nGET /after HTTP/1.1\r\nHost: x\r\n\r\n")
        let head = try client.readResponse(head: true)
        #expect(head.status == 200)
        #expect(head.headers["Content-Length"] == "\("HEAD /h body=".utf8.count)")
        // The next response starts right after the head: no body bytes were sent.
        #expect(try client.readResponse().body == "GET /after body=")
    }

    @Test func unknownMethodReachesTheHandler() throws {
        let server = HTTPServer(configuration: HTTPServerConfiguration()) { request in
            request.method == "BREW" ? HTTPResponse(status: 501) : HTTPResponse(status: 405)
        }
        try server.start()
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send("BREW /pot HTTP/1.1\r\nHost: x\r\n\r\nPURGE / HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try client.readResponse().status == 501)
        #expect(try client.readResponse().status == 405)
    }

    @Test func serverAddsOnlyMissingFieldsAndNoLengthForBodilessStatuses() throws {
        let server = HTTPServer(configuration: HTTPServerConfiguration()) { request in
            switch request.path {
            case "/204": HTTPResponse(status: 204, body: Array("ignored".utf8))
            case "/304": HTTPResponse(status: 304)
            default: HTTPResponse(status: 200, headers: ["Date": "custom", "Content-Length": "2"], body: Array("ok".utf8))
            }
        }
        try server.start()
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send("GET /204 HTTP/1.1\r\nHost: x\r\n\r\n")
        let noContent = try client.readResponse()
        #expect(noContent.status == 204 && noContent.headers["Content-Length"] == nil)
        try client.send("GET /304 HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try client.readResponse().headers["Content-Length"] == nil)
        try client.send("GET /x HTTP/1.1\r\nHost: x\r\n\r\n")
        let custom = try client.readResponse()
        #expect(custom.headers.values(for: "Date") == ["custom"])
        #expect(custom.headers.values(for: "Content-Length") == ["2"])
        #expect(client.leftover.isEmpty)
    }

    @Test func handlerConnectionCloseClosesAfterTheResponse() throws {
        let server = HTTPServer(configuration: HTTPServerConfiguration()) { _ in
            HTTPResponse(status: 200, headers: ["Connection": "close"], body: Array("bye".utf8))
        }
        try server.start()
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\nGET /ignored HTTP/1.1\r\nHost: x\r\n\r\n")
        let (text, end) = client.readToEnd()
        #expect(text.components(separatedBy: "HTTP/1.1 200").count == 2)
        #expect(end == .endOfStream)
    }

    @Test func requestCarriesTheRemoteAddress() throws {
        let server = HTTPServer(configuration: HTTPServerConfiguration()) { request in
            HTTPResponse(status: 200, body: Array((request.remoteAddress ?? "none").utf8))
        }
        try server.start()
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try client.readResponse().body == "127.0.0.1")
    }
}
