import StructuredData

/// Skycore messaging API v2 (`skycore`, seed 002): JSON `POST` to the account's endpoint URL with
/// `action: sendsms`, authenticated by the `x-api-key` header. The fake answers on `POST /`.
public enum SkycoreProvider {
    /// The provider id.
    public static let id = "skycore"
    /// The fake's default account key (`DESIGN.md`: the seed masks its own example key).
    public static let defaultAPIKey = "test-api-key"

    /// The largest body the fake reads: 1 MiB (*assumed*; `message-text` has no documented maximum,
    /// and 1 MiB is over 6,000 concatenated parts).
    public static let maxRequestBytes = 1 << 20

    /// The provider's descriptor for the registry. A larger body is answered in Skycore's shape
    /// before it is read: a Failure with E100, the code for a request that is not a usable JSON POST.
    public static let descriptor: ProviderDescriptor = {
        var descriptor = ProviderDescriptor(
        id: id, name: "Skycore", seedFile: "002_8c4a62cb9c375efd.txt", transport: .http,
        credentials: [CredentialDescriptor(name: "api_key", environmentVariable: "SMSCONTRACT_SKYCORE_API_KEY", fakeValue: defaultAPIKey)],
        volatileBodyPaths: [#"$["tracking-id"]"#],
        secretLocations: SecretLocations(headers: ["x-api-key"]),
        destinationNumbers: DestinationNumbers { message in
            guard case .http(let request) = message, let to = (try? JSONParser.parse(request.body))?["to"]?.stringValue else { return [] }
            return [to]
        },
        abusePolicy: SkycoreAbusePolicy.policy,
        makeFake: { .http(SkycoreFake(environment: $0)) })
        descriptor.maxRequestBodyBytes = maxRequestBytes
        descriptor.contentTooLargeResponse = { _ in SkycoreResponse.failure(.invalidRequest, to: nil) }
        return descriptor
    }()
}
