/// Red Oxygen Email-to-SMS (`rox-email`, seed 001): an SMTP server for `<mobile>@`, `smsgateway@`,
/// `smsmail@` and `bulksms@mail.completesms.net`.
public enum RoxEmailProvider {
    /// The provider id.
    public static let id = "rox-email"

    /// The provider's descriptor for the registry. Its credentials are the `rox` account's.
    public static let descriptor = ProviderDescriptor(
        id: id, name: "Red Oxygen Email-to-SMS", seedFile: "001_f9ac7e54a54b88a4.txt", transport: .smtp,
        credentials: [
            CredentialDescriptor(name: "account_id", environmentVariable: "SMSCONTRACT_ROX_ACCOUNT_ID", fakeValue: "CI00000001"),
            CredentialDescriptor(name: "username", environmentVariable: "SMSCONTRACT_ROX_USERNAME", fakeValue: "user@your_domain.com"),
            CredentialDescriptor(name: "password", environmentVariable: "SMSCONTRACT_ROX_PASSWORD", fakeValue: "myPassword"),
        ],
        secretLocations: SecretLocations(textKeys: ["PW="]),
        destinationNumbers: DestinationNumbers { message in
            guard case .email(let recipients, let body, let attachments) = message else { return [] }
            return RoxEmailDestinations.numbers(recipients: recipients, body: body, attachments: attachments)
        },
        abusePolicy: RoxEmailAbusePolicy.policy,
        makeFake: { .smtp(RoxEmailFake(environment: $0)) })
}
