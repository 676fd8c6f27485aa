import StructuredData

/// iovox (`iovox`, seed 004): `POST /SMS?v=3&method=sendSms` with an XML payload, authenticated by
/// the `username` and `secureKey` headers.
public enum IovoxProvider {
    /// The provider id.
    public static let id = "iovox"
    /// The fake's default `username` header (DESIGN.md).
    public static let defaultUsername = "test"
    /// The fake's default `secureKey` header (DESIGN.md).
    public static let defaultSecureKey = "test-secure-key"

    /// The largest body the fake reads: 1 MiB, far above the largest valid sendSms payload (seven
    /// nodes, a message under 160 characters even written as character references).
    public static let maxRequestBytes = 1 << 20

    /// The provider's descriptor for the registry. A larger body is answered in iovox's shape before
    /// it is read: 413 `<errors><error status="413">Request Entity Too Large</error></errors>` (*assumed* text).
    public static let descriptor: ProviderDescriptor = {
        var descriptor = ProviderDescriptor(
        id: id, name: "iovox", seedFile: "004_97ae9617cd4c86b2.txt", transport: .http,
        credentials: [
            CredentialDescriptor(name: "username", environmentVariable: "SMSCONTRACT_IOVOX_USERNAME", fakeValue: defaultUsername),
            CredentialDescriptor(name: "secure_key", environmentVariable: "SMSCONTRACT_IOVOX_SECURE_KEY", fakeValue: defaultSecureKey),
        ],
        volatileBodyPaths: ["$.response.sms_activity_id"],
        secretLocations: SecretLocations(headers: ["secureKey"]),
        destinationNumbers: DestinationNumbers { message in
            guard case .http(let request) = message, let document = try? XMLReader.parse(request.body) else { return [] }
            return document.root.child("destination").map { [$0.text] } ?? []
        },
        abusePolicy: IovoxAbusePolicy.policy,
        makeFake: { .http(IovoxFake(environment: $0)) })
        descriptor.maxRequestBodyBytes = maxRequestBytes
        descriptor.contentTooLargeResponse = { _ in IovoxResponse.error(.requestTooLarge) }
        return descriptor
    }()
}
