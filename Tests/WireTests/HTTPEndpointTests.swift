import Testing
@testable import Wire

@Suite struct HTTPEndpointTests {
    @Test(arguments: [
        ("http://127.0.0.1:8080", "127.0.0.1", 8080, "", "127.0.0.1:8080"),
        ("http://localhost/api/", "localhost", 80, "/api", "localhost"),
        ("HTTP://Example.test:81/a/b", "Example.test", 81, "/a/b", "Example.test:81"),
        ("http://[::1]:9000/x", "::1", 9000, "/x", "[::1]:9000"),
    ])
    func parsesURLs(url: String, host: String, port: Int, basePath: String, hostHeader: String) throws {
        let endpoint = try HTTPEndpoint(url: url)
        #expect(endpoint.host == host)
        #expect(Int(endpoint.port) == port)
        #expect(endpoint.basePath == basePath)
        #expect(endpoint.hostHeader == hostHeader)
    }

    @Test(arguments: ["127.0.0.1:80", "http://", "http://host:0", "http://host:70000", "http://host/?q", "http://u@host", "http://[::1"])
    func rejectsInvalidURLs(url: String) {
        #expect(throws: HTTPClientError.invalidURL(url)) { try HTTPEndpoint(url: url) }
    }

    @Test func rejectsHTTPS() {
        #expect(throws: HTTPClientError.unsupportedScheme("https")) { try HTTPEndpoint(url: "https://host") }
    }

    @Test(arguments: [("", "/base"), ("/SMS?x=1", "/base/SMS?x=1"), ("*", "*"), ("http://other/x", "http://other/x")])
    func prefixesTheBasePath(target: String, expected: String) {
        #expect(HTTPEndpoint(host: "h", port: 80, basePath: "base/").requestTarget(for: target) == expected)
        #expect(HTTPEndpoint(host: "h").requestTarget(for: "") == "/")
    }

    @Test func describesItselfAsAURL() {
        #expect(HTTPEndpoint(host: "::1", port: 81, basePath: "/v1").description == "http://[::1]:81/v1")
    }
}
