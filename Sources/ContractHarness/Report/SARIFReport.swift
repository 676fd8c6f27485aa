import StructuredData

/// `scan --sarif PATH`: secret-scan findings as SARIF 2.1.0 for code scanning — one rule per kind
/// of secret, each result located by file, line and column. Never the secret, nor any part of it.
public enum SARIFReport {
    /// The kind of secret a finding is, each a SARIF rule.
    public enum Kind: String, Sendable, CaseIterable {
        /// The value of a credential environment variable set during the scan.
        case environmentCredential = "environment-credential"
        /// One of the fakes' own default credentials.
        case fakeCredential = "fake-credential"
        /// A credential-shaped value where a provider carries credentials (a header, a JSON member).
        case credentialField = "credential-field"
        /// A credential-shaped value after a text key such as `PW=`.
        case credentialTextKey = "credential-text-key"
        /// A LOX24 API token (`<clientId>:<32 hex>`) anywhere.
        case lox24Token = "lox24-token"

        /// The kind of a scanner finding.
        public init(_ finding: SecretScanner.Finding) {
            let reason = finding.reason
            if reason.hasPrefix("holds the value of ") {
                self = .environmentCredential
            } else if reason.hasPrefix("holds ") {
                self = .fakeCredential
            } else if reason.hasPrefix("a credential after ") {
                self = .credentialTextKey
            } else if reason.hasPrefix("a LOX24") {
                self = .lox24Token
            } else {
                self = .credentialField
            }
        }

        var summary: String {
            switch self {
            case .environmentCredential: "A credential variable's value is written in a file"
            case .fakeCredential: "A fake's default credential is written in a file"
            case .credentialField: "A credential-shaped value where a provider carries credentials"
            case .credentialTextKey: "A credential-shaped value after a PW=-style key"
            case .lox24Token: "A LOX24 API token"
            }
        }

        var help: String {
            "Cassettes and reports must hold {{credentials.NAME}} placeholders, never values. Re-record the cassette "
                + "(`smscontract run --spec … --record all`), which redacts credentials, and rotate the credential if this file was ever pushed."
        }
    }

    /// The SARIF log for `findings`; `locate` gives each finding's line and column in its file.
    public static func log(_ findings: [SecretScanner.Finding], toolVersion: String,
                           locate: (SecretScanner.Finding) -> SourceLocation) -> JSONValue {
        let kinds = Kind.allCases
        let rules: [JSONValue] = kinds.map { kind in
            [
                "id": .string(kind.rawValue),
                "name": .string(kind.rawValue.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()),
                "shortDescription": ["text": .string(kind.summary)],
                "help": ["text": .string(kind.help)],
                "defaultConfiguration": ["level": "error"],
                "properties": ["tags": ["security", "secrets"]],
            ]
        }
        let results: [JSONValue] = findings.map { finding in
            let kind = Kind(finding)
            let location = locate(finding)
            return [
                "ruleId": .string(kind.rawValue),
                "ruleIndex": .integer(kinds.firstIndex(of: kind) ?? 0),
                "level": "error",
                "message": ["text": .string("\(finding.reason) at \(finding.path)")],
                "locations": [[
                    "physicalLocation": [
                        "artifactLocation": ["uri": .string(uri(finding.file)), "uriBaseId": "%SRCROOT%"],
                        "region": ["startLine": .integer(max(1, location.line)), "startColumn": .integer(max(1, location.column))],
                    ],
                    "logicalLocations": [["fullyQualifiedName": .string(finding.path.description), "kind": "member"]],
                ]],
                "partialFingerprints": ["smscontractFinding/v1": .string("\(kind.rawValue):\(uri(finding.file)):\(finding.path)")],
            ]
        }
        return [
            "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": [
                    "name": "smscontract scan", "version": .string(toolVersion),
                    "rules": .array(rules),
                ]],
                "originalUriBaseIds": ["%SRCROOT%": ["description": ["text": "The folder smscontract scan ran in."]]],
                "results": .array(results),
            ]],
        ]
    }

    /// The log's bytes: pretty JSON with a final newline.
    public static func bytes(_ findings: [SecretScanner.Finding], toolVersion: String,
                             locate: (SecretScanner.Finding) -> SourceLocation) -> [UInt8] {
        JSONWriter.bytes(log(findings, toolVersion: toolVersion, locate: locate), style: .pretty) + [UInt8(ascii: "\n")]
    }

    /// A relative URI reference for a path: `./` dropped, each segment percent-encoded where needed.
    static func uri(_ path: String) -> String {
        let trimmed = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        return trimmed.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            segment.unicodeScalars.map { scalar -> String in
                let allowed = (scalar.value >= 0x30 && scalar.value <= 0x39) || (scalar.value >= 0x41 && scalar.value <= 0x5A)
                    || (scalar.value >= 0x61 && scalar.value <= 0x7A) || "-._~+@".unicodeScalars.contains(scalar)
                return allowed ? String(scalar) : String(scalar).utf8.map { "%" + String($0, radix: 16, uppercase: true).leftPadded() }.joined()
            }.joined()
        }.joined(separator: "/")
    }
}

extension String {
    fileprivate func leftPadded() -> String { count == 1 ? "0" + self : self }
}
