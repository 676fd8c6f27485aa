import Providers

extension ProviderDescriptor {
    /// Acme SMS: registered with `ProviderRegistry.builtIn.adding(.acme)`.
    public static let acme = ProviderDescriptor(
        id: "acme", name: "Acme SMS", seedFile: "acme-api.txt", transport: .http,
        credentials: [CredentialDescriptor(name: "key", environmentVariable: "SMSCONTRACT_ACME_KEY", fakeValue: AcmeFake.defaultKey)],
        secretLocations: SecretLocations(headers: ["Authorization"], shapes: [SecretShape(name: "an Acme key (acme-live-…)", pattern: #"acme-live-[0-9a-f]{16}"#)]),
        makeFake: { .http(AcmeFake(environment: $0)) })
}
