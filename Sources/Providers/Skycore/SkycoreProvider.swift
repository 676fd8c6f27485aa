import StructuredData

/// Skycore messaging API v2 (`skycore`, seed 002): JSON `POST` to the account's endpoint URL with
/// `action: sendsms`, authenticated by the `x-api-key` header. The fake answers on `POST /`.
public enum SkycoreProvider {
    /// The provider id.
    public static let id = "skycore"
    /// The fake's default account key (`DESIGN.md`: the seed masks its own example key).
    public static let defaultAPIKey = "test-api-key"

    /// The provider's descriptor for the registry.
    public static let descriptor = ProviderDescriptor(
        id: id, name: "Skycore", seedFile: "002_8c4a62cb9c375efd.txt", transport: .http,
        credentials: [CredentialDescriptor(name: "api_key", environmentVariable: "SMSCONTRACT_SKYCORE_API_KEY", fakeValue: defaultAPIKey)],
        volatileBodyPaths: [#"$["tracking-id"]"#],
        secretLocations: SecretLocations(headers: ["x-api-key"]),
        destinationNumbers: DestinationNumbers { message in
            guard case .http(let request) = message, let to = (try? JSONParser.parse(request.body))?["to"]?.stringValue else { return [] }
            return [to]
        },
        makeFake: { .http(SkycoreFake(environment: $0)) })
}
