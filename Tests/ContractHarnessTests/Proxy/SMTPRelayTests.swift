import ContractHarness
import Foundation
import Providers
import StructuredData
import Testing
import Wire

/// The SMTP relay for rox-email over real sockets: relayed, answered with the upstream's reply,
/// recorded with the `[SENDER]` credentials redacted, compared with the shadow.
@Suite struct SMTPRelayTests {
    private func relay(record: String) throws -> SMTPRelay {
        let configuration = ProxyConfiguration(provider: RoxEmailProvider.descriptor, upstream: "fake", recordDirectory: record,
                                               now: { Date(timeIntervalSince1970: 1_796_169_600) })
        let relay = try SMTPRelay(configuration: configuration)
        try relay.start()
        return relay
    }

    private func message(password: String) -> [UInt8] {
        Array("From: user@your_domain.com\r\nTo: 61409000000@mail.completesms.net\r\nSubject: Alert\r\n\r\n[SENDER]\r\nID=CI00000001\r\nPW=\(password)\r\n\r\nServer 23 is offline.\r\n".utf8)
    }

    @Test func relaysTheMessageAndRecordsItRedacted() throws {
        let folder = NSTemporaryDirectory() + "smscontract-relay-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let relay = try relay(record: folder)
        let endpoint = try SMTPEndpoint(url: relay.url)
        let transcript = try SMTPClient(endpoint: endpoint, timeout: .seconds(10))
            .send(from: "user@your_domain.com", to: ["61409000000@mail.completesms.net"], message: message(password: "myPassword"))
        let final = try #require(transcript.last { $0.command == "." })
        #expect(final.reply.code == 250)
        relay.shutdown()
        let results = relay.observer.results
        #expect(results.map(\.outcome) == [.passed], "\(results.map(\.differences))")
        let files = SpecCatalog.files(in: folder)
        #expect(files.count == 1)
        let text = try String(contentsOfFile: try #require(files.first), encoding: .utf8)
        #expect(text.contains("PW={{credentials.password}}"))
        #expect(!text.contains("myPassword") && !text.contains("CI00000001"))

        // The recorded email becomes a spec lint accepts, which passes against the fake.
        let cassette = try CassetteCodec.decode(Array(text.utf8), file: try #require(files.first))
        let generated = RecordedSpecGenerator(provider: RoxEmailProvider.descriptor).specs(from: [cassette])
        let spec = try #require(generated.specs.first)
        let path = folder + "/specs/" + spec.fileName
        try AtomicFile.write(JSONWriter.bytes(spec.json, style: .pretty), to: path)
        let loaded = try SpecCatalog.load(path)
        #expect(loaded.live == .sends)
        #expect(loaded.steps.first?.email != nil)
        let result = SpecRunner(target: FakeTarget(), recordMode: .missing, cassettes: CassetteStore(root: folder + "/Recordings")).run(loaded)
        #expect(result.outcome == .passed, "\(result.differences) \(result.reason ?? "")")
    }

    @Test func aWrongPasswordIsRefusedByTheUpstreamAndTheShadowAlike() throws {
        let folder = NSTemporaryDirectory() + "smscontract-relay-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let relay = try relay(record: folder)
        let transcript = try SMTPClient(endpoint: try SMTPEndpoint(url: relay.url), timeout: .seconds(10))
            .send(from: "user@your_domain.com", to: ["61409000000@mail.completesms.net"], message: message(password: "wrong-password"))
        #expect((transcript.last { $0.command == "." }?.reply.code ?? 0) >= 500)
        relay.shutdown()
        // The shadow takes the app's password as the default account's, so it accepts: that is drift,
        // and nothing the fake refuses.
        let differences = relay.observer.results.first?.differences ?? []
        #expect(differences.map(\.path) == ["smtp/."], "\(differences)")
    }
}
