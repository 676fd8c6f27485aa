/// The documented addresses of the Red Oxygen email gateway and which format each selects.
enum RoxEmailAddress: Sendable, Hashable {
    /// Format 1: `<mobile>@mail.completesms.net`.
    case mobile(String)
    /// Format 2: `smsgateway@mail.completesms.net`.
    case gateway
    /// Format 3: `smsmail@mail.completesms.net`.
    case smsmail
    /// Format 4: `bulksms@mail.completesms.net`.
    case bulk

    static let domain = "mail.completesms.net"

    /// Classifies an envelope or header address (`<…>` and case ignored); nil when it is not the gateway's.
    init?(_ address: String) {
        let bare = RoxEmailAddress.bare(address).lowercased()
        guard let at = bare.lastIndex(of: "@"), bare[bare.index(after: at)...] == Self.domain else { return nil }
        let local = String(bare[..<at])
        switch local {
        case "smsgateway": self = .gateway
        case "smsmail": self = .smsmail
        case "bulksms": self = .bulk
        default:
            let digits = local.hasPrefix("+") ? String(local.dropFirst()) : local
            guard (6...16).contains(digits.count), digits.allSatisfy(\.isASCIIDigit) else { return nil }
            self = .mobile(digits)
        }
    }

    /// The address inside `Name <address>` or `<address>`, trimmed.
    static func bare(_ address: String) -> String {
        if let open = address.lastIndex(of: "<"), let close = address.lastIndex(of: ">"), open < close {
            return String(address[address.index(after: open)..<close]).trimmed
        }
        return address.trimmed
    }
}
