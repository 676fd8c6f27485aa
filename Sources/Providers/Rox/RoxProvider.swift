import StructuredData

/// Red Oxygen SendSMS JSON (`rox`, seed 000): `POST /smsapi/send`, authenticated by the `Sender`
/// object in the body (AccountId, Username, Password).
public enum RoxProvider {
    /// The provider id.
    public static let id = "rox"
    /// The one documented path.
    public static let sendPath = "/smsapi/send"
    /// The only API version the fake speaks (the seed's `Version`).
    public static let apiVersion = "1.1"
    /// The seed's example `Sender.AccountId`, the fake's default account.
    public static let exampleAccountID = "CI00000001"
    /// The seed's example `Sender.Username`.
    public static let exampleUsername = "user@your_domain.com"
    /// The seed's example `Sender.Password`.
    public static let examplePassword = "myPassword"

    /// The largest body the fake reads (*assumed*; the seed states no limit). The largest valid
    /// request is 500 messages of 765 GSM characters each; written with ASCII escapes (`\u0041`,
    /// six bytes a character) the texts alone are 500 × 4590 bytes ≈ 2.3 MB, and `DestName`,
    /// `DestEmail` and whitespace have no documented bound, so the limit leaves room for ~16 KiB a
    /// message. A larger body is answered in the API's shape: HTTP 200, `Result` 2034.
    public static let maxRequestBytes = 8 << 20

    /// The provider's descriptor for the registry.
    ///
    /// Per-call values in the response — the request id, each SMS id and each queue timestamp —
    /// are volatile: they are never drift against a cassette.
    public static let descriptor: ProviderDescriptor = {
        var descriptor = ProviderDescriptor(
        id: id, name: "Red Oxygen SendSMS", seedFile: "000_f1f765534d2c313c.txt", transport: .http,
        credentials: [
            CredentialDescriptor(name: "account_id", environmentVariable: "SMSCONTRACT_ROX_ACCOUNT_ID", fakeValue: exampleAccountID),
            CredentialDescriptor(name: "username", environmentVariable: "SMSCONTRACT_ROX_USERNAME", fakeValue: exampleUsername),
            CredentialDescriptor(name: "password", environmentVariable: "SMSCONTRACT_ROX_PASSWORD", fakeValue: examplePassword),
        ],
        volatileBodyPaths: ["$.Messages.RequestId", "$.Messages.*.SMSId", "$.Messages.*.Timestamp"],
        secretLocations: SecretLocations(jsonKeys: ["Password"]),
        destinationNumbers: DestinationNumbers { message in
            guard case .http(let request) = message, let messages = (try? JSONParser.parse(request.body))?["Messages"]?.objectValue else { return [] }
            return messages.compactMap { _, entry in entry["DestTn"]?.stringValue }
        },
        abusePolicy: RoxAbusePolicy.policy,
        makeFake: { .http(RoxFake(environment: $0)) })
        descriptor.maxRequestBodyBytes = maxRequestBytes
        descriptor.contentTooLargeResponse = { _ in RoxResponse.refused(.requestTooLarge) }
        return descriptor
    }()
}
