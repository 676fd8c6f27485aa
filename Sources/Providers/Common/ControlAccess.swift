import Wire

/// Who may use a fake's control API under `/__fake/`.
///
/// The control API resets the fake, moves its clock and shows its accounts' secrets, so by default only
/// clients on this machine's loopback interface may use it: binding a fake to a public address
/// (`serve --host 0.0.0.0`) serves the provider's API to the network but answers `/__fake/…` from
/// anywhere else with 403. `serve --control-anywhere` opts out.
public enum ControlAccess: Sendable, Equatable {
    /// Only loopback clients (127.0.0.0/8, `::1`, `::ffff:127.x.x.x`); anyone else gets 403.
    case loopbackOnly
    /// Any client that can reach the listener.
    case anywhere

    /// Whether a client at `address` (as in ``HTTPRequest/remoteAddress``) may use the control API;
    /// an unknown address is refused unless access is ``anywhere``.
    public func permits(_ address: String?) -> Bool {
        self == .anywhere || Self.isLoopback(address)
    }

    /// The control API's answer to `request` when its client is permitted, otherwise 403 saying why.
    public func answer(_ request: HTTPRequest, with control: ControlAPI) -> HTTPResponse {
        guard permits(request.remoteAddress) else {
            return ControlAPI.error(403, "the control API \(ControlAPI.prefix) answers loopback clients only, not "
                + "\(request.remoteAddress ?? "an unknown address"); start `smscontract serve` with --control-anywhere to allow others")
        }
        return control.handle(request)
    }

    /// The address a separate control listener (the email provider's) binds when the provider binds `host`:
    /// `host` itself with ``anywhere``, otherwise 127.0.0.1.
    public func controlHost(serving host: String) -> String {
        self == .anywhere ? host : "127.0.0.1"
    }

    /// Whether `address` is a loopback address: 127.0.0.0/8, `::1`, or IPv4-mapped `::ffff:127.x.x.x`.
    public static func isLoopback(_ address: String?) -> Bool {
        guard let address = address?.lowercased() else { return false }
        if address == "::1" { return true }
        let ipv4 = address.hasPrefix("::ffff:") ? String(address.dropFirst("::ffff:".count)) : address
        let octets = ipv4.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets.allSatisfy({ UInt8($0) != nil }) else { return false }
        return octets[0] == "127"
    }
}
