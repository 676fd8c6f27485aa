import Providers
import StructuredData

/// Finds credentials in cassettes and reports: any known secret value anywhere, and any
/// credential-shaped value in a place a provider carries credentials (its secret headers, JSON
/// members and `PW=`-style text keys) that is not a `{{credentials.…}}` placeholder.
public struct SecretScanner: Sendable {
    /// One credential found: where, and what kind — never the value itself.
    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        /// The file.
        public var file: String
        /// The JSON path of the string that holds it.
        public var path: JSONPath
        /// What was found, e.g. `the value of SMSCONTRACT_LOX24_TOKEN` or `a credential in header X-LOX24-AUTH-TOKEN`.
        public var reason: String
        /// The first characters of the value, enough to find it, not to use it.
        public var hint: String

        /// `file: path: reason (hint…)`, never the whole value.
        public var description: String { "\(file): \(path): \(reason) (\(hint)…)" }
    }

    /// Secret values to look for, with the name a finding reports for each.
    public let knownSecrets: [(name: String, value: String)]
    private let locations: SecretLocations

    /// A scanner for `knownSecrets` and the credential locations and shapes of `registry`'s providers.
    public init(knownSecrets: [(name: String, value: String)], registry: ProviderRegistry = .builtIn) {
        self.init(knownSecrets: knownSecrets, providers: registry.providers)
    }

    /// A scanner for `knownSecrets` and the credential locations and shapes of `providers`.
    public init(knownSecrets: [(name: String, value: String)], providers: [ProviderDescriptor]) {
        self.knownSecrets = knownSecrets.filter { $0.value.count >= 6 }.sorted { $0.value.count > $1.value.count }
        locations = SecretLocations(
            headers: providers.flatMap(\.secretLocations.headers).map { $0.lowercased() } + ["authorization", "proxy-authorization"],
            jsonKeys: providers.flatMap(\.secretLocations.jsonKeys).map { $0.lowercased() },
            textKeys: providers.flatMap(\.secretLocations.textKeys).map { $0.uppercased() },
            shapes: providers.flatMap(\.secretLocations.shapes))
    }

    /// The secrets a run must never write: every credential variable set in `environment`, and the fakes' own credentials.
    public static func knownSecrets(environment: [String: String], registry: ProviderRegistry = .builtIn) -> [(name: String, value: String)] {
        registry.providers.flatMap { provider in
            provider.credentials.flatMap { credential -> [(name: String, value: String)] in
                var found = [(name: "the \(provider.id) fake's \(credential.name)", value: credential.fakeValue)]
                if let value = environment[credential.environmentVariable], !value.isEmpty {
                    found.append((name: "the value of \(credential.environmentVariable)", value: value))
                }
                return found
            }
        }
    }

    /// Every finding in a JSON document.
    public func scan(_ value: JSONValue, file: String) -> [Finding] {
        var findings: [Finding] = []
        walk(value, at: .root, key: nil, file: file, into: &findings)
        return findings
    }

    private func walk(_ value: JSONValue, at path: JSONPath, key: String?, file: String, into findings: inout [Finding]) {
        switch value {
        case .string(let text):
            inspect(text, at: path, key: key, file: file, into: &findings)
        case .array(let elements):
            for (index, element) in elements.enumerated() { walk(element, at: path.appending(index), key: key, file: file, into: &findings) }
        case .object(let object):
            for (member, element) in object {
                inspect(member, at: path.appending(member), key: nil, file: file, into: &findings)
                walk(element, at: path.appending(member), key: member, file: file, into: &findings)
            }
        case .null, .bool, .number:
            return
        }
    }

    private func inspect(_ text: String, at path: JSONPath, key: String?, file: String, into findings: inout [Finding]) {
        for secret in knownSecrets where text.contains(secret.value) {
            findings.append(Finding(file: file, path: path, reason: "holds \(secret.name)", hint: Self.hint(secret.value)))
            return
        }
        if let key {
            let lowered = key.lowercased()
            if locations.headers.contains(lowered) || locations.jsonKeys.contains(lowered), Self.looksLikeCredential(text) {
                findings.append(Finding(file: file, path: path, reason: "a credential in \(key) that is not a {{credentials.…}} placeholder", hint: Self.hint(text)))
                return
            }
        }
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            for prefix in locations.textKeys where trimmed.uppercased().hasPrefix(prefix) {
                let secret = String(trimmed.dropFirst(prefix.count))
                if Self.looksLikeCredential(secret) {
                    findings.append(Finding(file: file, path: path, reason: "a credential after \(prefix) that is not a {{credentials.…}} placeholder", hint: Self.hint(secret)))
                    return
                }
            }
        }
        for shape in locations.shapes {
            if let found = shape.firstMatch(in: text) {
                findings.append(Finding(file: file, path: path, reason: shape.name, hint: Self.hint(found)))
                return
            }
        }
    }

    /// A value that could be a real key or password: not a placeholder, at least 12 characters,
    /// letters and digits mixed, and no run of four identical characters (`xxxx` marks an example value).
    static func looksLikeCredential(_ text: String) -> Bool {
        guard !text.hasPrefix("{{"), text.count >= 12 else { return false }
        let hasLetter = text.contains { $0.isLetter }, hasDigit = text.contains { $0.isNumber }
        guard hasLetter && hasDigit else { return false }
        var run = 1
        var previous: Character?
        for character in text {
            run = character == previous ? run + 1 : 1
            if run >= 4 { return false }
            previous = character
        }
        return true
    }

    private static func hint(_ value: String) -> String {
        String(value.prefix(min(4, value.count / 3)))
    }
}
