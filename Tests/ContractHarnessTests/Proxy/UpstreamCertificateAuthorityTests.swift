import ContractHarness
import Foundation
import Testing

@Suite struct UpstreamCertificateAuthorityTests {
    static func file(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "smscontract-ca-\(UUID().uuidString).pem"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aBundleGivesEachCertificatesBytesInOrder() throws {
        let path = try Self.file("""
        subject=CN = one
        -----BEGIN CERTIFICATE-----
        AAEC
        -----END CERTIFICATE-----
        -----BEGIN CERTIFICATE-----
        AwQF
        BgcI
        -----END CERTIFICATE-----

        """)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let authority = try UpstreamCertificateAuthority.load(path)
        #expect(authority.path == path)
        #expect(authority.certificates == [Data([0, 1, 2]), Data([3, 4, 5, 6, 7, 8])])
    }

    @Test(arguments: [
        ("not a certificate\n", "no PEM certificate in it (expected -----BEGIN CERTIFICATE-----"),
        ("-----BEGIN CERTIFICATE-----\nAAEC\n", "a certificate is not closed by -----END CERTIFICATE-----"),
        ("-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----\n", "line 3: the certificate ending here is not valid base64"),
        ("-----BEGIN PUBLIC KEY-----\nAAEC\n-----END PUBLIC KEY-----\n", "no PEM certificate in it"),
    ])
    func aFileThatIsNotAPEMBundleSaysWhatIsWrong(text: String, message: String) throws {
        let path = try Self.file(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try UpstreamCertificateAuthority.load(path)
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.message.hasPrefix("--upstream-ca \(path): "))
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    @Test func aMissingFileIsNamed() {
        do {
            _ = try UpstreamCertificateAuthority.load("/nonexistent.pem")
            Issue.record("accepted a missing file")
        } catch {
            #expect(error.message == "--upstream-ca /nonexistent.pem: cannot read the file (it should be the CA's certificate, PEM)")
        }
    }
}
