import Testing
@testable import Wire

@Suite struct SMTPEndpointTests {
    @Test(arguments: [
        ("smtp://127.0.0.1:2525", "127.0.0.1", 2525, "smtp://127.0.0.1:2525"),
        ("smtp://mail.example.test", "mail.example.test", 25, "smtp://mail.example.test:25"),
        ("SMTP://Host:587/", "Host", 587, "smtp://Host:587"),
        ("smtp://[::1]:2525", "::1", 2525, "smtp://[::1]:2525"),
        ("smtp://[::1]", "::1", 25, "smtp://[::1]:25"),
    ])
    func parsesURLs(url: String, host: String, port: Int, description: String) throws {
        let endpoint = try SMTPEndpoint(url: url)
        #expect(endpoint.host == host)
        #expect(Int(endpoint.port) == port)
        #expect(endpoint.description == description)
        #expect(try SMTPEndpoint(url: endpoint.description) == endpoint)
    }

    @Test(arguments: [
        "127.0.0.1:25", "smtp://", "smtp://host:", "smtp://host:0", "smtp://host:70000", "smtp://host/path",
        "smtp://user@host", "smtp://host?x", "smtp://::1", "smtp://[::1", "smtp://[]:25", "smtp://:25",
    ])
    func rejectsInvalidURLs(url: String) {
        #expect(throws: SMTPClientError.invalidURL(url)) { try SMTPEndpoint(url: url) }
    }

    @Test(arguments: ["smtps", "http"])
    func rejectsOtherSchemes(scheme: String) {
        #expect(throws: SMTPClientError.unsupportedScheme(scheme)) { try SMTPEndpoint(url: "\(scheme)://host:25") }
    }
}
