import Foundation
import Testing
@testable import Wire

/// Every backend this platform has serves the same HTTP exchange over a real socket, and can be picked by name.
@Suite struct EventBackendTests {
    static let names: [String] = EventBackend.available.map(\.name)

    @Test func pollIsAlwaysAvailable() {
        #expect(Self.names.contains("poll"))
        #if canImport(Glibc)
        #expect(Self.names.first == "epoll")
        #endif
    }

    /// `SMSCONTRACT_EVENT_QUEUE` really switches every server of the run (`.ci/run` runs the suite on both).
    @Test func theEnvironmentPicksTheDefault() {
        guard let requested = ProcessInfo.processInfo.environment["SMSCONTRACT_EVENT_QUEUE"] else {
            #expect(EventBackend.platformDefault.name == Self.names.first)
            return
        }
        #expect(EventBackend.platformDefault.name == requested.lowercased())
    }

    @Test(arguments: [("poll", "poll"), ("POLL", "poll"), ("kqueue", nil), (nil, nil)] as [(String?, String?)])
    func named(_ requested: String?, _ expected: String?) {
        #expect(EventBackend.named(requested)?.name == expected)
    }

    @Test(arguments: names)
    func serversAnswerOnEachBackend(_ name: String) throws {
        let backend = try #require(EventBackend.named(name))
        var configuration = HTTPServerConfiguration(eventLoops: 2)
        configuration.eventBackend = backend
        let server = HTTPServer(configuration: configuration, handler: HeaderEchoHandler())
        try server.start()
        defer { server.shutdown() }
        let client = HTTPClient(host: "127.0.0.1", port: server.port)
        for attempt in 0..<20 {
            let response = try client.send(HTTPRequest(method: "GET", target: "/n/\(attempt)"))
            #expect(response.status == 200)
            #expect(response.bodyText.hasPrefix("GET /n/\(attempt)\n"))
        }
    }
}
