import Wire

/// A provider's fake and the protocol its own API is served over, as its descriptor makes it.
public enum FakeService: Sendable {
    /// Answers the provider's HTTP paths.
    case http(any ProviderFake)
    /// Answers SMTP (an email-to-SMS gateway); its control API is served over HTTP beside it.
    case smtp(any ProviderFake & SMTPHandler)

    /// The fake, whichever protocol it speaks.
    public var fake: any ProviderFake {
        switch self {
        case .http(let fake): fake
        case .smtp(let fake): fake
        }
    }

    /// The protocol of the provider's own API.
    public var transport: ProviderDescriptor.Transport {
        switch self {
        case .http: .http
        case .smtp: .smtp
        }
    }
}
