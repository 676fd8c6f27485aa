import ContractHarness
import Foundation
import Providers
import StructuredData
import Synchronization
import Wire

/// A proxy on a loopback socket for a test, with the lines it printed and a scratch folder for cassettes.
final class ProxyFixture: Sendable {
    let proxy: RecordingProxy
    let client: HTTPClient
    let recordings: String
    private let printed = LineLog()

    /// Starts a proxy for `provider` forwarding to `upstream`, recording into a fresh folder.
    init(provider: ProviderDescriptor = LOX24Provider.descriptor, upstream: String = "fake", record: Bool = true,
         adjust: (inout ProxyConfiguration) -> Void = { _ in }) throws {
        recordings = NSTemporaryDirectory() + "smscontract-proxy-\(UUID().uuidString)"
        var configuration = ProxyConfiguration(provider: provider, upstream: upstream, recordDirectory: record ? recordings : nil,
                                               forwardingThreads: 4, now: { Date(timeIntervalSince1970: 1_796_169_600) })
        adjust(&configuration)
        let printed = self.printed
        proxy = try RecordingProxy(configuration: configuration, line: { line in printed.append(line) })
        try proxy.start()
        client = HTTPClient(host: "127.0.0.1", port: proxy.port)
    }

    /// Stops the proxy (every exchange observed) and returns the results.
    func finish() -> [SpecResult] {
        proxy.shutdown()
        return proxy.observer.results
    }

    /// The terminal lines printed so far.
    var lines: [String] { printed.lines }

    /// The cassettes written, by file name, decoded.
    func cassettes() throws -> [Cassette] {
        try SpecCatalog.files(in: recordings).map { file in
            try CassetteCodec.decode(Array(FileManager.default.contents(atPath: file) ?? Data()), file: file)
        }
    }

    /// Every cassette file's text, joined.
    func cassetteText() -> String {
        SpecCatalog.files(in: recordings).compactMap { FileManager.default.contents(atPath: $0) }.map { String(decoding: $0, as: UTF8.self) }.joined()
    }

    deinit {
        try? FileManager.default.removeItem(atPath: recordings)
    }

    /// A LOX24 send as an app would post it, with `token`.
    static func lox24Send(text: String = "Hello from the app", phone: String = "+4917612345678", token: String = LOX24Provider.exampleToken) -> HTTPRequest {
        HTTPRequest(method: "POST", target: "/sms", headers: ["Content-Type": "application/json", "X-LOX24-AUTH-TOKEN": token],
                    body: JSONWriter.bytes(["text": .string(text), "sender_id": "+491701234567", "phone": .string(phone)]))
    }
}

/// A LOX24 fake on a socket that answers like the fake, but with `change` applied to each 2xx JSON
/// answer: the deliberately different upstream drift is measured against.
func changingUpstream(_ change: @escaping @Sendable (inout JSONObject, inout HTTPHeaders) -> Void) throws -> HTTPServer {
    let fake = LOX24Fake(environment: FakeEnvironment())
    let server = HTTPServer(configuration: HTTPServerConfiguration()) { request in
        var response = fake.handle(request)
        if (200..<300).contains(response.status), var body = try? JSONParser.parse(response.body).objectValue {
            change(&body, &response.headers)
            response.body = JSONWriter.bytes(.object(body))
        }
        return response
    }
    try server.start()
    return server
}

/// The lines a proxy printed, from any thread.
final class LineLog: Sendable {
    private let storage = Mutex<[String]>([])

    func append(_ line: String) {
        storage.withLock { $0.append(line) }
    }

    var lines: [String] { storage.withLock { $0 } }
}
