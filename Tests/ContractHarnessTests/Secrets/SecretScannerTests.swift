import ContractHarness
import Providers
import StructuredData
import Testing

@Suite struct SecretScannerTests {
    let scanner = SecretScanner(knownSecrets: [(name: "the value of SMSCONTRACT_LOX24_TOKEN", value: "9876543:0123456789abcdef0123456789abcdef")])

    @Test func aKnownSecretIsFoundAnywhereWithoutPrintingIt() throws {
        let findings = scanner.scan(["notes": ["logged 9876543:0123456789abcdef0123456789abcdef here"]], file: "r.json")
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.path.description == "$.notes[0]")
        #expect(finding.reason.contains("SMSCONTRACT_LOX24_TOKEN"))
        #expect(!finding.description.contains("0123456789abcdef"))
    }

    static let shapes: [(JSONValue, Bool)] = [
        (["headers": ["X-LOX24-AUTH-TOKEN": "5555555:a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6"]], true),
        (["headers": ["X-LOX24-AUTH-TOKEN": "{{credentials.token}}"]], false),
        (["headers": ["X-LOX24-AUTH-TOKEN": "7654321:0000000000000000000000000000000"]], false),
        (["headers": ["X-LOX24-AUTH-TOKEN": "1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx"]], true),
        (["headers": ["Authorization": "Bearer abcDEF123456ghiJKL"]], true),
        (["body": ["text": "[SENDER]\nID=CI1\nPW=Sup3rSecretPw9\n\nHi"]], true),
        (["body": ["text": "[SENDER]\nID=CI1\nPW={{credentials.password}}\n\nHi"]], false),
        (["body": ["text": "[SENDER]\nID=CI1\nPW=wrong-password\n\nHi"]], false),
        (["body": ["json": ["note": "token 3141592:deadbeefdeadbeefdeadbeefdeadbeef"]]], true),
    ]

    @Test(arguments: shapes)
    func credentialShapesAreFound(document: JSONValue, expectFinding: Bool) {
        let scanner = SecretScanner(knownSecrets: SecretScanner.knownSecrets(environment: [:]))
        #expect(!scanner.scan(document, file: "c.json").isEmpty == expectFinding)
    }

    @Test func theFakesOwnCredentialsAndSetVariablesAreKnown() {
        let known = SecretScanner.knownSecrets(environment: ["SMSCONTRACT_LOX24_TOKEN": "live-token-123456"])
        #expect(known.contains { $0.value == LOX24Provider.exampleToken })
        #expect(known.contains { $0.value == "live-token-123456" && $0.name == "the value of SMSCONTRACT_LOX24_TOKEN" })
    }
}
