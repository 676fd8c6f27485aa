import AcmeFake
import Foundation
import SMSContractTesting
import Testing

/// A provider registered from outside SMSContract: its fake runs under `withFake`, its specs load
/// and run through the registry, and the secret scanner knows its credential's shape.
@Suite struct AcmeProviderTests {
    let registry = ProviderRegistry.builtIn.adding(.acme)

    @Test func theFakeOfOnesOwnProviderRunsLikeTheBuiltInOnes() async throws {
        try await withFake(.acme) { fake in
            let response = try fake.send(HTTPRequest(method: "POST", target: "/messages",
                                                     headers: ["Authorization": "Bearer \(AcmeFake.defaultKey)"], body: Array(#"{"to": "+15550100", "text": "Hi"}"#.utf8)))
            #expect(response.status == 202)
            #expect(fake.outbox().map(\.to) == ["+15550100"])
        }
    }

    @Test func itsSpecLoadsAndPassesOnlyWithTheProviderRegistered() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Specs/acme/send.json").standardized.path
        #expect(throws: SpecLoadError.self) { try SpecCatalog.load(path) }
        let spec = try SpecCatalog.load(path, registry: registry)
        let recordings = FileManager.default.temporaryDirectory.appendingPathComponent("acme-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: recordings) }
        let runner = SpecRunner(target: FakeTarget(), recordMode: .missing, cassettes: CassetteStore(root: recordings), registry: registry)
        let result = runner.run(spec)
        #expect(result.outcome == .passed, "\(result.reason ?? "") \(result.differences)")
    }

    @Test func theScannerFindsItsCredentialShape() {
        let scanner = SecretScanner(knownSecrets: [], registry: registry)
        let findings = scanner.scan(["note": "key acme-live-0123456789abcdef"], file: "report.json")
        #expect(findings.map(\.reason) == ["an Acme key (acme-live-…)"])
    }
}
