import StructuredData

/// LOX24 (`lox24`, seed 003): `POST /sms`, `GET /sms/{uuid}`, authenticated by `X-LOX24-AUTH-TOKEN`.
public enum LOX24Provider {
    /// The provider id.
    public static let id = "lox24"
    /// The seed document's example token, the fake's default account.
    public static let exampleToken = "1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx"

    /// Resource fields that differ on every call or every account: ids and links, times, the caller's IP, the key id.
    static let perCallFields = [".uuid", "[\"@id\"]", ".requests", ".clicks", ".created_at", ".gateway_sent_at", ".ip", ".key_id"]

    /// The page links of a collection, which carry the filters (uuids among them) and the collection's own path.
    static let viewLinks = ["@id", "hydra:first", "hydra:last", "hydra:previous", "hydra:next"].map { "$[\"hydra:view\"][\"\($0)\"]" }

    /// `<clientId>:<32 hex digits>`, the shape of a token. (The documents' example token ends in
    /// `xxxxxxxxxx` and so does not have it.)
    public static let tokenShape = SecretShape(name: "a LOX24 API token (<clientId>:<32 hex>)", pattern: #"[0-9]{3,}:[0-9a-fA-F]{32}(?![0-9a-fA-F])"#)

    /// The provider's descriptor for the registry.
    public static let descriptor = ProviderDescriptor(
        id: id, name: "LOX24", seedFile: "003_d449210a1a403a84.txt", transport: .http,
        credentials: [CredentialDescriptor(name: "token", environmentVariable: "SMSCONTRACT_LOX24_TOKEN", fakeValue: exampleToken)],
        volatileResponseHeaders: ["X-LOX24-REQUEST-ID"],
        // A resource, the members of a JSON-LD collection, the elements of a plain JSON list; and the page links.
        volatileBodyPaths: perCallFields.flatMap { ["$\($0)", "$[\"hydra:member\"][*]\($0)", "$[*]\($0)"] } + viewLinks,
        secretLocations: SecretLocations(headers: ["X-LOX24-AUTH-TOKEN"], shapes: [tokenShape]),
        destinationNumbers: DestinationNumbers { message in
            guard case .http(let request) = message, let body = try? JSONParser.parse(request.body) else { return [] }
            return body["phone"]?.stringValue.map { [$0] } ?? []
        },
        abusePolicy: LOX24AbusePolicy.policy,
        makeFake: { .http(LOX24Fake(environment: $0)) })
}
