@testable import ContractHarness
import Testing

/// Which transport a base URL gets; the `https://` probe for a plain-HTTP server is in `PlainHTTPProbeTests`.
@Suite struct HTTPTransportsTests {
    @Test(arguments: [
        ("not a url", "\"not a url\" is not an http:// or https:// URL"),
        ("/just/a/path", "\"/just/a/path\" is not an http:// or https:// URL"),
        ("ftp://files.example.com", "\"ftp://files.example.com\": only http:// and https:// targets are supported for HTTP providers"),
        ("smtp://127.0.0.1:2525", "\"smtp://127.0.0.1:2525\": only http:// and https:// targets are supported for HTTP providers"),
    ])
    func aBaseURLThatIsNotHTTPIsRefusedByName(baseURL: String, message: String) {
        #expect {
            _ = try HTTPTransports.forBaseURL(baseURL)
        } throws: { error in
            (error as? TransportError)?.message == message
        }
    }

    @Test(arguments: [("http://127.0.0.1:8080", ""), ("http://127.0.0.1:8080/", ""), ("HTTP://127.0.0.1/v2", "/v2")])
    func plainHTTPGoesOverSocketsBelowTheURLsPath(baseURL: String, prefix: String) throws {
        let transport = try #require(try HTTPTransports.forBaseURL(baseURL) as? SocketTransport)
        #expect(transport.pathPrefix == prefix)
    }
}
