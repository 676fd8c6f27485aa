import Providers
import StructuredData
import Wire

/// Where one provider's requests carry each of its credentials, so the proxy can find the app's
/// own values (to redact them before anything is written) and swap them for the fake's default
/// account's (so the shadow answers as if the app's account were that one).
public struct RequestCredentials: Sendable {
    /// One place a credential travels in a request.
    public enum Location: Sendable, Equatable {
        /// A header, named case-insensitively.
        case header(String)
        /// A string member of a JSON body, by its path from the root (`Sender`, `Password`).
        case jsonMember([String])
    }

    /// Credential name (as in `{{credentials.NAME}}`) → where it travels.
    public let locations: [(name: String, location: Location)]

    /// Creates a table of locations.
    public init(_ locations: [(name: String, location: Location)]) {
        self.locations = locations
    }

    /// The locations of the providers SMSContract knows, by provider id. A provider not listed here has
    /// its credentials found by value only (the environment's and the fake's).
    public static let known: [String: RequestCredentials] = [
        LOX24Provider.id: RequestCredentials([("token", .header("X-LOX24-AUTH-TOKEN"))]),
        SkycoreProvider.id: RequestCredentials([("api_key", .header("x-api-key"))]),
        IovoxProvider.id: RequestCredentials([("username", .header("username")), ("secure_key", .header("secureKey"))]),
        RoxProvider.id: RequestCredentials([
            ("account_id", .jsonMember(["Sender", "AccountId"])), ("username", .jsonMember(["Sender", "Username"])),
            ("password", .jsonMember(["Sender", "Password"])),
        ]),
    ]

    /// The table for `provider`, empty when none is known.
    public static func forProvider(_ provider: ProviderDescriptor) -> RequestCredentials {
        known[provider.id] ?? RequestCredentials([])
    }

    /// The credential values `request` carries, by name (absent or empty ones left out).
    public func values(in request: HTTPRequest) -> [String: String] {
        var found: [String: String] = [:]
        var body: JSONValue?
        var parsed = false
        for (name, location) in locations {
            switch location {
            case .header(let header):
                if let value = request.headers[header], !value.isEmpty { found[name] = value }
            case .jsonMember(let path):
                if !parsed {
                    body = try? JSONParser.parse(request.body)
                    parsed = true
                }
                if let value = path.reduce(body, { $0?[$1] })?.stringValue, !value.isEmpty { found[name] = value }
            }
        }
        return found
    }

    /// `request` with every credential it carries set to `replacement[name]`; credentials it does not carry
    /// are left absent. A JSON body is re-serialised only when a member changes.
    public func replacing(in request: HTTPRequest, with replacement: [String: String]) -> HTTPRequest {
        var rewritten = request
        var body: JSONValue?
        var changed = false
        for (name, location) in locations {
            guard let value = replacement[name] else { continue }
            switch location {
            case .header(let header):
                if request.headers.contains(header) { rewritten.headers[header] = value }
            case .jsonMember(let path):
                if body == nil { body = try? JSONParser.parse(request.body) }
                if let current = body, let updated = Self.setting(value, at: path[...], in: current) {
                    body = updated
                    changed = true
                }
            }
        }
        if changed, let body { rewritten.body = JSONWriter.bytes(body) }
        return rewritten
    }

    /// `value` with the string at `path` replaced, or nil when there is no string there.
    private static func setting(_ text: String, at path: ArraySlice<String>, in value: JSONValue) -> JSONValue? {
        guard let key = path.first else { return value.stringValue == nil ? nil : .string(text) }
        guard var object = value.objectValue, let member = object[key], let updated = setting(text, at: path.dropFirst(), in: member) else { return nil }
        object[key] = updated
        return .object(object)
    }
}
