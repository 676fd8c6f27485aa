import Foundation
import Testing
@testable import Wire

@Suite struct HTTPServerErrorTests {
    /// Sends `request` on a fresh connection and returns the response and how the connection ended.
    private func exchange(_ request: String, _ configure: (inout HTTPServerConfiguration) -> Void = { _ in }) throws -> (RawResponse, RawClient.ReadResult) {
        let server = try startServer(configure)
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send(request)
        let response = try client.readResponse()
        let rest = client.readToEnd()
        return (response, rest.end)
    }

    @Test(arguments: [
        ("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nxyz\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", 501),
        ("GARBAGE\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\n\r\n", 400),
        ("GET / HTTP/2.0\r\nHost: x\r\n\r\n", 505),
        ("GET / HTTP/1.1\r\nHost: x\r\nExpect: something\r\n\r\n", 417),
    ])
    func badRequestsGetAnErrorAndTheConnectionCloses(request: String, status: Int) throws {
        let (response, end) = try exchange(request)
        #expect(response.status == status)
        #expect(response.headers["Connection"] == "close")
        #expect(end == .endOfStream)
    }

    /// A server may answer an oversized body in its API's own shape; the connection still closes.
    @Test func anOversizedBodyGetsTheConfiguredAnswer() throws {
        let (response, end) = try exchange("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2000\r\n\r\n") {
            $0.maxBodyBytes = 1000
            $0.contentTooLargeResponse = { limit in HTTPResponse(status: 200, contentType: "application/json", text: "{\"limit\":\(limit)}") }
        }
        #expect(response.status == 200)
        #expect(response.body == "{\"limit\":1000}")
        #expect(response.headers["Connection"] == "close")
        #expect(end == .endOfStream)
    }

    @Test func oversizedHeaderSectionGets431() throws {
        let (response, end) = try exchange("GET / HTTP/1.1\r\nHost: x\r\nX-Big: \(String(repeating: "a", count: 300))\r\n\r\n") {
            $0.maxHeaderBytes = 256
        }
        #expect(response.status == 431)
        #expect(end == .endOfStream)
    }

    @Test func oversizedHeaderSectionWithoutEndGets431() throws {
        let (response, _) = try exchange("GET / HTTP/1.1\r\nHost: x\r\nX-Big: \(String(repeating: "a", count: 300))") {
            $0.maxHeaderBytes = 256
        }
        #expect(response.status == 431)
    }

    @Test func contentLengthOverTheLimitGets413BeforeTheBody() throws {
        let (response, end) = try exchange("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 101\r\n\r\n") { $0.maxBodyBytes = 100 }
        #expect(response.status == 413)
        #expect(end == .endOfStream)
    }

    @Test func chunkedBodyOverTheLimitGets413AsSoonAsItExceeds() throws {
        let server = try startServer { $0.maxBodyBytes = 100 }
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
        try client.send("3c\r\n\(String(repeating: "a", count: 60))\r\n")
        try client.send("3c\r\n") // 120 bytes announced: over the limit before any of it arrives.
        let response = try client.readResponse()
        #expect(response.status == 413)
        #expect(client.readToEnd().end == .endOfStream)
    }

    @Test func largeBodyStillBeingSentGetsItsErrorResponseNotAReset() throws {
        let server = try startServer { $0.maxBodyBytes = 1000 }
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 200000\r\n\r\n")
        try client.send([UInt8](repeating: 65, count: 100_000)) // Unread by the server: it lingers instead of resetting.
        #expect(try client.readResponse().status == 413)
    }

    @Test func expectContinueGetsContinueThenTheFinalResponse() throws {
        let server = try startServer()
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send("POST /up HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")
        let interim = try client.readResponse()
        #expect(interim.status == 100)
        try client.send("hello")
        let final = try client.readResponse()
        #expect(final.status == 200)
        #expect(final.body == "POST /up body=hello")
    }

    @Test func expectContinueWithTheBodyAlreadySentGetsNoContinue() throws {
        let server = try startServer()
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send("POST /up HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok")
        #expect(try client.readResponse().status == 200)
    }

    @Test func expectContinueOverTheLimitGets413InsteadOfContinue() throws {
        let (response, _) = try exchange("POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5000\r\n\r\n") {
            $0.maxBodyBytes = 100
        }
        #expect(response.status == 413)
    }

    @Test func errorAfterPipelinedRequestsComesAfterTheirResponses() throws {
        let server = try startServer()
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send("GET /ok HTTP/1.1\r\nHost: x\r\n\r\nBAD REQUEST LINE HERE\r\n\r\n")
        #expect(try client.readResponse().status == 200)
        #expect(try client.readResponse().status == 400)
        #expect(client.readToEnd().end == .endOfStream)
    }

    @Test func aMisbehavingClientDoesNotBlockOthers() throws {
        let server = try startServer()
        defer { server.shutdown() }
        // One client stalls mid-head, another floods pipelined requests and never reads.
        let stalled = try RawClient(port: server.port)
        try stalled.send("GET /stalled HTTP/1.1\r\nHost: x\r\nX-Partial: ")
        let flooder = try RawClient(port: server.port)
        let flood = String(repeating: "GET /flood HTTP/1.1\r\nHost: x\r\n\r\n", count: 2000)
        DispatchQueue.global().async { try? flooder.send(flood) }
        let polite = try RawClient(port: server.port)
        for _ in 0..<5 {
            try polite.send("GET /polite HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try polite.readResponse().body == "GET /polite body=")
        }
        #expect(try flooder.readResponse().status == 200)
    }
}

@Suite struct HTTPServerBufferedInputTests {
    @Test(arguments: [
        "Connection: close\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n",
        "X: y\r\n\r\nBROKEN\r\n\r\n",
    ])
    func requestCompletedFromBufferedBytesCanEndTheConnection(rest: String) throws {
        let recorder = EventRecorder()
        let server = try startServer(recorder: recorder)
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        let start = "GET /a HTTP/1.1\r\nHost: x\r\n"
        try client.send(start)
        recorder.waitForReceived(atLeast: start.utf8.count)
        try client.send(rest)
        let (text, end) = client.readToEnd()
        #expect(text.hasPrefix("HTTP/1.1 200 OK"))
        #expect(end == .endOfStream)
    }
}
