/// How a live run treats specs marked `sends`, from `SMSCONTRACT_LIVE_DRYRUN`: `1` always as dry runs,
/// `0` never, unset as dry runs unless `SMSCONTRACT_LIVE_SENDS=1` asks for real sends.
public enum LiveDryRunSetting: Sendable, Equatable {
    /// Every `sends` spec runs as a dry run, or is skipped where the provider offers none.
    case always
    /// Dry runs are off: `sends` specs send for real under the send guard.
    case never
    /// Dry runs where the provider offers one, unless real sends are allowed.
    case unlessSendsAllowed

    /// Reads `SMSCONTRACT_LIVE_DRYRUN`; the problem when it is neither `0`, `1`, empty nor unset.
    static func resolve(_ environment: [String: String]) -> Result<LiveDryRunSetting, LiveSettingProblem> {
        switch environment["SMSCONTRACT_LIVE_DRYRUN"] ?? "" {
        case "": .success(.unlessSendsAllowed)
        case "1": .success(.always)
        case "0": .success(.never)
        case let other: .failure(LiveSettingProblem(message: "SMSCONTRACT_LIVE_DRYRUN must be 1 or 0, got \"\(other)\""))
        }
    }
}
